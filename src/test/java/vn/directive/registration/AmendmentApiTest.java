package vn.directive.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
import vn.directive.history.UnitHistory;
import vn.directive.platform.Api;

/** Amendment over REST (CONTRACT section 8, Amendment): every answer, and that a refused call changes nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AmendmentApiTest {

    static final String DISTRICT = "107";
    static final String COMMUNE = "03433";
    static final LocalDate DEADLINE = LocalDate.now().plusDays(30);
    static final LocalDate SUB_DEADLINE = LocalDate.now().plusDays(20);
    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger(500);

    @Autowired TestRestTemplate http;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired Obligations obligations;
    @Autowired UnitHistory history;

    /** The business keys of the directives these tests registered: their instances still running end after each test. */
    static final java.util.Set<String> REGISTERED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Ends what a test left running, so that the tests sharing this Spring context (UnitHistoryApiTest counts the tasks
     * of unit 107's people) do not find this test's open tasks.
     */
    static void endWhatWasLeftRunning(org.camunda.bpm.engine.RuntimeService runtime) {
        for (String key : REGISTERED) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list().forEach(pi -> {
                if (runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count() > 0) {
                    runtime.deleteProcessInstance(pi.getId(), "test finished", true, true);
                }
            });
        }
        REGISTERED.clear();
    }

    @org.junit.jupiter.api.AfterEach
    void cleanUp() {
        endWhatWasLeftRunning(runtime);
    }

    @Autowired org.camunda.bpm.engine.RuntimeService runtime;

    /** A district that assigned a commune and issued its implementing document 215/UBND-VX; returns the registration. */
    static JsonNode districtCascade(Api api, TaskService tasks, ManagementService management, String number) {
        JsonNode r = api.expect(201, api.as("vanthu." + DISTRICT, HttpMethod.POST, "/api/directives",
                Api.registration(number, DISTRICT, DEADLINE.toString())));
        REGISTERED.add(r.get("businessKey").asText());
        String pi = r.get("processInstanceId").asText();
        CascadeTestSupport.complete(tasks, pi, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        CascadeTestSupport.complete(tasks, pi, CascadeProcess.USER_ASSIGN, Map.of(Var.ASSIGNMENTS, SpinValues.jsonValue("["
                + "{\"unitCode\":\"" + COMMUNE + "\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức tiêm\",\"reportDeadline\":\""
                + SUB_DEADLINE + "\"}]").create()));
        CascadeTestSupport.complete(tasks, pi, CascadeProcess.USER_ISSUE_DOCUMENT, Map.of(Var.IMPLEMENTING_NUMBER,
                "215/UBND-VX", Var.IMPLEMENTING_DATE, LocalDate.now().toString()));
        CascadeTestSupport.executeJobs(management);
        return r;
    }

    static String amendment(String number, LocalDate deadline) {
        return """
                {"directive": {"number": "%s", "issuer": "Bộ Y tế", "type": "CONG_DIEN",
                  "subject": "Về đẩy nhanh tiêm vắc xin (thay thế)", "urgency": "KHAN", "issuedOn": "2022-01-20"},
                 "reportDeadline": "%s", "text": "Công điện số %s thay thế công điện trước"}
                """.formatted(number, deadline, number);
    }

    private long amendmentTasks(JsonNode r) {
        return tasks.createTaskQuery().processInstanceBusinessKey(r.get("businessKey").asText())
                .taskDefinitionKey(CascadeProcess.USER_ACKNOWLEDGE_AMENDMENT).count();
    }

    @Test
    void theRecipientAmendsTheDirectiveAndEveryOpenUnitAcknowledges() {
        Api api = new Api(http);
        String oldNumber = SEQUENCE.getAndIncrement() + "/CĐ-BYT";
        JsonNode r = districtCascade(api, tasks, management, oldNumber);
        String id = r.get("id").asText();
        String path = "/api/directives/" + id + "/amendments";
        String newNumber = SEQUENCE.getAndIncrement() + "/CĐ-BYT";
        LocalDate earlier = LocalDate.now().plusDays(10);

        // refused: nothing changes
        api.expectError(403, "forbidden", api.as("chuyenvien.107", HttpMethod.POST, path, amendment(newNumber, earlier)));
        api.expectError(403, "forbidden", api.as("vanthu.03433", HttpMethod.POST, path, amendment(newNumber, earlier)));
        JsonNode today = api.expectError(422, "deadline-not-in-future", api.as("vanthu.107", HttpMethod.POST, path,
                amendment(newNumber, LocalDate.now())));
        assertThat(today.get("message").asText()).contains("Hạn báo cáo (reportDeadline)");
        api.expectError(400, "invalid-date", api.as("vanthu.107", HttpMethod.POST, path,
                amendment(newNumber, earlier).replace(earlier.toString(), "mai")));
        api.expectError(422, "empty-directive", api.as("vanthu.107", HttpMethod.POST, path,
                "{\"directive\": {}, \"reportDeadline\": \"" + earlier + "\"}"));
        api.expectError(404, "unknown-directive", api.as("vanthu.107", HttpMethod.POST, "/api/directives/nope/amendments",
                amendment(newNumber, earlier)));
        assertThat(amendmentTasks(r)).isZero();
        assertThat(obligations.find(id, DISTRICT).orElseThrow().reportDeadline()).isEqualTo(DEADLINE);
        assertThat(obligations.find(id, COMMUNE).orElseThrow().reportDeadline()).isEqualTo(SUB_DEADLINE);
        assertThat(api.expect(200, api.as("vanthu.107", HttpMethod.GET, "/api/directives/" + id, null)).get("version").asInt())
                .isEqualTo(1);

        JsonNode amended = api.expect(201, api.as("vanthu.107", HttpMethod.POST, path, amendment(newNumber, earlier)));
        assertThat(amended.get("version").asInt()).isEqualTo(2);
        JsonNode directive = api.expect(200, api.as("lanhdao.107", HttpMethod.GET, "/api/directives/" + id, null));
        assertThat(directive.get("version").asInt()).isEqualTo(2);
        assertThat(directive.get("directive").get("number").asText()).isEqualTo(newNumber);
        assertThat(directive.get("reportDeadline").asText()).isEqualTo(earlier.toString());
        assertThat(directive.get("versions")).hasSize(1);
        JsonNode first = directive.get("versions").get(0);
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("number").asText()).isEqualTo(oldNumber);
        assertThat(first.get("reportDeadline").asText()).isEqualTo(DEADLINE.toString());
        assertThat(first.get("registeredBy").asText()).isEqualTo("vanthu.107");
        assertThat(first.has("registeredAt")).isTrue();
        assertThat(first.has("subject")).isTrue();
        // the district's deadline is the new one; the commune's (after it now) is brought to it
        assertThat(obligations.find(id, DISTRICT).orElseThrow().reportDeadline()).isEqualTo(earlier);
        assertThat(obligations.find(id, COMMUNE).orElseThrow().reportDeadline()).isEqualTo(earlier);
        assertThat(amendmentTasks(r)).isEqualTo(2);
        assertThat(history.of(id, DISTRICT)).extracting(UnitHistory.Entry::action).contains("AMEND");
        // the document page shows the current version with the earlier one listed
        String page = api.as("vanthu.107", HttpMethod.GET, "/van-ban/" + id + "/" + DISTRICT, null).getBody();
        assertThat(page).contains("đang hiệu lực phiên bản 2", "Các phiên bản trước", "Phiên bản 1: số " + oldNumber, newNumber);

        // the clerk completes it with no variables; another variable is refused
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(r.get("businessKey").asText())
                .taskDefinitionKey(CascadeProcess.USER_ACKNOWLEDGE_AMENDMENT).taskCandidateGroup(COMMUNE + ".clerks").singleResult();
        api.expect(400, api.as("vanthu.03433", HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
                "{\"variables\": {\"accepted\": {\"value\": true}}}"));
        api.expect(204, api.as("vanthu.03433", HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
                "{\"variables\": {}}"));
        assertThat(history.of(id, COMMUNE)).extracting(UnitHistory.Entry::action).contains("ACKNOWLEDGE_AMENDMENT");
        assertThat(history.of(id, COMMUNE).get(history.of(id, COMMUNE).size() - 1).userId()).isEqualTo("vanthu.03433");
    }

    @Test
    void aUnitAmendsItsOwnImplementingDocumentWithinItsOwnDeadline() {
        Api api = new Api(http);
        JsonNode r = districtCascade(api, tasks, management, SEQUENCE.getAndIncrement() + "/CĐ-BYT");
        String id = r.get("id").asText();
        String path = "/api/directives/" + id + "/units/" + DISTRICT + "/amendments";
        LocalDate later = DEADLINE.plusDays(1);
        LocalDate earlier = LocalDate.now().plusDays(5);

        JsonNode after = api.expectError(422, "deadline-after-own", api.as("lanhdao.107", HttpMethod.POST, path,
                "{\"reportDeadline\": \"" + later + "\"}"));
        assertThat(after.get("message").asText()).contains("Hạn báo cáo (reportDeadline)", "sau hạn của đơn vị");
        api.expectError(422, "empty-amendment", api.as("lanhdao.107", HttpMethod.POST, path, "{}"));
        api.expectError(422, "deadline-not-in-future", api.as("lanhdao.107", HttpMethod.POST, path,
                "{\"reportDeadline\": \"" + LocalDate.now() + "\"}"));
        api.expectError(403, "forbidden", api.as("lanhdao.03433", HttpMethod.POST, path, "{\"number\": \"215a/UBND-VX\"}"));
        api.expectError(409, "document-not-issued", api.as("lanhdao.03433", HttpMethod.POST,
                "/api/directives/" + id + "/units/" + COMMUNE + "/amendments", "{\"number\": \"1/UBND\"}"));
        assertThat(amendmentTasks(r)).isZero();
        assertThat(obligations.find(id, COMMUNE).orElseThrow().reportDeadline()).isEqualTo(SUB_DEADLINE);
        assertThat(obligations.find(id, DISTRICT).orElseThrow().implementingNumber()).isEqualTo("215/UBND-VX");

        JsonNode amended = api.expect(201, api.as("vanthu.107", HttpMethod.POST, path,
                "{\"number\": \"215a/UBND-VX\", \"subject\": \"V/v điều chỉnh hạn\", \"reportDeadline\": \"" + earlier
                        + "\", \"text\": \"Rút ngắn hạn báo cáo\"}"));
        assertThat(amended.get("version").asInt()).isEqualTo(2);
        assertThat(obligations.find(id, COMMUNE).orElseThrow().reportDeadline()).isEqualTo(earlier);
        assertThat(obligations.find(id, DISTRICT).orElseThrow().reportDeadline()).isEqualTo(DEADLINE);
        assertThat(amendmentTasks(r)).isEqualTo(1);
        JsonNode units = api.expect(200, api.as("vanthu.03433", HttpMethod.GET, "/api/directives/" + id + "/units", null));
        assertThat(units.get(0).get("receivedDocument").get("number").asText()).isEqualTo("215a/UBND-VX");

        // a recalled directive is amended no more
        api.expect(200, api.as("lanhdao.107", HttpMethod.POST, "/api/directives/" + id + "/recall", "{\"reason\": \"Nhầm\"}"));
        api.expectError(409, "recalled", api.as("vanthu.107", HttpMethod.POST, "/api/directives/" + id + "/amendments",
                amendment(SEQUENCE.getAndIncrement() + "/CĐ-BYT", earlier)));
    }
}
