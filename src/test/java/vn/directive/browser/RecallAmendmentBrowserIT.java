package vn.directive.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.calendar.WorkingDays;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.CascadeTestSupport;
import vn.directive.cascade.UnitStatus;
import vn.directive.directive.DirectiveDraft.Urgency;
import vn.directive.history.UnitHistory;
import vn.directive.registration.AmendmentService;
import vn.directive.registration.DirectiveService;
import vn.directive.unit.UnitGroups;

/**
 * An amendment and a recall through Tasklist (CONTRACT section 8): Mường Tè district (107) amends its implementing
 * document 91/UBND-VP with an earlier deadline; the township's clerk finds *Tiếp nhận văn bản điều chỉnh* in her
 * usual filter, reads the old and new deadline and acknowledges it; then the district's leader recalls the document
 * from Tasklist's start dialog, first with a number the district never issued (refused on the form), then with its
 * own: both communes' work ends with status 13 and their open tasks are gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
class RecallAmendmentBrowserIT extends TasklistScenario {

    private static final String DISTRICT = "107";
    private static final String TOWNSHIP = "03433"; // Thị trấn Mường Tè
    private static final String COMMUNE = "03445";  // Xã Mường Tè

    @Autowired DirectiveService directives;
    @Autowired AmendmentService amendments;
    @Autowired IdentityService identity;
    @Autowired UnitHistory history;

    @Override
    String screenshots() {
        return "recall";
    }

    @Test
    void aClerkAcknowledgesAnAmendmentAndALeaderRecallsTheDocument() throws Exception {
        play(this::scenario);
    }

    private void scenario() throws Exception {
        LocalDate today = LocalDate.now(WorkingDays.ZONE);
        String id = directives.register(CascadeTestSupport.draft("733/CĐ-BYT", Urgency.THUONG), DISTRICT,
                today.plusDays(40), null).id();
        engineSteps.complete(id, DISTRICT, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        String deadline = today.plusDays(20).toString();
        engineSteps.complete(id, DISTRICT, CascadeProcess.USER_ASSIGN, Map.of(Var.ASSIGNMENTS, SpinValues.jsonValue("["
                + "{\"unitCode\":\"" + TOWNSHIP + "\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức tiêm\",\"reportDeadline\":\"" + deadline + "\"},"
                + "{\"unitCode\":\"" + COMMUNE + "\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức tiêm\",\"reportDeadline\":\"" + deadline + "\"}]").create()));
        engineSteps.complete(id, DISTRICT, CascadeProcess.USER_ISSUE_DOCUMENT, Map.of(Var.IMPLEMENTING_NUMBER, "91/UBND-VP",
                Var.IMPLEMENTING_DATE, today.toString()));
        engineSteps.complete(id, TOWNSHIP, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        engineSteps.awaitStatus(id, TOWNSHIP, UnitStatus.ACKNOWLEDGED);

        // the district's clerk amends its document: the communes must report earlier (over the API, as her e-office does)
        LocalDate earlier = today.plusDays(12);
        identity.setAuthentication("vanthu.107", List.of(UnitGroups.of(DISTRICT).clerks()));
        try {
            amendments.amendDocument(id, DISTRICT, null, null, earlier, "Đề nghị báo cáo sớm để tổng hợp gửi tỉnh.");
        } finally {
            identity.clearAuthentication();
        }

        tasklist.signIn("vanthu.03433");
        assertThat(tasklist.activeFilter()).isEqualTo("Văn bản chờ tiếp nhận");
        tasklist.openTask("Tiếp nhận văn bản điều chỉnh", "91/UBND-VP");
        assertThat(tasklist.formText()).contains("Văn bản điều chỉnh, thay thế", "Đề nghị báo cáo sớm để tổng hợp gửi tỉnh.",
                "Hạn báo cáo của đơn vị: " + VietnameseDay.of(today.plusDays(20)) + " → " + VietnameseDay.of(earlier));
        tasklist.screenshot("township-acknowledges-amendment");
        tasklist.claim();
        tasklist.complete();
        tasklist.await().until(d -> history.of(id, TOWNSHIP).stream()
                .anyMatch(e -> e.action().equals("ACKNOWLEDGE_AMENDMENT") && "vanthu.03433".equals(e.userId())));
        assertThat(obligations.find(id, TOWNSHIP).orElseThrow().reportDeadline()).isEqualTo(earlier);

        // the district's leader recalls the document from Tasklist: a number it never issued is refused on the form
        tasklist.signIn("lanhdao.107");
        tasklist.startProcess("Thu hồi văn bản");
        tasklist.type("Số, ký hiệu văn bản", "999/UBND-VP");
        tasklist.type("Lý do thu hồi", "Ban hành nhầm đối tượng");
        tasklist.browser().findElement(By.xpath("//*[contains(@class,'modal')]//button[normalize-space()='Khởi tạo']")).click();
        String refusal = tasklist.await().until(d -> {
            String notice = d.findElements(By.cssSelector(".notifications")).stream()
                    .map(e -> e.getText()).reduce("", String::concat);
            return notice.contains("999/UBND-VP") ? notice : null;
        });
        assertThat(refusal).contains("Số, ký hiệu văn bản");
        assertThat(obligations.find(id, COMMUNE).orElseThrow().status()).isEqualTo(UnitStatus.RECEIVED);
        tasklist.screenshot("district-recall-refused");
        tasklist.type("Số, ký hiệu văn bản", "91/UBND-VP");
        tasklist.screenshot("district-recall-form");
        tasklist.submitStartForm();
        engineSteps.awaitStatus(id, TOWNSHIP, UnitStatus.RECALLED);
        engineSteps.awaitStatus(id, COMMUNE, UnitStatus.RECALLED);
        assertThat(engine.withoutAuthorization(() -> tasks.createTaskQuery()
                .processVariableValueEquals(Var.DIRECTIVE_ID, id).processVariableValueEquals(Var.UNIT_CODE, COMMUNE).count()))
                .as("the commune's acknowledgement task is gone").isZero();
        assertThat(history.of(id, COMMUNE)).anyMatch(e -> e.action().equals("RECALL") && "lanhdao.107".equals(e.userId()));

        // the district is back at assigning, and its document page says what was recalled and why
        tasklist.filter("Chờ phân công");
        tasklist.openTask("Phân công xử lý", "733/CĐ-BYT");
        tasklist.screenshot("district-assigns-again");
    }

    /** dd/MM/yyyy, as the forms show a day. */
    private static final class VietnameseDay {
        static String of(LocalDate day) {
            return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        }
    }
}
