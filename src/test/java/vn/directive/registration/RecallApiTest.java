package vn.directive.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.CascadeTestSupport;
import vn.directive.cascade.Obligations;
import vn.directive.cascade.UnitStatus;
import vn.directive.history.UnitHistory;
import vn.directive.platform.Api;

/** Recall over REST (CONTRACT section 8, Recall): every answer, and that a refused call changes nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RecallApiTest {

    private static final String DISTRICT = "107";
    private static final String COMMUNE = "03433";
    private static final String OTHER_COMMUNE = "03436";
    private static final String DEADLINE = LocalDate.now().plusDays(30).toString();
    private static final String SUB_DEADLINE = LocalDate.now().plusDays(20).toString();
    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger(300);

    @Autowired TestRestTemplate http;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired Obligations obligations;
    @Autowired UnitHistory history;

    private Api api() {
        return new Api(http);
    }

    private JsonNode registered(String recipient) {
        JsonNode r = api().expect(201, api().as("vanthu." + recipient, HttpMethod.POST, "/api/directives",
                Api.registration(SEQUENCE.getAndIncrement() + "/CĐ-BYT", recipient, DEADLINE)));
        AmendmentApiTest.REGISTERED.add(r.get("businessKey").asText());
        return r;
    }

    @org.junit.jupiter.api.AfterEach
    void cleanUp() {
        AmendmentApiTest.endWhatWasLeftRunning(runtime);
    }

    private void complete(String instance, String key, Map<String, Object> variables) {
        CascadeTestSupport.complete(tasks, instance, key, variables);
    }

    /** A district that assigned a commune (CHU_TRI) and another (DE_BIET); issued when {@code issue}. */
    private JsonNode districtCascade(boolean issue) {
        JsonNode r = registered(DISTRICT);
        String pi = r.get("processInstanceId").asText();
        complete(pi, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        complete(pi, CascadeProcess.USER_ASSIGN, Map.of(Var.ASSIGNMENTS, SpinValues.jsonValue("["
                + "{\"unitCode\":\"" + COMMUNE + "\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức tiêm\",\"reportDeadline\":\"" + SUB_DEADLINE + "\"},"
                + "{\"unitCode\":\"" + OTHER_COMMUNE + "\",\"role\":\"DE_BIET\",\"task\":null,\"reportDeadline\":\"" + SUB_DEADLINE + "\"}]").create()));
        if (issue) {
            complete(pi, CascadeProcess.USER_ISSUE_DOCUMENT, Map.of(Var.IMPLEMENTING_NUMBER, "215/UBND-VX",
                    Var.IMPLEMENTING_DATE, LocalDate.now().toString()));
            CascadeTestSupport.executeJobs(management);
        }
        return r;
    }

    private UnitStatus status(String id, String unit) {
        return obligations.find(id, unit).orElseThrow().status();
    }

    private String recall(String user, String id, String reason) {
        return api().as(user, HttpMethod.POST, "/api/directives/" + id + "/recall",
                reason == null ? "{}" : "{\"reason\": \"" + reason + "\"}").getBody();
    }

    @Test
    void theRecipientsLeadersRecallTheDirectiveAndEveryOpenObligationEnds() {
        JsonNode r = districtCascade(true);
        String id = r.get("id").asText();
        String path = "/api/directives/" + id + "/recall";
        long instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(r.get("businessKey").asText()).count();
        assertThat(instances).isEqualTo(3);

        // refused: nothing changes
        api().expectError(403, "forbidden", api().as("vanthu.107", HttpMethod.POST, path, "{\"reason\": \"Nhầm\"}"));
        api().expectError(403, "forbidden", api().as("chuyenvien.107", HttpMethod.POST, path, "{\"reason\": \"Nhầm\"}"));
        api().expectError(403, "forbidden", api().as("lanhdao.03433", HttpMethod.POST, path, "{\"reason\": \"Nhầm\"}"));
        JsonNode empty = api().expectError(422, "missing-reason", api().as("lanhdao.107", HttpMethod.POST, path, "{\"reason\": \"  \"}"));
        assertThat(empty.get("message").asText()).contains("Lý do (reason) thu hồi");
        api().expectError(422, "missing-reason", api().as("lanhdao.107", HttpMethod.POST, path, "{}"));
        api().expectError(404, "unknown-directive", api().as("lanhdao.107", HttpMethod.POST,
                "/api/directives/no-such-id/recall", "{\"reason\": \"Nhầm\"}"));
        assertThat(status(id, DISTRICT)).isEqualTo(UnitStatus.IN_PROGRESS);
        assertThat(status(id, COMMUNE)).isEqualTo(UnitStatus.RECEIVED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(r.get("businessKey").asText()).count())
                .isEqualTo(instances);
        assertThat(history.of(id, COMMUNE)).isEmpty();

        JsonNode recalled = api().expect(200, api().as("lanhdao.107", HttpMethod.POST, path,
                "{\"reason\": \"Văn bản ban hành nhầm\"}"));
        assertThat(recalled.get("status").asText()).isEqualTo("13");
        assertThat(recalled.get("recalledUnits").asInt()).isEqualTo(3);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(r.get("businessKey").asText()).count()).isZero();

        JsonNode units = api().expect(200, api().as("vanthu.107", HttpMethod.GET, "/api/directives/" + id + "/units", null));
        assertThat(units).hasSize(3);
        for (JsonNode u : units) {
            assertThat(u.get("status").asText()).isEqualTo("13");
            assertThat(u.get("statusName").asText()).isEqualTo("Thu hồi");
            assertThat(u.get("recallReason").asText()).isEqualTo("Văn bản ban hành nhầm");
            assertThat(u.get("recalledAt").isNull()).isFalse();
        }
        JsonNode compliance = api().expect(200, api().as("lanhdao.107", HttpMethod.GET, "/api/reports/compliance?directive=" + id, null));
        assertThat(compliance.get("recalled").asLong()).isEqualTo(3);
        assertThat(compliance.get("overdue").asLong()).isZero();
        assertThat(compliance.get("inProgress").asLong()).isZero();
        assertThat(history.of(id, COMMUNE)).extracting(UnitHistory.Entry::action).containsExactly("RECALL");
        assertThat(api().as("vanthu.03433", HttpMethod.GET, "/van-ban/" + id + "/" + COMMUNE, null).getBody())
                .contains("Văn bản đã bị thu hồi", "Văn bản ban hành nhầm");
        assertThat(history.of(id, DISTRICT).get(history.of(id, DISTRICT).size() - 1).userId()).isEqualTo("lanhdao.107");

        // again: 409, also for the administrator
        api().expectError(409, "already-recalled", api().as("lanhdao.107", HttpMethod.POST, path, "{\"reason\": \"Lần nữa\"}"));
        api().expectError(409, "already-recalled", api().as("admin", HttpMethod.POST, path, "{\"reason\": \"Lần nữa\"}"));
    }

    @Test
    void aDirectiveWhoseEveryObligationHasEndedCannotBeRecalled() {
        JsonNode r = registered(COMMUNE);
        String pi = r.get("processInstanceId").asText();
        complete(pi, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        complete(pi, CascadeProcess.USER_REPORT, Map.of(Var.REPORT_SUMMARY, "Đã xong"));
        CascadeTestSupport.executeJobs(management);
        String id = r.get("id").asText();
        api().expectError(409, "nothing-to-recall", api().as("lanhdao.03433", HttpMethod.POST,
                "/api/directives/" + id + "/recall", "{\"reason\": \"Nhầm\"}"));
        assertThat(status(id, COMMUNE)).isEqualTo(UnitStatus.REPORTED);
    }

    @Test
    void theAdministratorRecallsToo() {
        JsonNode r = registered(COMMUNE);
        String id = r.get("id").asText();
        api().expect(200, api().as("admin", HttpMethod.POST, "/api/directives/" + id + "/recall", "{\"reason\": \"Trùng văn bản\"}"));
        assertThat(status(id, COMMUNE)).isEqualTo(UnitStatus.RECALLED);
    }

    @Test
    void aUnitRecallsItsOwnImplementingDocumentAndAssignsAgain() {
        JsonNode r = districtCascade(false);
        String id = r.get("id").asText();
        String pi = r.get("processInstanceId").asText();
        String path = "/api/directives/" + id + "/units/" + DISTRICT + "/recall";

        // not issued yet: 409, nothing changes
        api().expectError(409, "document-not-issued", api().as("lanhdao.107", HttpMethod.POST, path, "{\"reason\": \"Sai\"}"));
        assertThat(status(id, DISTRICT)).isEqualTo(UnitStatus.ASSIGNED);
        complete(pi, CascadeProcess.USER_ISSUE_DOCUMENT, Map.of(Var.IMPLEMENTING_NUMBER, "215/UBND-VX",
                Var.IMPLEMENTING_DATE, LocalDate.now().toString()));
        CascadeTestSupport.executeJobs(management);

        api().expectError(403, "forbidden", api().as("lanhdao.03433", HttpMethod.POST, path, "{\"reason\": \"Sai\"}"));
        api().expectError(403, "forbidden", api().as("vanthu.107", HttpMethod.POST, path, "{\"reason\": \"Sai\"}"));
        api().expectError(422, "missing-reason", api().as("lanhdao.107", HttpMethod.POST, path, "{\"reason\": \"\"}"));
        api().expectError(404, "unknown-unit", api().as("lanhdao.107", HttpMethod.POST,
                "/api/directives/" + id + "/units/03436x/recall", "{\"reason\": \"Sai\"}"));
        // a commune has issued nothing
        api().expectError(409, "document-not-issued", api().as("lanhdao.03433", HttpMethod.POST,
                "/api/directives/" + id + "/units/" + COMMUNE + "/recall", "{\"reason\": \"Sai\"}"));
        assertThat(status(id, DISTRICT)).isEqualTo(UnitStatus.IN_PROGRESS);
        assertThat(status(id, COMMUNE)).isEqualTo(UnitStatus.RECEIVED);

        JsonNode recalled = api().expect(200, api().as("lanhdao.107", HttpMethod.POST, path, "{\"reason\": \"Sai hạn báo cáo\"}"));
        assertThat(recalled.get("status").asText()).isEqualTo("03");
        assertThat(recalled.get("recalledUnits").asInt()).isEqualTo(2);
        assertThat(status(id, DISTRICT)).isEqualTo(UnitStatus.ACKNOWLEDGED);
        assertThat(status(id, COMMUNE)).isEqualTo(UnitStatus.RECALLED);
        assertThat(status(id, OTHER_COMMUNE)).isEqualTo(UnitStatus.RECALLED);
        assertThat(CascadeTestSupport.task(tasks, pi, CascadeProcess.USER_ASSIGN)).isNotNull();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(r.get("businessKey").asText()).list())
                .extracting(t -> t.getTaskDefinitionKey()).containsExactly(CascadeProcess.USER_ASSIGN);

        // again: the document is no longer out
        api().expectError(409, "document-not-issued", api().as("lanhdao.107", HttpMethod.POST, path, "{\"reason\": \"Lần nữa\"}"));
        assertThat(List.of(status(id, DISTRICT), status(id, COMMUNE))).containsExactly(UnitStatus.ACKNOWLEDGED, UnitStatus.RECALLED);
    }
}
