package vn.directive.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.calendar.VietnameseDates;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.Obligations;
import vn.directive.cascade.Obligations.Obligation;
import vn.directive.cascade.UnitStatus;
import vn.directive.engine.Engine;

/**
 * One directive from its pasted text to the province's report, through Tasklist only, as the demo
 * users of Lai Châu (12), its Department of Health (12-SYT), Mường Tè district (107) and two of its
 * communes: register, acknowledge, refuse with a reason, assign, issue, report, and handle an overdue
 * acknowledgement once its timer job has run. Each step asserts what the person sees and saves a
 * screenshot under target/screenshots/people-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
class CascadePeopleBrowserIT {

    private static final String PROVINCE = "12";
    private static final String HEALTH = "12-SYT";
    private static final String DISTRICT = "107";
    private static final String TOWNSHIP = "03433"; // Thị trấn Mường Tè
    private static final String COMMUNE = "03445"; // Xã Mường Tè

    @LocalServerPort int port;
    @Autowired Obligations obligations;
    @Autowired JdbcTemplate jdbc;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired Engine engine;

    private Tasklist tasklist;

    @BeforeEach
    void start() throws Exception {
        tasklist = new Tasklist(Chromium.start(), port);
    }

    @AfterEach
    void stop() {
        if (tasklist != null) {
            tasklist.browser().quit();
        }
    }

    @Test
    void aDirectiveGoesDownToTwoCommunesAndItsReportsComeBackUp() throws Exception {
        try {
            play();
        } catch (RuntimeException | AssertionError e) {
            tasklist.saveFailure("people-failure");
            throw e;
        }
    }

    private void play() throws Exception {
        LocalDate today = LocalDate.now(vn.directive.calendar.WorkingDays.ZONE);
        LocalDate deadline = today.plusDays(40);

        // the province's clerk pastes the directive into the registration start form
        tasklist.signIn("vanthu.12");
        assertThat(tasklist.activeFilter()).isEqualTo("Văn bản chờ tiếp nhận");
        tasklist.startProcess("Vào sổ văn bản chỉ đạo đến");
        String text = Files.readString(Path.of("src/test/resources/seeds/004_ecdc4a5bdf9be6bc.txt"), StandardCharsets.UTF_8);
        tasklist.browser().executeScript("arguments[0].focus();", tasklist.field("Toàn văn văn bản"));
        pasteInto("Toàn văn văn bản", text);
        // "Mã đơn vị nhận" left blank: the clerk registers for their own unit, as the form says
        tasklist.typeDate("Hạn báo cáo", deadline);
        tasklist.screenshot("register");
        // other tests on the same database register for Lai Châu too: this test's directive is the one that is new
        java.util.List<String> before = jdbc.queryForList("select id from directive where recipient_code = ?", String.class, PROVINCE);
        tasklist.submitStartForm();
        String directiveId = tasklist.await().until(d -> jdbc.queryForList(
                "select id from directive where recipient_code = ?", String.class, PROVINCE).stream()
                .filter(found -> !before.contains(found)).findFirst().orElse(null));

        // ... acknowledges it: the task list line says which document and which unit
        tasklist.browser().navigate().refresh();
        String line = awaitTaskLine("Tiếp nhận văn bản", "chưa có số");
        assertThat(line).contains("chưa có số (…/UBND-VX)", "Tỉnh Lai Châu", "V/v thực hiện Công điện số");
        tasklist.openTask("Tiếp nhận văn bản", "chưa có số");
        assertThat(tasklist.formText()).contains("Ủy ban nhân dân tỉnh Lai Châu", "Xem toàn văn");
        tasklist.screenshot("province-acknowledge");
        tasklist.claim();
        tasklist.complete();
        awaitStatus(directiveId, PROVINCE, UnitStatus.ACKNOWLEDGED);

        // the province's leader lands on the assignment, reviews the proposal read from the text
        tasklist.signIn("lanhdao.12");
        assertThat(tasklist.activeFilter()).isEqualTo("Chờ phân công");
        tasklist.openTask("Phân công xử lý", "chưa có số");
        assertThat(tasklist.formText()).contains("Sở Y tế tỉnh Lai Châu", "Rà soát, xây dựng phương án");
        assertThat(tasklist.tags("Đơn vị chủ trì")).containsExactly("Sở Y tế tỉnh Lai Châu");
        // "UBND các huyện, thành phố" stands for every district: they co-operate
        assertThat(tasklist.tags("Đơn vị phối hợp")).contains("Huyện Mường Tè", "Huyện Sìn Hồ", "Thành phố Lai Châu");
        tasklist.screenshot("province-assign-proposal");
        assertTaskPage("Lãnh đạo Tỉnh Lai Châu phân công");
        tasklist.claim();
        tasklist.clearTags("Đơn vị phối hợp");
        tasklist.addTag("Đơn vị chủ trì", "Huyện Mường Tè");
        tasklist.addTag("Đơn vị nhận để biết", "Huyện Sìn Hồ");
        assertThat(tasklist.completeEnabled()).as("Tasklist keeps Complete enabled on a filled assignment").isTrue();
        tasklist.screenshot("province-assign");
        tasklist.complete();
        awaitStatus(directiveId, PROVINCE, UnitStatus.ASSIGNED);

        // the clerk records the implementing document the leader signed
        tasklist.signIn("vanthu.12");
        tasklist.filter("Chờ ban hành văn bản");
        tasklist.openTask("Ban hành văn bản triển khai", "chưa có số");
        tasklist.claim();
        tasklist.type("Số, ký hiệu văn bản triển khai", "215/UBND-VX");
        tasklist.typeDate("Ngày ban hành", today);
        tasklist.type("Trích yếu văn bản triển khai", "V/v triển khai Công điện số 1168/CĐ-BYT của Bộ Y tế");
        tasklist.screenshot("province-issue");
        tasklist.complete();
        awaitStatus(directiveId, PROVINCE, UnitStatus.IN_PROGRESS);

        // the Department of Health receives the province's document and refuses it, with a reason
        tasklist.signIn("vanthu.12-syt");
        tasklist.openTask("Tiếp nhận văn bản", "215/UBND-VX");
        assertThat(tasklist.formText()).contains("215/UBND-VX", "Ủy ban nhân dân tỉnh Lai Châu",
                "V/v triển khai Công điện số 1168/CĐ-BYT", "Rà soát, xây dựng phương án");
        tasklist.claim();
        tasklist.uncheck("Tiếp nhận văn bản này");
        tasklist.type("Lý do từ chối", "Nội dung đã được Sở triển khai theo Kế hoạch số 12/KH-SYT.");
        tasklist.screenshot("health-refuse");
        tasklist.complete();
        awaitStatus(directiveId, HEALTH, UnitStatus.REFUSED);

        // Mường Tè district receives the province's implementing document, not the province's draft
        tasklist.signIn("vanthu.107");
        line = awaitTaskLine("Tiếp nhận văn bản", "215/UBND-VX");
        assertThat(line).contains("215/UBND-VX", "Huyện Mường Tè");
        tasklist.openTask("Tiếp nhận văn bản", "215/UBND-VX");
        assertThat(tasklist.formText()).contains("Văn bản số 215/UBND-VX ngày " + VietnameseDates.day(today),
                "Cơ quan ban hành: Ủy ban nhân dân tỉnh Lai Châu", "Đơn vị nhận: Huyện Mường Tè")
                .doesNotContain("Văn bản số chưa có số");
        tasklist.screenshot("district-acknowledge");
        tasklist.claim();
        tasklist.complete();
        awaitStatus(directiveId, DISTRICT, UnitStatus.ACKNOWLEDGED);

        // the district's leader finds its communes pre-filled, keeps two
        tasklist.signIn("lanhdao.107");
        tasklist.openTask("Phân công xử lý", "215/UBND-VX");
        assertThat(tasklist.tags("Đơn vị chủ trì")).hasSize(14).contains("Thị trấn Mường Tè", "Xã Mường Tè");
        tasklist.screenshot("district-assign-proposal");
        tasklist.claim();
        tasklist.clearTags("Đơn vị chủ trì");
        tasklist.addTag("Đơn vị chủ trì", "Thị trấn Mường Tè");
        tasklist.addTag("Đơn vị chủ trì", "Xã Mường Tè");
        tasklist.complete();
        awaitStatus(directiveId, DISTRICT, UnitStatus.ASSIGNED);

        tasklist.signIn("vanthu.107");
        tasklist.filter("Chờ ban hành văn bản");
        tasklist.openTask("Ban hành văn bản triển khai", "215/UBND-VX");
        tasklist.claim();
        tasklist.type("Số, ký hiệu văn bản triển khai", "88/UBND-VP");
        tasklist.typeDate("Ngày ban hành", today);
        tasklist.complete();
        awaitStatus(directiveId, DISTRICT, UnitStatus.IN_PROGRESS);

        // the township acknowledges the district's document and its officer reports
        tasklist.signIn("vanthu.03433");
        tasklist.openTask("Tiếp nhận văn bản", "88/UBND-VP");
        assertThat(tasklist.formText()).contains("Văn bản số 88/UBND-VP", "Cơ quan ban hành: Ủy ban nhân dân huyện Mường Tè");
        tasklist.screenshot("commune-acknowledge");
        tasklist.claim();
        tasklist.complete();
        awaitStatus(directiveId, TOWNSHIP, UnitStatus.ACKNOWLEDGED);

        tasklist.signIn("chuyenvien.03433");
        assertThat(tasklist.activeFilter()).isEqualTo("Chờ báo cáo");
        tasklist.openTask("Thực hiện và báo cáo kết quả", "88/UBND-VP");
        assertThat(tasklist.formText()).as("a commune has no subordinates' results to show")
                .doesNotContain("Kết quả của các đơn vị cấp dưới");
        tasklist.claim();
        tasklist.type("Báo cáo kết quả thực hiện", "Đã tiêm cho 1.250 người từ 18 tuổi trở lên; không có ca mắc mới.");
        tasklist.screenshot("commune-report");
        tasklist.complete();
        awaitStatus(directiveId, TOWNSHIP, UnitStatus.REPORTED);

        // the other commune lets its acknowledgement deadline pass: the timer fires, the district's leader decides
        Obligation late = obligations.find(directiveId, COMMUNE).orElseThrow();
        Job timer = engine.withoutAuthorization(() -> management.createJobQuery()
                .processInstanceId(late.processInstanceId()).activityId(CascadeProcess.TIMER_ACKNOWLEDGE_DUE).singleResult());
        engine.withoutAuthorization(() -> {
            management.executeJob(timer.getId());
            return null;
        });
        tasklist.signIn("lanhdao.107");
        tasklist.filter("Xử lý chậm trễ");
        tasklist.openTask("Xử lý chậm trễ của đơn vị cấp dưới", "Xã Mường Tè");
        tasklist.claim();
        tasklist.browser().findElement(By.xpath("//label[normalize-space()='Đôn đốc, nhắc nhở']")).click();
        tasklist.type("Ghi chú", "Đề nghị xã tiếp nhận ngay trong ngày.");
        tasklist.screenshot("district-handle-overdue");
        tasklist.complete();
        tasklist.await().until(d -> obligations.find(directiveId, COMMUNE).orElseThrow().reminders() == 1);

        tasklist.signIn("vanthu.03445");
        tasklist.openTask("Tiếp nhận văn bản", "88/UBND-VP");
        tasklist.claim();
        tasklist.complete();
        awaitStatus(directiveId, COMMUNE, UnitStatus.ACKNOWLEDGED);
        tasklist.signIn("chuyenvien.03445");
        tasklist.openTask("Thực hiện và báo cáo kết quả", "88/UBND-VP");
        tasklist.claim();
        tasklist.type("Báo cáo kết quả thực hiện", "Đã tiêm cho 640 người; chuẩn bị 2 điểm cách ly.");
        tasklist.complete();
        awaitStatus(directiveId, COMMUNE, UnitStatus.REPORTED);

        // the district's officer sees both communes' reports and reports up
        tasklist.signIn("chuyenvien.107");
        tasklist.openTask("Thực hiện và báo cáo kết quả", "215/UBND-VX");
        assertThat(tasklist.formText()).contains("Thị trấn Mường Tè", "1.250 người", "Xã Mường Tè", "640 người");
        tasklist.claim();
        tasklist.type("Báo cáo kết quả thực hiện", "Huyện đã tiêm cho 1.890 người; 2 xã báo cáo đúng nội dung.");
        tasklist.screenshot("district-report");
        tasklist.complete();
        awaitStatus(directiveId, DISTRICT, UnitStatus.REPORTED);

        // and the province's officer closes the loop
        tasklist.signIn("chuyenvien.12");
        tasklist.openTask("Thực hiện và báo cáo kết quả", "chưa có số");
        assertThat(tasklist.formText()).contains("Huyện Mường Tè", "1.890 người", "Sở Y tế tỉnh Lai Châu", "Từ chối");
        tasklist.claim();
        tasklist.type("Báo cáo kết quả thực hiện", "Tỉnh đã triển khai đến các huyện; Sở Y tế triển khai theo kế hoạch riêng.");
        tasklist.screenshot("province-report");
        tasklist.complete();
        awaitStatus(directiveId, PROVINCE, UnitStatus.REPORTED);
    }

    /** Tasklist's Description and Diagram tabs of the open task. */
    private void assertTaskPage(String descriptionStart) {
        tasklist.browser().findElement(By.xpath("//a[normalize-space()='Mô tả' or normalize-space()='Description']")).click();
        tasklist.await().until(d -> d.getPageSource().contains(descriptionStart));
        tasklist.browser().findElement(By.xpath("//a[normalize-space()='Sơ đồ' or normalize-space()='Diagram']")).click();
        tasklist.await().until(d -> !d.findElements(By.cssSelector(".djs-container svg, [cam-widget-bpmn-viewer] svg")).isEmpty());
        tasklist.await().until(d -> !d.findElements(By.cssSelector(".highlight, .djs-element.highlight")).isEmpty());
        try {
            tasklist.screenshot("task-diagram");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        tasklist.browser().findElement(By.xpath("//a[normalize-space()='Biểu mẫu' or normalize-space()='Form']")).click();
        tasklist.await().until(d -> !d.findElements(By.cssSelector(".fjs-form")).isEmpty());
    }

    /** A person pastes: the whole text arrives at once, as the form's change event sees it. */
    private void pasteInto(String label, String text) {
        org.openqa.selenium.WebElement area = tasklist.field(label);
        tasklist.browser().executeScript("const el = arguments[0];"
                + "const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;"
                + "setter.call(el, arguments[1]); el.dispatchEvent(new Event('input', {bubbles: true}));", area, text);
    }

    private String awaitTaskLine(String taskName, String text) {
        return tasklist.await().withTimeout(Duration.ofSeconds(60)).until(d -> {
            String list = tasklist.taskListText();
            if (!list.contains(taskName) || !list.contains(text)) {
                d.navigate().refresh();
                return null;
            }
            return list;
        });
    }

    private void awaitStatus(String directiveId, String unit, UnitStatus status) {
        tasklist.await().withTimeout(Duration.ofSeconds(60)).until(d -> obligations.find(directiveId, unit)
                .map(o -> o.status() == status).orElse(false));
    }
}
