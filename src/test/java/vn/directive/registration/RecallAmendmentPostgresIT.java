package vn.directive.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
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
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.CascadeTestSupport;
import vn.directive.platform.Api;
import vn.directive.platform.PostgresTest;

/**
 * Recall and amendment on PostgreSQL (CONTRACT section 8), over REST on a small cascade: province → district →
 * commune. The province amends the directive (deadlines move down the tree), the district recalls its implementing
 * document and issues a corrected one, then the province recalls the directive: every row 13, nothing left running.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "directive.demo=true")
@PostgresTest
class RecallAmendmentPostgresIT {

    private static final String PROVINCE = "12";
    private static final String DISTRICT = "107";
    private static final String COMMUNE = "03433";

    @Autowired TestRestTemplate http;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;

    private void complete(String instance, String key, Map<String, Object> variables) {
        CascadeTestSupport.complete(tasks, instance, key, variables);
    }

    private void assignAndIssue(String instance, String child, LocalDate deadline, String number) {
        complete(instance, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        assign(instance, child, deadline, number);
    }

    private void assign(String instance, String child, LocalDate deadline, String number) {
        complete(instance, CascadeProcess.USER_ASSIGN, Map.of(Var.ASSIGNMENTS, SpinValues.jsonValue(
                "[{\"unitCode\":\"" + child + "\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức thực hiện\",\"reportDeadline\":\""
                        + deadline + "\"}]").create()));
        complete(instance, CascadeProcess.USER_ISSUE_DOCUMENT, Map.of(Var.IMPLEMENTING_NUMBER, number,
                Var.IMPLEMENTING_DATE, LocalDate.now().toString()));
        CascadeTestSupport.executeJobs(management);
    }

    private String instanceOf(String businessKey, String unit) {
        return CascadeTestSupport.instanceOf(runtime, businessKey, unit).getId();
    }

    private JsonNode row(JsonNode units, String code) {
        for (JsonNode u : units) {
            if (u.get("unitCode").asText().equals(code)) {
                return u;
            }
        }
        throw new AssertionError("no row " + code);
    }

    @Test
    void amendRecallAnImplementingDocumentThenRecallTheDirective() {
        Api api = new Api(http);
        LocalDate deadline = LocalDate.now().plusDays(40);
        JsonNode r = api.expect(201, api.as("vanthu.12", HttpMethod.POST, "/api/directives",
                Api.registration("64/CĐ-TTg", PROVINCE, deadline.toString())));
        String id = r.get("id").asText();
        String key = r.get("businessKey").asText();
        assignAndIssue(r.get("processInstanceId").asText(), DISTRICT, deadline.minusDays(5), "212/UBND-VX");
        assignAndIssue(instanceOf(key, DISTRICT), COMMUNE, deadline.minusDays(10), "215/UBND-VX");

        // amendment: the province's deadline comes earlier than both below it
        LocalDate earlier = LocalDate.now().plusDays(15);
        JsonNode amended = api.expect(201, api.as("vanthu.12", HttpMethod.POST, "/api/directives/" + id + "/amendments", """
                {"directive": {"number": "64a/CĐ-TTg", "issuer": "Bộ Y tế", "type": "CONG_DIEN",
                  "subject": "Về đẩy nhanh tiêm vắc xin (điều chỉnh)", "urgency": "KHAN", "issuedOn": "2022-01-20"},
                 "reportDeadline": "%s"}""".formatted(earlier)));
        assertThat(amended.get("version").asInt()).isEqualTo(2);
        JsonNode directive = api.expect(200, api.as("lanhdao.12", HttpMethod.GET, "/api/directives/" + id, null));
        assertThat(directive.get("versions").get(0).get("number").asText()).isEqualTo("64/CĐ-TTg");
        JsonNode units = api.expect(200, api.as("lanhdao.12", HttpMethod.GET, "/api/directives/" + id + "/units", null));
        for (String code : new String[] {PROVINCE, DISTRICT, COMMUNE}) {
            assertThat(row(units, code).get("reportDeadline").asText()).as(code).isEqualTo(earlier.toString());
        }
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(key)
                .taskDefinitionKey(CascadeProcess.USER_ACKNOWLEDGE_AMENDMENT).count()).isEqualTo(3);

        // the district recalls its implementing document and issues a corrected one
        JsonNode recalled = api.expect(200, api.as("lanhdao.107", HttpMethod.POST,
                "/api/directives/" + id + "/units/" + DISTRICT + "/recall", "{\"reason\": \"Sai đối tượng\"}"));
        assertThat(recalled.get("recalledUnits").asInt()).isEqualTo(1);
        units = api.expect(200, api.as("lanhdao.107", HttpMethod.GET, "/api/directives/" + id + "/units", null));
        assertThat(row(units, COMMUNE).get("status").asText()).isEqualTo("13");
        assertThat(row(units, COMMUNE).get("recallReason").asText()).isEqualTo("Sai đối tượng");
        assertThat(row(units, DISTRICT).get("status").asText()).isEqualTo("03");
        assign(instanceOf(key, DISTRICT), COMMUNE, earlier.minusDays(2), "216/UBND-VX");
        units = api.expect(200, api.as("lanhdao.107", HttpMethod.GET, "/api/directives/" + id + "/units", null));
        assertThat(row(units, COMMUNE).get("status").asText()).isEqualTo("01");
        assertThat(row(units, COMMUNE).get("receivedDocument").get("number").asText()).isEqualTo("216/UBND-VX");

        // the province recalls the directive: every row 13, nothing running, compliance counts them apart
        api.expectError(403, "forbidden", api.as("lanhdao.107", HttpMethod.POST, "/api/directives/" + id + "/recall",
                "{\"reason\": \"Nhầm\"}"));
        api.expect(200, api.as("lanhdao.12", HttpMethod.POST, "/api/directives/" + id + "/recall",
                "{\"reason\": \"Văn bản bị thay thế\"}"));
        units = api.expect(200, api.as("lanhdao.12", HttpMethod.GET, "/api/directives/" + id + "/units", null));
        for (JsonNode u : units) {
            assertThat(u.get("status").asText()).isEqualTo("13");
        }
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
        assertThat(management.createJobQuery().processInstanceId(r.get("processInstanceId").asText()).count()).isZero();
        JsonNode compliance = api.expect(200, api.as("lanhdao.12", HttpMethod.GET, "/api/reports/compliance?directive=" + id, null));
        assertThat(compliance.get("recalled").asLong()).isEqualTo(3);
        api.expectError(409, "already-recalled", api.as("lanhdao.12", HttpMethod.POST, "/api/directives/" + id + "/recall",
                "{\"reason\": \"Lần nữa\"}"));
    }
}
