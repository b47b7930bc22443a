package vn.directive.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.calendar.VietnameseDates;
import vn.directive.calendar.WorkingDays;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.ExtensionProcess;
import vn.directive.cascade.ExtensionRequests;
import vn.directive.cascade.Obligations;
import vn.directive.directive.DirectiveDraft;
import vn.directive.directive.DirectiveDraft.DirectiveType;
import vn.directive.directive.DirectiveDraft.Secrecy;
import vn.directive.directive.DirectiveDraft.Urgency;
import vn.directive.engine.Engine;
import vn.directive.registration.DirectiveService;

/**
 * An extension request through Tasklist only: Thị trấn Mường Tè's leader asks from the start form "Xin gia hạn" with
 * the number of the document the task list shows (first with a date that is not later, which Tasklist refuses with
 * the server's message), Mường Tè district's leader approves a date in "Xét đề nghị gia hạn", the township's leader
 * reads the answer, and the township's officer sees the report task due on the new date. Screenshots under
 * target/screenshots/extension-*.png. The cascade up to the township's report is set up through the engine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
class ExtensionRequestBrowserIT {

    private static final String DISTRICT = "107";
    private static final String TOWNSHIP = "03433";

    @LocalServerPort int port;
    @Autowired DirectiveService directives;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired Obligations obligations;
    @Autowired ExtensionRequests requests;
    @Autowired Engine engine;

    private Tasklist tasklist;

    @BeforeEach
    void start() throws Exception {
        tasklist = new Tasklist(Chromium.start(), port, "extension");
    }

    @AfterEach
    void stop() {
        if (tasklist != null) {
            tasklist.browser().quit();
        }
    }

    @Test
    void aTownshipAsksForMoreTimeAndTheDistrictApproves() throws Exception {
        try {
            play();
        } catch (RuntimeException | AssertionError e) {
            tasklist.saveFailure("extension-failure");
            throw e;
        }
    }

    private void play() throws Exception {
        LocalDate today = LocalDate.now(WorkingDays.ZONE);
        LocalDate districtDeadline = today.plusDays(30);
        LocalDate townshipDeadline = today.plusDays(20);
        LocalDate asked = today.plusDays(27);
        LocalDate granted = today.plusDays(25);
        String number = (int) (Math.random() * 9000 + 1000) + "/UBND-VX";
        String directiveId = townshipAtWork(districtDeadline, townshipDeadline, number);

        // the township's leader asks from Tasklist's start form, naming the document as the task list shows it
        tasklist.signIn("lanhdao." + TOWNSHIP);
        tasklist.startProcess("Xin gia hạn");
        assertThat(tasklist.formText()).contains("Đề nghị gia hạn báo cáo", "Số, ký hiệu văn bản", "Lý do");
        tasklist.type("Số, ký hiệu văn bản", number);
        tasklist.typeDate("Hạn mới", townshipDeadline);
        tasklist.type("Lý do", "Mưa lũ chia cắt hai bản, chưa tổ chức tiêm được");
        tasklist.screenshot("start-form");
        // a date not after the current deadline: refused by the server, shown by Tasklist, nothing started
        clickStart();
        String notice = tasklist.await().until(d -> {
            String text = d.findElements(By.cssSelector(".alert-danger")).stream()
                    .map(WebElement::getText).reduce("", (a, b) -> a + " " + b).trim();
            return text.contains("không sau hạn báo cáo hiện tại") ? text : null;
        });
        assertThat(notice).contains("Hạn mới (newDeadline) " + VietnameseDates.day(townshipDeadline));
        tasklist.screenshot("start-form-refused");
        assertThat(requests.of(directiveId, TOWNSHIP)).isEmpty();
        tasklist.typeDate("Hạn mới", asked);
        tasklist.browser().executeScript("if (document.activeElement) { document.activeElement.blur(); }");
        tasklist.submitStartForm();
        tasklist.await().until(d -> requests.open(directiveId, TOWNSHIP).isPresent());
        assertThat(requests.open(directiveId, TOWNSHIP).orElseThrow().requestedBy()).isEqualTo("lanhdao." + TOWNSHIP);

        // the district's leader finds it in "Đề nghị gia hạn", sees the request, and approves an earlier date
        tasklist.signIn("lanhdao." + DISTRICT);
        tasklist.filter("Đề nghị gia hạn");
        assertThat(tasklist.taskListText()).contains("Xét đề nghị gia hạn", number, "Thị trấn Mường Tè");
        tasklist.openTask("Xét đề nghị gia hạn", number);
        assertThat(tasklist.formText()).contains("Đề nghị gia hạn của Thị trấn Mường Tè", number,
                "Hạn báo cáo hiện tại: " + VietnameseDates.day(townshipDeadline), "Hạn đề nghị: " + VietnameseDates.day(asked),
                "Mưa lũ chia cắt hai bản");
        tasklist.claim();
        assertThat(tasklist.value("Hạn mới")).isEqualTo(VietnameseDates.day(asked));
        tasklist.screenshot("decide");
        tasklist.typeDate("Hạn mới", granted);
        tasklist.type("Lý do", "Đồng ý; huyện cần tổng hợp trước hạn của huyện");
        tasklist.screenshot("decide-filled");
        tasklist.complete();
        tasklist.await().until(d -> requests.open(directiveId, TOWNSHIP).isEmpty());
        assertThat(obligations.find(directiveId, TOWNSHIP).orElseThrow().reportDeadline()).isEqualTo(granted);

        // the township's leader reads the answer and completes it
        tasklist.signIn("lanhdao." + TOWNSHIP);
        tasklist.filter("Đề nghị gia hạn");
        tasklist.openTask("Nhận kết quả xét gia hạn", number);
        assertThat(tasklist.formText()).contains("đồng ý gia hạn", VietnameseDates.day(granted),
                "chuyển từ " + VietnameseDates.day(townshipDeadline));
        tasklist.screenshot("answer");
        tasklist.claim();
        tasklist.complete();

        // the township's officer sees the report task due on the new date
        tasklist.signIn("chuyenvien." + TOWNSHIP);
        tasklist.filter("Chờ báo cáo");
        tasklist.await().until(d -> tasklist.taskListText().contains(number));
        String line = tasklist.taskListText();
        assertThat(line).contains(VietnameseDates.day(granted));
        tasklist.openTask("Thực hiện và báo cáo kết quả", number);
        assertThat(tasklist.formText()).contains(VietnameseDates.day(granted));
        tasklist.screenshot("report-new-deadline");
    }

    /** The start dialog's button, after leaving the field being typed in (form-js takes a value on blur). */
    private void clickStart() {
        tasklist.browser().executeScript("if (document.activeElement) { document.activeElement.blur(); }");
        WebElement start = tasklist.await().until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'modal')]//button[normalize-space()='Khởi tạo' or normalize-space()='Start']")));
        start.click();
    }

    /** Mường Tè district received the directive, assigned the township, issued {@code number}; the township acknowledged. */
    private String townshipAtWork(LocalDate districtDeadline, LocalDate townshipDeadline, String number) {
        DirectiveDraft draft = new DirectiveDraft(number.replace("UBND-VX", "CĐ-BYT"),
                Integer.valueOf(number.substring(0, number.indexOf('/'))), "CĐ-BYT", DirectiveType.CONG_DIEN,
                "Bộ Y tế", "Hà Nội", LocalDate.now(WorkingDays.ZONE), "Về tăng cường tiêm chủng", Urgency.THUONG,
                Secrecy.THUONG, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
        DirectiveService.Registration r = directives.register(draft, DISTRICT, districtDeadline, null);
        complete(r.businessKey(), DISTRICT, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        complete(r.businessKey(), DISTRICT, CascadeProcess.USER_ASSIGN, Map.of(Var.ASSIGNMENTS, SpinValues.jsonValue(
                "[{\"unitCode\":\"" + TOWNSHIP + "\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức điểm tiêm\",\"reportDeadline\":\""
                        + townshipDeadline + "\"}]").create()));
        complete(r.businessKey(), DISTRICT, CascadeProcess.USER_ISSUE_DOCUMENT, Map.of(Var.IMPLEMENTING_NUMBER, number,
                Var.IMPLEMENTING_DATE, LocalDate.now(WorkingDays.ZONE).toString()));
        complete(r.businessKey(), TOWNSHIP, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        task(r.businessKey(), TOWNSHIP, CascadeProcess.USER_REPORT);
        return r.id();
    }

    private void complete(String businessKey, String unit, String key, Map<String, Object> variables) {
        Task t = task(businessKey, unit, key);
        engine.withoutAuthorization(() -> tasks.complete(t.getId(), variables));
    }

    /** The unit's open task of that kind, once the job executor has brought it. */
    private Task task(String businessKey, String unit, String key) {
        return tasklist.await().until(d -> engine.withoutAuthorization(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(businessKey).taskDefinitionKey(key).processVariableValueEquals(Var.UNIT_CODE, unit)
                .singleResult()));
    }
}
