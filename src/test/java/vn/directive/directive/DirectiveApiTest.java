package vn.directive.directive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.cascade.Obligations;
import vn.directive.cascade.UnitStatus;

/** Registration and the read endpoints of contract section 4, and task submissions refused over REST. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DirectiveApiTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired Obligations obligations;

    private static final String DEADLINE = LocalDate.now().plusDays(20).toString();

    private ResponseEntity<String> call(HttpMethod method, String path, String user, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user.equals("admin") ? "admin-secret" : "demo");
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private static String registration(String number, String recipient, String deadline) {
        return """
                {"directive": {"number": "%s", "issuer": "Thủ tướng Chính phủ", "type": "CONG_DIEN",
                  "subject": "Về đẩy nhanh tiêm vắc xin", "urgency": "KHAN", "issuedOn": "2022-01-19"},
                 "recipient": "%s", "reportDeadline": "%s", "text": "Công điện số %s ..."}
                """.formatted(number, recipient, deadline, number);
    }

    private JsonNode body(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody());
    }

    @Test
    void registersAndReadsADirective() throws Exception {
        ResponseEntity<String> created = call(HttpMethod.POST, "/api/directives", "vanthu.11",
                registration("64/CĐ-TTg", "11", DEADLINE));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        JsonNode r = body(created);
        String id = r.get("id").asText();
        assertThat(r.get("businessKey").asText()).startsWith("VB-");
        assertThat(r.get("processInstanceId").asText()).isNotBlank();

        JsonNode directive = body(call(HttpMethod.GET, "/api/directives/" + id, "vanthu.11", null));
        assertThat(directive.get("recipient").asText()).isEqualTo("11");
        assertThat(directive.get("status").asText()).isEqualTo("01");
        assertThat(directive.get("directive").get("number").asText()).isEqualTo("64/CĐ-TTg");

        JsonNode units = body(call(HttpMethod.GET, "/api/directives/" + id + "/units", "vanthu.11", null));
        assertThat(units).hasSize(1);
        assertThat(units.get(0).get("unitCode").asText()).isEqualTo("11");
        assertThat(units.get(0).get("statusName").asText()).isEqualTo("Đã đến");
        assertThat(units.get(0).get("overdue").asBoolean()).isFalse();
        for (String field : new String[] {"unitName", "parentCode", "receivedAt", "acknowledgedAt", "reportDeadline",
                "reportedAt", "reminders"}) {
            assertThat(units.get(0).has(field)).as(field).isTrue();
        }

        // the same number, issuer and recipient again
        ResponseEntity<String> again = call(HttpMethod.POST, "/api/directives", "vanthu.11", registration("64/CĐ-TTg", "11", DEADLINE));
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(body(again).get("error").asText()).isEqualTo("duplicate-directive");
    }

    @Test
    void refusesBadRegistrationsWithoutWritingAnything() throws Exception {
        int before = count();
        assertThat(assertError(call(HttpMethod.POST, "/api/directives", "admin", registration("1/CĐ-TTg", "99999", DEADLINE)),
                404, "unknown-unit")).isEqualTo("Không có đơn vị mã '99999'");
        LocalDate today = LocalDate.now(vn.directive.calendar.WorkingDays.ZONE);
        String day = vn.directive.calendar.VietnameseDates.day(today);
        assertThat(assertError(call(HttpMethod.POST, "/api/directives", "admin", registration("2/CĐ-TTg", "11", today.toString())),
                422, "deadline-not-in-future")).isEqualTo("Hạn báo cáo (reportDeadline) " + day + " phải sau hôm nay (" + day + ")");
        assertThat(assertError(call(HttpMethod.POST, "/api/directives", "admin", registration("3/CĐ-TTg", "11", "21/01/2022")),
                400, "invalid-date")).isEqualTo("Hạn báo cáo (reportDeadline) phải là một ngày dạng YYYY-MM-DD, không phải '21/01/2022'");
        assertError(call(HttpMethod.POST, "/api/directives", "admin", "{\"recipient\": \"11\""), 400, "malformed-body");
        assertThat(assertError(call(HttpMethod.POST, "/api/directives", "admin", "{\"recipient\": \"11\", \"reportDeadline\": \"" + DEADLINE + "\"}"),
                400, "missing-field")).isEqualTo("Thiếu Văn bản chỉ đạo (directive)");
        assertError(call(HttpMethod.POST, "/api/directives", "admin",
                "{\"directive\": {\"urgency\": \"RAT_GAP\"}, \"recipient\": \"11\", \"reportDeadline\": \"" + DEADLINE + "\"}"), 400, "malformed-body");
        // a clerk of another province may not register for Điện Biên
        assertError(call(HttpMethod.POST, "/api/directives", "vanthu.12", registration("4/CĐ-TTg", "11", DEADLINE)), 403, "forbidden");
        assertError(call(HttpMethod.GET, "/api/directives/nope", "admin", null), 404, "unknown-directive");
        assertError(call(HttpMethod.GET, "/api/directives/nope/units", "admin", null), 404, "unknown-directive");
        assertThat(count()).isEqualTo(before);
        assertThat(call(HttpMethod.GET, "/api/directives/nope", "admin", null).getHeaders().getContentType().toString()).contains("json");
    }

    @Test
    void taskSubmissionsBreakingTheRulesAre422AndLeaveTheTaskOpen() throws Exception {
        String id = body(call(HttpMethod.POST, "/api/directives", "admin", registration("5/CĐ-TTg", "107", DEADLINE))).get("id").asText();
        JsonNode tasks = body(call(HttpMethod.GET, "/engine-rest/task?taskDefinitionKey=user_acknowledge", "vanthu.107", null));
        assertThat(tasks).hasSize(1);
        String ack = tasks.get(0).get("id").asText();

        // another district's clerk neither sees nor completes it: as if it did not exist, whatever the body
        assertThat(body(call(HttpMethod.GET, "/engine-rest/task", "vanthu.105", null))).isEmpty();
        assertError(call(HttpMethod.POST, "/engine-rest/task/" + ack + "/complete", "vanthu.105",
                "{\"variables\": {\"accepted\": {\"value\": true}}}"), 404, "unknown-task");
        assertError(call(HttpMethod.POST, "/engine-rest/task/" + ack + "/complete", "vanthu.105",
                "{\"variables\": {\"accepted\": {\"value\": false}}}"), 404, "unknown-task");
        assertError(call(HttpMethod.POST, "/engine-rest/task/no-such-task/complete", "vanthu.107",
                "{\"variables\": {\"accepted\": {\"value\": true}}}"), 404, "unknown-task");

        assertThat(assertError(call(HttpMethod.POST, "/engine-rest/task/" + ack + "/complete", "vanthu.107",
                "{\"variables\": {\"accepted\": {\"value\": false}}}"), 422, "refusal-without-reason"))
                .isEqualTo("Từ chối tiếp nhận văn bản thì phải ghi Lý do từ chối (refusalReason)");
        assertError(call(HttpMethod.POST, "/engine-rest/task/" + ack + "/submit-form", "vanthu.107",
                "{\"variables\": {\"accepted\": {\"value\": \"perhaps\"}}}"), 400, "invalid-variable");
        assertThat(assertError(call(HttpMethod.POST, "/engine-rest/task/" + ack + "/complete", "vanthu.107",
                "{\"variables\": {\"accepted\": {\"value\": false}, \"refusalReason\": {\"value\": \""
                        + "x".repeat(4001) + "\"}}}"), 422, "value-too-long"))
                .isEqualTo("Lý do từ chối (refusalReason) dài 4.001 ký tự; chỉ lưu được tối đa 2.000 ký tự");
        assertThat(obligations.find(id, "107").orElseThrow().status()).isEqualTo(UnitStatus.RECEIVED);

        assertThat(call(HttpMethod.POST, "/engine-rest/task/" + ack + "/complete", "vanthu.107",
                "{\"variables\": {\"accepted\": {\"value\": true}}}").getStatusCode().value()).isEqualTo(204);
        String assign = body(call(HttpMethod.GET, "/engine-rest/task?taskDefinitionKey=user_assign", "lanhdao.107", null))
                .get(0).get("id").asText();
        assertThat(assertError(call(HttpMethod.POST, "/engine-rest/task/" + assign + "/complete", "lanhdao.107",
                "{\"variables\": {\"assignments\": {\"type\": \"Json\", \"value\": \"[{\\\"unitCode\\\":\\\"105\\\",\\\"role\\\":\\\"CHU_TRI\\\",\\\"task\\\":\\\"x\\\",\\\"reportDeadline\\\":\\\""
                        + DEADLINE + "\\\"}]\"}}}"), 422, "not-a-subordinate"))
                .isEqualTo("Dòng 1 – Đơn vị (assignments[0].unitCode) '105' không phải đơn vị cấp dưới trực tiếp của Huyện Mường Tè (107)");
        assertThat(body(call(HttpMethod.GET, "/engine-rest/task/" + assign, "lanhdao.107", null)).get("id").asText()).isEqualTo(assign);
        assertThat(obligations.find(id, "107").orElseThrow().status()).isEqualTo(UnitStatus.ACKNOWLEDGED);
    }

    /** The outside fuzzer's 500s of issue 12: each is now 4xx JSON naming the field and its limit, and changes nothing. */
    @Test
    void theFuzzersRequestsAre4xxNamingTheFieldAndChangeNothing() throws Exception {
        int before = count();
        String ok = registration("21/CĐ-TTg", "11", DEADLINE);
        assertLimit(call(HttpMethod.POST, "/api/directives", "admin", ok.replace("21/CĐ-TTg\", \"issuer",
                "21/" + "X".repeat(62) + "\", \"issuer")), 422, "value-too-long", "directive.number", "64");
        assertLimit(call(HttpMethod.POST, "/api/directives", "admin", ok.replace("Thủ tướng Chính phủ", "Ủ".repeat(256))),
                422, "value-too-long", "directive.issuer", "255");
        assertLimit(call(HttpMethod.POST, "/api/directives", "admin", ok.replace("Về đẩy nhanh tiêm vắc xin", "s".repeat(2001))),
                422, "value-too-long", "directive.subject", "2000");
        assertLimit(call(HttpMethod.POST, "/api/directives", "admin", ok.replace("Công điện số 21/CĐ-TTg ...", "t".repeat(1_100_000))),
                413, "text-too-large", "'text'", "1048576");
        // under the column's characters, over 2 MB of UTF-8
        assertLimit(call(HttpMethod.POST, "/api/directives", "admin", ok.replace("Công điện số 21/CĐ-TTg ...", "ệ".repeat(700_000))),
                413, "text-too-large", "'text'", "2097152");
        for (String year : new String[] {"2101-01-02", "9999-12-31"}) {
            assertLimit(call(HttpMethod.POST, "/api/directives", "admin", registration("22/CĐ-TTg", "11", year)),
                    422, "date-out-of-range", "reportDeadline", "2100");
        }
        HttpHeaders wildcard = new HttpHeaders();
        wildcard.setBasicAuth("admin", "admin-secret");
        wildcard.set(HttpHeaders.CONTENT_TYPE, "*/*");
        ResponseEntity<String> anyType = http.exchange("/api/directives", HttpMethod.POST, new HttpEntity<>(ok, wildcard), String.class);
        assertError(anyType, 415, "unsupported-media-type");
        assertError(call(HttpMethod.POST, "/api/directives", "admin", ok.replace("\"recipient\": \"11\"", "\"recipient\": 11")),
                400, "malformed-body");
        assertThat(count()).isEqualTo(before);

        JsonNode registered = body(call(HttpMethod.POST, "/api/directives", "admin", registration("23/CĐ-TTg", "03433", DEADLINE)));
        String id = registered.get("id").asText();
        // this directive's task: other tests of the class leave the township's clerk tasks of their own
        String ack = body(call(HttpMethod.GET, "/engine-rest/task?taskDefinitionKey=user_acknowledge&processInstanceId="
                + registered.get("processInstanceId").asText(), "vanthu.03433", null)).get(0).get("id").asText();
        String complete = "/engine-rest/task/" + ack + "/complete";
        for (String accepted : new String[] {"{\"value\": \"perhaps\"}", "{\"value\": 1}", "{\"type\": \"Json\", \"value\": \"[]\"}",
                "{\"type\": \"Object\", \"value\": \"x\"}"}) {
            assertLimit(call(HttpMethod.POST, complete, "vanthu.03433", "{\"variables\": {\"accepted\": " + accepted + "}}"),
                    400, "invalid-variable", "'accepted'", "true or false");
        }
        assertLimit(call(HttpMethod.POST, complete, "vanthu.03433",
                "{\"variables\": {\"accepted\": {\"value\": false}, \"refusalReason\": {\"value\": 42}}}"),
                400, "invalid-variable", "'refusalReason'", "String");
        assertLimit(call(HttpMethod.POST, complete, "vanthu.03433",
                "{\"variables\": {\"accepted\": {\"value\": false}, \"refusalReason\": {\"value\": \"" + "r".repeat(2001) + "\"}}}"),
                422, "value-too-long", "(refusalReason)", "2.000");
        assertLimit(call(HttpMethod.POST, complete, "vanthu.03433",
                "{\"variables\": {\"accepted\": {\"value\": true}, \"hasSubordinates\": {\"value\": \"x\"}}}"),
                400, "unknown-variable", "'hasSubordinates'", "accepted");
        assertThat(obligations.find(id, "03433").orElseThrow().status()).isEqualTo(UnitStatus.RECEIVED);

        // "true" as a String, as Json or untyped is the Boolean true when the engine sees it
        assertThat(call(HttpMethod.POST, complete, "vanthu.03433",
                "{\"variables\": {\"accepted\": {\"type\": \"Json\", \"value\": \"true\"}}}").getStatusCode().value()).isEqualTo(204);
        assertThat(obligations.find(id, "03433").orElseThrow().status()).isEqualTo(UnitStatus.ACKNOWLEDGED);

        // the report: an Integer is no summary, and the task stays open
        String report = body(call(HttpMethod.GET, "/engine-rest/task?taskDefinitionKey=user_report&processInstanceId="
                + registered.get("processInstanceId").asText(), "chuyenvien.03433", null)).get(0).get("id").asText();
        assertLimit(call(HttpMethod.POST, "/engine-rest/task/" + report + "/complete", "chuyenvien.03433",
                "{\"variables\": {\"reportSummary\": {\"value\": 5}}}"), 400, "invalid-variable", "'reportSummary'", "String");
        assertLimit(call(HttpMethod.POST, "/engine-rest/task/" + report + "/submit-form", "chuyenvien.03433",
                "{\"variables\": {\"reportSummary\": {\"type\": \"Integer\", \"value\": \"5\"}}}"), 400, "invalid-variable", "'reportSummary'", "String");
        assertThat(body(call(HttpMethod.GET, "/engine-rest/task/" + report, "chuyenvien.03433", null)).get("id").asText()).isEqualTo(report);
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_INCIDENT", Integer.class)).isZero();
    }

    @Test
    void aTaskTextLongerThanASubordinatesFormHoldsIsRefusedAtAssignment() throws Exception {
        body(call(HttpMethod.POST, "/api/directives", "admin", registration("24/CĐ-TTg", "106", DEADLINE)));
        completeOnly("vanthu.106", "user_acknowledge", "{\"accepted\": {\"value\": true}}");
        String commune = units.children("106").stream().filter(u -> u.kind() == vn.directive.unit.UnitKind.COMMUNE)
                .findFirst().orElseThrow().code();
        JsonNode tasks = body(call(HttpMethod.GET, "/engine-rest/task?taskDefinitionKey=user_assign", "lanhdao.106", null));
        String assign = tasks.get(0).get("id").asText();
        String longTask = json.writeValueAsString(json.writeValueAsString(java.util.List.of(java.util.Map.of("unitCode", commune,
                "role", "CHU_TRI", "task", "t".repeat(30_000), "reportDeadline", DEADLINE))));
        assertLimit(call(HttpMethod.POST, "/engine-rest/task/" + assign + "/complete", "lanhdao.106",
                "{\"variables\": {\"assignments\": {\"type\": \"Json\", \"value\": " + longTask + "}}}"),
                422, "value-too-long", "assignments[0].task", "4000");
        assertLimit(call(HttpMethod.POST, "/engine-rest/task/" + assign + "/complete", "lanhdao.106",
                "{\"variables\": {\"chuTri\": {\"type\": \"Json\", \"value\": \"[\\\"" + commune + "\\\"]\"}, "
                        + "\"commonTask\": {\"value\": \"" + "c".repeat(4001) + "\"}, \"subordinateDeadline\": {\"value\": \"" + DEADLINE + "\"}}}"),
                422, "value-too-long", "(commonTask)", "4.000");
        assertThat(body(call(HttpMethod.GET, "/engine-rest/task/" + assign, "lanhdao.106", null)).get("id").asText()).isEqualTo(assign);
    }

    private void assertLimit(ResponseEntity<String> response, int status, String error, String field, String limit) throws Exception {
        assertError(response, status, error);
        assertThat(body(response).get("message").asText()).contains(field).contains(limit);
    }

    @Test
    void clerkRegistersAPastedDirectiveThroughTheStartForm() throws Exception {
        // seed 001: Mường Tè's draft, received by Xã Thu Lũm, longer than the engine's 4,000-character text column
        String text = new org.springframework.core.io.ClassPathResource("seeds/001_c4338ab285b75807.txt")
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text.length()).isGreaterThan(4000);
        String form = json.writeValueAsString(java.util.Map.of("variables", java.util.Map.of(
                "text", java.util.Map.of("value", text, "type", "String"),
                "reportDeadline", java.util.Map.of("value", DEADLINE, "type", "String"))));
        String path = "/engine-rest/process-definition/key/" + RegistrationProcess.KEY + "/submit-form";

        int before = count();
        assertError(call(HttpMethod.POST, path, "vanthu.03436",
                "{\"variables\": {\"text\": {\"value\": \"Xin chào\"}, \"reportDeadline\": {\"value\": \"" + DEADLINE + "\"}}}"),
                422, "no-directive");
        assertThat(count()).isEqualTo(before);

        assertThat(call(HttpMethod.POST, path, "vanthu.03436", form).getStatusCode().value()).isEqualTo(200);
        JsonNode acknowledge = body(call(HttpMethod.GET, "/engine-rest/task?taskDefinitionKey=user_acknowledge", "vanthu.03436", null));
        assertThat(acknowledge).hasSize(1);
        String directiveId = jdbc.queryForObject("select id from directive where recipient_code = '03436' and symbol = 'UBND-TH'", String.class);
        assertThat(jdbc.queryForObject("select full_text from directive where id = ?", String.class, directiveId)).isEqualTo(text);
    }

    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired org.camunda.bpm.engine.ManagementService management;
    @Autowired vn.directive.unit.UnitRegistry units;

    @Test
    void onlyTheUnitsADirectiveReachedReadItEachItsOwnSubtree() throws Exception {
        // Sìn Hồ district (Lai Châu) assigns two of its communes
        java.util.List<String> communes = units.children("108").stream()
                .filter(u -> u.kind() == vn.directive.unit.UnitKind.COMMUNE).limit(3).map(vn.directive.unit.Unit::code).toList();
        String reached = communes.get(0);
        String sibling = communes.get(1);
        String notAssigned = communes.get(2);
        String id = body(call(HttpMethod.POST, "/api/directives", "vanthu.108", registration("7/CĐ-TTg", "108", DEADLINE)))
                .get("id").asText();
        completeOnly("vanthu.108", "user_acknowledge", "{\"accepted\": {\"value\": true}}");
        completeOnly("lanhdao.108", "user_assign", "{\"assignments\": {\"type\": \"Json\", \"value\": \"["
                + assignment(reached) + "," + assignment(sibling) + "]\"}}");
        completeOnly("vanthu.108", "user_issue_document", "{\"implementingNumber\": {\"value\": \"7/UBND-VX\"}, "
                + "\"implementingDate\": {\"value\": \"" + LocalDate.now().minusDays(1) + "\"}}");
        vn.directive.cascade.CascadeTestSupport.executeJobs(management);

        // the recipient and the administrator see every unit the directive reached
        assertThat(body(call(HttpMethod.GET, "/api/directives/" + id + "/units", "lanhdao.108", null)).findValuesAsText("unitCode"))
                .containsExactlyInAnyOrder("108", reached, sibling);
        assertThat(body(call(HttpMethod.GET, "/api/directives/" + id + "/units", "admin", null))).hasSize(3);
        // a commune it reached reads the directive and its own row only
        assertThat(call(HttpMethod.GET, "/api/directives/" + id, "vanthu." + reached, null).getStatusCode().value()).isEqualTo(200);
        assertThat(body(call(HttpMethod.GET, "/api/directives/" + id + "/units", "chuyenvien." + reached, null))
                .findValuesAsText("unitCode")).containsExactly(reached);

        // a commune clerk of another province, a commune of the same district it did not reach, the province
        // above it (not a recipient): as if it did not exist
        String otherProvince = units.subtree("11").stream().filter(u -> u.kind() == vn.directive.unit.UnitKind.COMMUNE)
                .findFirst().orElseThrow().code();
        for (String user : java.util.List.of("vanthu." + otherProvince, "vanthu." + notAssigned, "lanhdao.12")) {
            for (String path : java.util.List.of("/api/directives/" + id, "/api/directives/" + id + "/units")) {
                ResponseEntity<String> refused = call(HttpMethod.GET, path, user, null);
                assertError(refused, 404, "unknown-directive");
                assertThat(refused.getHeaders().getContentType().toString()).contains("json");
                assertThat(refused.getBody()).doesNotContain("7/CĐ-TTg");
            }
        }
        assertThat(body(call(HttpMethod.GET, "/api/directives/" + id + "/units", "vanthu." + otherProvince, null)).toString())
                .isEqualTo(body(call(HttpMethod.GET, "/api/directives/nope/units", "vanthu." + otherProvince, null)).toString()
                        .replace("nope", id));
    }

    private static String assignment(String unitCode) {
        return "{\\\"unitCode\\\":\\\"" + unitCode + "\\\",\\\"role\\\":\\\"CHU_TRI\\\",\\\"task\\\":\\\"x\\\","
                + "\\\"reportDeadline\\\":\\\"" + DEADLINE + "\\\"}";
    }

    /** Completes the user's single open task of that kind over REST. */
    private void completeOnly(String user, String taskKey, String variables) throws Exception {
        vn.directive.cascade.CascadeTestSupport.executeJobs(management);
        JsonNode tasks = body(call(HttpMethod.GET, "/engine-rest/task?taskDefinitionKey=" + taskKey, user, null));
        assertThat(tasks).as(user + " " + taskKey).hasSize(1);
        ResponseEntity<String> done = call(HttpMethod.POST, "/engine-rest/task/" + tasks.get(0).get("id").asText()
                + "/complete", user, "{\"variables\": " + variables + "}");
        assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from directive", Integer.class)
                + jdbc.queryForObject("select count(*) from directive_unit", Integer.class);
    }

    /** @return the message, for a person to read */
    private String assertError(ResponseEntity<String> response, int status, String error) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        JsonNode b = body(response);
        assertThat(b.get("error").asText()).isEqualTo(error);
        assertThat(b.get("message").asText()).isNotBlank();
        return b.get("message").asText();
    }
}
