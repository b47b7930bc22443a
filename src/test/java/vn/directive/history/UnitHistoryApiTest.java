package vn.directive.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.calendar.WorkingDays;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.CascadeTestSupport;
import vn.directive.platform.Api;
import vn.directive.web.ApiException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/**
 * The audit trail (CONTRACT section 8, History): a small cascade under Huyện Mường Tè played over REST, each step
 * by a demo user of the unit concerned, and every unit's history as {@code GET …/units/{code}/history} returns it;
 * completions the rules refuse leave nothing; the history stays after the instances end; the read rules of
 * {@code …/units}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnitHistoryApiTest {

    private static final LocalDate TODAY = LocalDate.now(WorkingDays.ZONE);
    private static final String DEADLINE = TODAY.plusDays(40).toString();
    private static final String COMMUNE_DEADLINE = TODAY.plusDays(20).toString();
    private static final String EXTENDED = TODAY.plusDays(30).toString();

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;

    private Api api;
    private String businessKey;

    @BeforeEach
    void api() {
        api = new Api(http);
    }

    @Test
    void everyHumanStepIsRecordedByItsUserOnTheUnitItConcerns() throws Exception {
        JsonNode registered = api.expect(201, api.as("vanthu.107", HttpMethod.POST, "/api/directives",
                Api.registration("77/CĐ-BYT", "107", DEADLINE)));
        String id = registered.get("id").asText();
        String businessKey = registered.get("businessKey").asText();
        this.businessKey = businessKey;
        CascadeTestSupport.executeJobs(management);

        // refused by the rules, over REST (422) and through the Java API: nothing recorded
        String ack = taskId("vanthu.107", "user_acknowledge", null);
        api.expectError(422, "refusal-without-reason", complete("vanthu.107", ack, Map.of("accepted", bool(false))));
        assertThatThrownBy(() -> tasks.complete(ack, Map.of("accepted", false, "refusalReason", " ")))
                .hasRootCauseInstanceOf(ApiException.class);
        api.expectError(400, "missing-variable", complete("vanthu.107", ack, Map.of()));
        assertThat(history(id, "107")).isEmpty();

        api.expect(204, complete("vanthu.107", ack, Map.of("accepted", bool(true))));
        String assign = taskId("lanhdao.107", "user_assign", null);
        api.expectError(422, "not-a-subordinate", complete("lanhdao.107", assign, Map.of("assignments",
                json(List.of(row("105", "CHU_TRI", "x", COMMUNE_DEADLINE))))));
        api.expect(204, complete("lanhdao.107", assign, Map.of(
                "assignments", json(List.of(
                        row("03433", "CHU_TRI", "Tổ chức điểm tiêm tại thị trấn", COMMUNE_DEADLINE),
                        row("03436", "PHOI_HOP", "Vận động người dân đi tiêm", COMMUNE_DEADLINE),
                        row("03439", "CHU_TRI", "Tổ chức tiêm chủng tại xã", COMMUNE_DEADLINE))),
                "indicatorsText", str("mui_tiem; Số mũi tiêm; mũi"))));
        String issue = taskId("vanthu.107", "user_issue_document", null);
        api.expectError(422, "invalid-number", complete("vanthu.107", issue, Map.of(
                "implementingNumber", str("số 12"), "implementingDate", str(TODAY.toString()))));
        api.expect(204, complete("vanthu.107", issue, Map.of("implementingNumber", str("512/UBND-VX"),
                "implementingDate", str(TODAY + "T00:00:00.000Z"),
                "implementingSubject", str("V/v triển khai tiêm chủng"),
                "reportTo", json(List.of("12-SYT")))));
        CascadeTestSupport.executeJobs(management);

        // Xã Thu Lũm refuses
        api.expect(204, complete("vanthu.03436", taskId("vanthu.03436", "user_acknowledge", null), Map.of(
                "accepted", bool(false), "refusalReason", str("Đã sáp nhập vào thị trấn"))));

        // the district's leader chases the town before it acknowledges, then gives it more time to report
        String town = CascadeTestSupport.instanceOf(runtime, businessKey, "03433").getId();
        CascadeTestSupport.fireTimer(management, town, CascadeProcess.TIMER_ACKNOWLEDGE_DUE);
        api.expect(204, complete("lanhdao.107", taskId("lanhdao.107", "user_handle_overdue", town), Map.of(
                "action", str("REMIND"), "note", str("Đề nghị tiếp nhận ngay"))));
        api.expect(204, complete("vanthu.03433", taskId("vanthu.03433", "user_acknowledge", null), Map.of("accepted", bool(true))));
        CascadeTestSupport.fireTimer(management, town, CascadeProcess.TIMER_REPORT_DUE);
        String overdue = taskId("lanhdao.107", "user_handle_overdue", town);
        api.expectError(422, "missing-deadline", complete("lanhdao.107", overdue, Map.of("action", str("EXTEND"))));
        api.expect(204, complete("lanhdao.107", overdue, Map.of("action", str("EXTEND"),
                "newDeadline", str(EXTENDED), "note", str("Gia hạn do mưa lũ"))));
        api.expect(204, complete("chuyenvien.03433", taskId("chuyenvien.03433", "user_report", null), Map.of(
                "reportSummary", str("Đã tiêm 1.200 mũi"), "figuresText", str("mui_tiem: 1200"))));

        // Xã Ka Lăng never acknowledges: closed
        String kaLang = CascadeTestSupport.instanceOf(runtime, businessKey, "03439").getId();
        CascadeTestSupport.fireTimer(management, kaLang, CascadeProcess.TIMER_ACKNOWLEDGE_DUE);
        api.expect(204, complete("lanhdao.107", taskId("lanhdao.107", "user_handle_overdue", kaLang), Map.of(
                "action", str("CLOSE"), "note", str("x".repeat(1500)))));
        CascadeTestSupport.executeJobs(management);

        api.expect(204, complete("chuyenvien.107", taskId("chuyenvien.107", "user_report", null), Map.of(
                "reportSummary", str("Huyện đã triển khai"), "figuresText", str("mui_tiem: 1200"))));
        CascadeTestSupport.executeJobs(management);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey(CascadeProcess.KEY).count()).as("every unit's instance has ended").isZero();

        // kept after the process ended
        JsonNode district = history(id, "107");
        assertThat(steps(district)).containsExactly("ACKNOWLEDGE vanthu.107", "ASSIGN lanhdao.107", "ISSUE vanthu.107",
                "REPORT chuyenvien.107");
        assertThat(district.get(0).get("actionText").asText()).isEqualTo("Tiếp nhận");
        assertThat(district.get(0).get("userName").asText()).isEqualTo("Văn thư Huyện Mường Tè");
        assertThat(district.get(0).get("details").get("accepted").asBoolean()).isTrue();
        assertThat(district.get(0).get("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?\\+07:00");
        JsonNode assigned = district.get(1).get("details");
        assertThat(district.get(1).get("actionText").asText()).isEqualTo("Phân công");
        assertThat(assigned.get("assignments")).hasSize(3);
        assertThat(assigned.get("assignments").get(0).get("unitCode").asText()).isEqualTo("03433");
        assertThat(assigned.get("assignments").get(0).get("unitName").asText()).isEqualTo("Thị trấn Mường Tè");
        assertThat(assigned.get("assignments").get(0).get("role").asText()).isEqualTo("CHU_TRI");
        assertThat(assigned.get("assignments").get(0).get("task").asText()).isEqualTo("Tổ chức điểm tiêm tại thị trấn");
        assertThat(assigned.get("assignments").get(0).get("reportDeadline").asText()).isEqualTo(COMMUNE_DEADLINE);
        assertThat(assigned.get("indicators").get(0).get("code").asText()).isEqualTo("mui_tiem");
        assertThat(assigned.get("indicators").get(0).get("name").asText()).isEqualTo("Số mũi tiêm");
        JsonNode issued = district.get(2).get("details");
        assertThat(issued.get("implementingNumber").asText()).isEqualTo("512/UBND-VX");
        assertThat(issued.get("implementingDate").asText()).isEqualTo(TODAY.toString());
        assertThat(issued.get("implementingSubject").asText()).isEqualTo("V/v triển khai tiêm chủng");
        assertThat(issued.get("reportTo")).hasSize(1);
        assertThat(issued.get("reportTo").get(0).get("unitCode").asText()).isEqualTo("12-SYT");
        assertThat(issued.get("reportTo").get(0).get("name").asText()).isEqualTo("Sở Y tế tỉnh Lai Châu");
        assertThat(district.get(3).get("details").get("reportSummary").asText()).isEqualTo("Huyện đã triển khai");

        JsonNode refused = history(id, "03436");
        assertThat(steps(refused)).containsExactly("REFUSE vanthu.03436");
        assertThat(refused.get(0).get("actionText").asText()).isEqualTo("Từ chối tiếp nhận");
        assertThat(refused.get(0).get("details").get("refusalReason").asText()).isEqualTo("Đã sáp nhập vào thị trấn");

        JsonNode townHistory = history(id, "03433");
        assertThat(steps(townHistory)).containsExactly("REMIND lanhdao.107", "ACKNOWLEDGE vanthu.03433",
                "EXTEND lanhdao.107", "REPORT chuyenvien.03433");
        assertThat(townHistory.get(0).get("actionText").asText()).isEqualTo("Đôn đốc");
        assertThat(townHistory.get(0).get("details").get("note").asText()).isEqualTo("Đề nghị tiếp nhận ngay");
        assertThat(townHistory.get(0).get("userName").asText()).isEqualTo("Lãnh đạo Huyện Mường Tè");
        assertThat(townHistory.get(2).get("actionText").asText()).isEqualTo("Gia hạn");
        assertThat(townHistory.get(2).get("details").get("newDeadline").asText()).isEqualTo(EXTENDED);
        assertThat(townHistory.get(2).get("details").get("note").asText()).isEqualTo("Gia hạn do mưa lũ");
        JsonNode report = townHistory.get(3).get("details");
        assertThat(report.get("reportSummary").asText()).isEqualTo("Đã tiêm 1.200 mũi");
        assertThat(report.get("figures").get("mui_tiem").decimalValue()).isEqualByComparingTo("1200");

        JsonNode closed = history(id, "03439");
        assertThat(steps(closed)).containsExactly("CLOSE lanhdao.107");
        assertThat(closed.get(0).get("actionText").asText()).isEqualTo("Đóng nhiệm vụ");
        assertThat(closed.get(0).get("details").get("note").asText()).as("a long note is cut").hasSize(1000).endsWith("…");

        // the read rules of …/units
        String path = "/api/directives/" + id + "/units/03433/history";
        assertThat(api.expect(200, api.as("vanthu.03433", HttpMethod.GET, path, null))).hasSize(4);
        assertThat(api.expect(200, api.as("lanhdao.107", HttpMethod.GET, path, null))).hasSize(4);
        // as for …/units: a directive that did not reach the reader's unit does not exist for the reader
        api.expectError(404, "unknown-directive", api.as("lanhdao.12", HttpMethod.GET, path, null));
        // …/units' rule for a (b/c) recipient: the reporting unit and its subtree
        assertThat(api.expect(200, api.as("vanthu.12-syt", HttpMethod.GET, path, null))).hasSize(4);
        api.expectError(404, "unknown-unit", api.as("vanthu.03436", HttpMethod.GET, path, null));
        api.expectError(404, "unknown-directive", api.as("vanthu.11", HttpMethod.GET, path, null));
        api.expectError(404, "unknown-directive", api.adminGet("/api/directives/nope/units/107/history"));
        api.expectError(404, "unknown-unit", api.adminGet("/api/directives/" + id + "/units/105/history"));
        assertThat(api.exchange(null, null, HttpMethod.GET, path, null).getStatusCode().value()).isEqualTo(401);
    }

    /** The unit's history as the administrator reads it. */
    private JsonNode history(String id, String unit) {
        return api.adminRead("/api/directives/" + id + "/units/" + unit + "/history");
    }

    private static List<String> steps(JsonNode history) {
        List<String> out = new ArrayList<>();
        history.forEach(s -> out.add(s.get("action").asText() + " " + s.get("userId").asText()));
        return out;
    }

    /**
     * The user's one open task of that kind under this test's directive (in that instance, when given): other tests
     * in the same JVM leave the district's users tasks of their own.
     */
    private String taskId(String user, String key, String processInstanceId) {
        JsonNode found = api.expect(200, api.as(user, HttpMethod.GET, "/engine-rest/task?taskDefinitionKey=" + key
                + (processInstanceId == null ? "&processInstanceBusinessKey=" + businessKey
                        : "&processInstanceId=" + processInstanceId), null));
        assertThat(found).as(user + " has one " + key + " task").hasSize(1);
        return found.get(0).get("id").asText();
    }

    private org.springframework.http.ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables)
            throws Exception {
        return api.as(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                json.writeValueAsString(Map.of("variables", variables)));
    }

    private static Map<String, Object> row(String unit, String role, String task, String deadline) {
        return Map.of("unitCode", unit, "role", role, "task", task, "reportDeadline", deadline);
    }

    private Map<String, Object> json(Object value) throws Exception {
        return Map.of("type", "Json", "value", json.writeValueAsString(value));
    }

    private static Map<String, Object> bool(boolean b) {
        return Map.of("value", b, "type", "Boolean");
    }

    private static Map<String, Object> str(String s) {
        return Map.of("value", s, "type", "String");
    }
}
