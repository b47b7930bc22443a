package vn.directive.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.calendar.WorkingDays;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.ReportFigures;
import vn.directive.cascade.ReportRecipients;
import vn.directive.cascade.UnitStatus;
import vn.directive.directive.DirectiveDraft;
import vn.directive.directive.DirectiveDraft.DirectiveType;
import vn.directive.directive.DirectiveDraft.Secrecy;
import vn.directive.directive.DirectiveDraft.Urgency;
import vn.directive.registration.DirectiveService;

/**
 * A report reaching a (b/c) recipient outside the cascade, through Tasklist (CONTRACT section 9): the Ministry of
 * Health's telegram names itself "(b/c)"; Lai Châu's leader asks the district for a figure in the assignment form,
 * the province's clerk finds the Ministry pre-filled among the (b/c) recipients of the implementing document, the
 * province's officer attaches a file to the report on the document page and reports the district's sum, and the
 * Ministry's clerk receives the report with its figure, reads it on the page with the file, and files it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
class ReportRecipientsBrowserIT extends TasklistScenario {

    private static final String PROVINCE = "12";
    private static final String DISTRICT = "107";
    private static final String TOWNSHIP = "03433";

    @Autowired DirectiveService directives;
    @Autowired ReportFigures figures;
    @Autowired ReportRecipients recipients;

    @Override
    String screenshots() {
        return "bc";
    }

    @Test
    void theMinistryReceivesTheProvincesReportWithItsFigureAndFile() throws Exception {
        play(this::scenario);
    }

    private void scenario() throws Exception {
        LocalDate today = LocalDate.now(WorkingDays.ZONE);
        DirectiveDraft draft = new DirectiveDraft("2118/CĐ-BYT", 2118, "CĐ-BYT", DirectiveType.CONG_DIEN, "Bộ Y tế",
                "Hà Nội", today, "Về đẩy nhanh tiêm vắc xin mũi 3", Urgency.KHAN, Secrecy.THUONG, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of("Bộ Y tế", "Thường trực Tỉnh ủy"), null);
        String id = directives.register(draft, PROVINCE, today.plusDays(40), null).id();
        engineSteps.complete(id, PROVINCE, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));

        // the province's leader assigns Mường Tè and asks every unit below for one figure
        tasklist.signIn("lanhdao.12");
        tasklist.openTask("Phân công xử lý", "2118/CĐ-BYT");
        tasklist.claim();
        tasklist.clearTags("Đơn vị chủ trì");
        tasklist.clearTags("Đơn vị phối hợp");
        tasklist.clearTags("Đơn vị nhận để biết");
        tasklist.addTag("Đơn vị chủ trì", "Huyện Mường Tè");
        tasklist.type("Nội dung giao cho đơn vị không có nhiệm vụ riêng", "Tổ chức tiêm mũi 3 cho người từ 18 tuổi");
        tasklist.typeLines("Số liệu yêu cầu đơn vị cấp dưới báo cáo", "mui3; Số người tiêm mũi 3; người");
        tasklist.screenshot("province-assign-figure");
        tasklist.complete();
        engineSteps.awaitStatus(id, PROVINCE, UnitStatus.ASSIGNED);

        // its clerk finds the Ministry of Health pre-filled as (b/c), the Party committee's board listed as not a unit
        tasklist.signIn("vanthu.12");
        tasklist.filter("Chờ ban hành văn bản");
        tasklist.openTask("Ban hành văn bản triển khai", "2118/CĐ-BYT");
        assertThat(tasklist.tags("Nơi nhận báo cáo (b/c)")).containsExactly("Bộ Y tế");
        assertThat(tasklist.formText()).contains("Thường trực Tỉnh ủy");
        tasklist.claim();
        tasklist.type("Số, ký hiệu văn bản triển khai", "301/UBND-VX");
        tasklist.typeDate("Ngày ban hành", today);
        tasklist.screenshot("province-issue-bc");
        tasklist.complete();
        engineSteps.awaitStatus(id, PROVINCE, UnitStatus.IN_PROGRESS);
        assertThat(recipients.of(id, PROVINCE)).extracting(ReportRecipients.Recipient::unitCode).contains("BYT");

        // the district and its township play their part through the engine (other tests do it in Tasklist)
        engineSteps.complete(id, DISTRICT, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        engineSteps.complete(id, DISTRICT, CascadeProcess.USER_ASSIGN, Map.of(Var.ASSIGNMENTS, SpinValues.jsonValue(
                "[{\"unitCode\":\"" + TOWNSHIP + "\",\"role\":\"CHU_TRI\",\"task\":\"Tiêm mũi 3\",\"reportDeadline\":\""
                        + today.plusDays(20) + "\"}]").create()));
        engineSteps.complete(id, DISTRICT, CascadeProcess.USER_ISSUE_DOCUMENT, Map.of(Var.IMPLEMENTING_NUMBER, "45/UBND",
                Var.IMPLEMENTING_DATE, today.toString()));
        engineSteps.complete(id, TOWNSHIP, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        engineSteps.complete(id, TOWNSHIP, CascadeProcess.USER_REPORT, Map.of(Var.REPORT_SUMMARY, "Đã tiêm 820 người",
                Var.FIGURES, SpinValues.jsonValue("{\"mui3\": 820}").create()));
        engineSteps.awaitStatus(id, TOWNSHIP, UnitStatus.REPORTED);
        engineSteps.complete(id, DISTRICT, CascadeProcess.USER_REPORT, Map.of(Var.REPORT_SUMMARY, "Huyện đã tiêm 820 người",
                Var.FIGURES, SpinValues.jsonValue("{\"mui3\": 820}").create()));
        engineSteps.awaitStatus(id, DISTRICT, UnitStatus.REPORTED);

        // the province's officer attaches the summary table to the report on the document page, then reports
        tasklist.signIn("chuyenvien.12");
        tasklist.openTask("Thực hiện và báo cáo kết quả", "2118/CĐ-BYT");
        assertThat(tasklist.formText()).contains("đính kèm tại trang văn bản");
        var browser = tasklist.browser();
        String taskPage = browser.getCurrentUrl();
        browser.get("http://localhost:" + port + "/van-ban/" + id + "/" + PROVINCE + "#bao-cao");
        Path file = Files.createTempFile("bang-tong-hop", ".pdf");
        Files.write(file, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        tasklist.await().until(ExpectedConditions.presenceOfElementLocated(By.id("report-upload-file")))
                .sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#report-upload button[type='submit']")).click();
        tasklist.await().until(d -> d.findElement(By.id("bao-cao")).getText().contains(file.getFileName().toString()));
        tasklist.screenshot("province-attaches-report-file");
        browser.get(taskPage);
        tasklist.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        assertThat(tasklist.value("Số liệu báo cáo")).isEqualTo("mui3: 820\n");
        tasklist.claim();
        tasklist.type("Báo cáo kết quả thực hiện", "Tỉnh đã tiêm mũi 3 cho 820 người; bảng tổng hợp đính kèm.");
        tasklist.complete();
        engineSteps.awaitStatus(id, PROVINCE, UnitStatus.REPORTED);

        // the Ministry's clerk receives the report, reads it and its file on the page, and files it
        tasklist.signIn("vanthu.byt");
        tasklist.filter("Báo cáo gửi đến (b/c)");
        tasklist.openTask("Nhận báo cáo", "2118/CĐ-BYT");
        assertThat(tasklist.formText()).contains("Báo cáo của Tỉnh Lai Châu", "Tỉnh đã tiêm mũi 3 cho 820 người",
                "Số người tiêm mũi 3: 820 người");
        tasklist.screenshot("ministry-receives-report");
        String receivePage = browser.getCurrentUrl();
        browser.get("http://localhost:" + port + "/van-ban/" + id + "/" + PROVINCE + "#bao-cao");
        String report = tasklist.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("bao-cao"))).getText();
        assertThat(report).contains("Báo cáo của Tỉnh Lai Châu", "Tỉnh đã tiêm mũi 3 cho 820 người",
                "Số người tiêm mũi 3: 820 người", file.getFileName().toString());
        assertThat(browser.findElements(By.id("report-upload"))).as("the ministry may not add to the province's report").isEmpty();
        tasklist.screenshot("ministry-reads-report-page");
        browser.get(receivePage);
        tasklist.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        tasklist.claim();
        tasklist.complete();
        tasklist.await().withTimeout(Duration.ofSeconds(30)).until(d -> engine.withoutAuthorization(() -> tasks.createTaskQuery()
                .taskDefinitionKey(CascadeProcess.USER_RECEIVE_REPORT).processVariableValueEquals(Var.DIRECTIVE_ID, id)
                .processVariableValueEquals(Var.UNIT_CODE, "BYT").count()) == 0);
        Files.deleteIfExists(file);
    }
}
