package vn.directive.cascade;

import static vn.directive.cascade.RestVariables.bool;
import static vn.directive.cascade.RestVariables.jsonList;
import static vn.directive.cascade.RestVariables.row;
import static vn.directive.cascade.RestVariables.str;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.directive.platform.PostgresTest;

/**
 * Seed 004 (Lai Châu implementing 1168/CĐ-BYT) carried from the province to its communes and back,
 * through the REST APIs only, each step as a demo user of the unit concerned, with the job executor on,
 * on the embedded PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=true", "directive.demo=true"})
@PostgresTest
class Seed004CascadeIT {

    private static final String DEADLINE = LocalDate.now().plusDays(30).toString();
    private static final String COMMUNE_DEADLINE = LocalDate.now().plusDays(20).toString();

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;

    private String businessKey;

    @Test
    void lawChauCarriesTheHealthTelegramDownThreeLevelsAndBack() throws Exception {
        String text = new ClassPathResource("seeds/004_ecdc4a5bdf9be6bc.txt").getContentAsString(StandardCharsets.UTF_8);

        // the province's clerk reads the text into a draft, resolving addressees in Lai Châu
        JsonNode draft = call("vanthu.12", HttpMethod.POST, "/api/directives/parse?issuer=12", text, MediaType.TEXT_PLAIN, 200);
        assertThat(draft.get("symbol").asText()).isEqualTo("UBND-VX");
        ObjectNode registration = json.createObjectNode();
        registration.set("directive", draft);
        registration.put("recipient", "12");
        registration.put("reportDeadline", DEADLINE);
        registration.put("text", text);
        JsonNode registered = call("vanthu.12", HttpMethod.POST, "/api/directives", registration.toString(),
                MediaType.APPLICATION_JSON, 201);
        String id = registered.get("id").asText();
        // other integration tests on the same database leave these users tasks of their own directives
        businessKey = registered.get("businessKey").asText();

        complete("vanthu.12", "user_acknowledge", Map.of("accepted", bool(true)));
        String assign = taskId("lanhdao.12", "user_assign");
        String prefilled = call("lanhdao.12", HttpMethod.GET, "/engine-rest/task/" + assign
                + "/variables/assignments?deserializeValue=false", null, MediaType.APPLICATION_JSON, 200).get("value").asText();
        assertThat(prefilled).as("assignments pre-filled from the parsed directive: all six tasks to Sở Y tế, in one row")
                .containsOnlyOnce("\"unitCode\":\"12-SYT\"").contains("1. Rà soát", "6. Tăng cường");
        complete("lanhdao.12", "user_assign", Map.of("assignments", jsonList(
                row("12-SYT", "CHU_TRI", "Chủ trì rà soát phương án thu dung điều trị", DEADLINE),
                row("107", "PHOI_HOP", "Tổ chức tiêm chủng trên địa bàn huyện", DEADLINE),
                row("105", "DE_BIET", "", DEADLINE))));
        complete("vanthu.12", "user_issue_document", Map.of("implementingNumber", str("2345/UBND-VX"),
                "implementingDate", str(LocalDate.now().toString())));

        // the department of health: a unit with no subordinates acknowledges and reports
        complete("vanthu.12-syt", "user_acknowledge", Map.of("accepted", bool(true)));
        complete("chuyenvien.12-syt", "user_report", Map.of("reportSummary", str("Đã xây dựng phương án 3 tầng")));
        // the city is only informed
        complete("vanthu.105", "user_acknowledge", Map.of("accepted", bool(true)));

        // Mường Tè district passes it on to two communes
        complete("vanthu.107", "user_acknowledge", Map.of("accepted", bool(true)));
        complete("lanhdao.107", "user_assign", Map.of("assignments", jsonList(
                row("03433", "CHU_TRI", "Tổ chức điểm tiêm tại thị trấn", COMMUNE_DEADLINE),
                row("03436", "PHOI_HOP", "Vận động người dân đi tiêm", COMMUNE_DEADLINE))));
        complete("vanthu.107", "user_issue_document", Map.of("implementingNumber", str("512/UBND-VX"),
                "implementingDate", str(LocalDate.now().toString())));
        complete("vanthu.03433", "user_acknowledge", Map.of("accepted", bool(true)));
        complete("chuyenvien.03433", "user_report", Map.of("reportSummary", str("Đã tiêm 1.200 mũi")));
        complete("vanthu.03436", "user_acknowledge", Map.of("accepted", bool(false),
                "refusalReason", str("Đã sáp nhập vào thị trấn, đề nghị gửi đơn vị mới")));

        String districtReport = taskId("chuyenvien.107", "user_report");
        assertThat(call("chuyenvien.107", HttpMethod.GET, "/engine-rest/task/" + districtReport + "/variables/subordinateReports",
                null, MediaType.APPLICATION_JSON, 200).get("value").asText()).contains("Đã tiêm 1.200 mũi", "Từ chối");
        complete("chuyenvien.107", "user_report", Map.of("reportSummary", str("Huyện đã triển khai tại 2 xã")));
        complete("chuyenvien.12", "user_report", Map.of("reportSummary", str("Tỉnh đã hoàn thành")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                call("admin", HttpMethod.GET, "/api/directives/" + id, null, MediaType.APPLICATION_JSON, 200)
                        .get("status").asText()).isEqualTo("06"));
        Map<String, String> statuses = new HashMap<>();
        for (JsonNode unit : call("admin", HttpMethod.GET, "/api/directives/" + id + "/units", null, MediaType.APPLICATION_JSON, 200)) {
            statuses.put(unit.get("unitCode").asText(), unit.get("status").asText());
            assertThat(unit.get("overdue").asBoolean()).isFalse();
        }
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(
                "12", "06", "12-SYT", "06", "105", "03", "107", "06", "03433", "06", "03436", "02"));

        JsonNode compliance = call("admin", HttpMethod.GET, "/api/reports/compliance?directive=" + id, null, MediaType.APPLICATION_JSON, 200);
        assertThat(compliance.get("onTime").asInt()).isEqualTo(4);
        assertThat(compliance.get("late").asInt()).isZero();
        assertThat(compliance.get("inProgress").asInt()).isZero();
        assertThat(compliance.get("overdue").asInt()).isZero();

        // the audit trail (CONTRACT section 8, History), kept after every instance has ended: who did what, per unit
        assertThat(history(id, "107")).containsExactly("ACKNOWLEDGE vanthu.107 Tiếp nhận", "ASSIGN lanhdao.107 Phân công",
                "ISSUE vanthu.107 Ban hành văn bản triển khai", "REPORT chuyenvien.107 Báo cáo");
        assertThat(history(id, "03436")).containsExactly("REFUSE vanthu.03436 Từ chối tiếp nhận");
        JsonNode refusal = call("lanhdao.107", HttpMethod.GET, "/api/directives/" + id + "/units/03436/history", null,
                MediaType.APPLICATION_JSON, 200).get(0);
        assertThat(refusal.get("details").get("refusalReason").asText()).isEqualTo("Đã sáp nhập vào thị trấn, đề nghị gửi đơn vị mới");
        assertThat(refusal.get("userName").asText()).isEqualTo("Văn thư Xã Thu Lũm");
        JsonNode issued = call("admin", HttpMethod.GET, "/api/directives/" + id + "/units/12/history", null,
                MediaType.APPLICATION_JSON, 200).get(2).get("details");
        assertThat(issued.get("implementingNumber").asText()).isEqualTo("2345/UBND-VX");
        call("vanthu.105", HttpMethod.GET, "/api/directives/" + id + "/units/107/history", null, MediaType.APPLICATION_JSON, 404);
    }

    /** "ACTION userId actionText" for each step of the unit's history, as the administrator reads it. */
    private java.util.List<String> history(String id, String unit) throws Exception {
        java.util.List<String> steps = new java.util.ArrayList<>();
        for (JsonNode step : call("admin", HttpMethod.GET, "/api/directives/" + id + "/units/" + unit + "/history", null,
                MediaType.APPLICATION_JSON, 200)) {
            steps.add(step.get("action").asText() + " " + step.get("userId").asText() + " " + step.get("actionText").asText());
        }
        return steps;
    }





    /** The user's one open task of that kind, once the job executor has brought it. */
    private String taskId(String user, String key) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode tasks = call(user, HttpMethod.GET, "/engine-rest/task?taskDefinitionKey=" + key
                    + "&processInstanceBusinessKey=" + businessKey, null, MediaType.APPLICATION_JSON, 200);
            assertThat(tasks).as(user + " has a " + key + " task").hasSize(1);
            id[0] = tasks.get(0).get("id").asText();
        });
        return id[0];
    }

    private void complete(String user, String key, Map<String, Object> variables) throws Exception {
        String id = taskId(user, key);
        call(user, HttpMethod.POST, "/engine-rest/task/" + id + "/complete",
                json.writeValueAsString(Map.of("variables", variables)), MediaType.APPLICATION_JSON, 204);
    }

    private JsonNode call(String user, HttpMethod method, String path, String body, MediaType type, int expected) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user.equals("admin") ? "admin-secret" : "demo");
        headers.setContentType(type);
        headers.setAcceptCharset(java.util.List.of(StandardCharsets.UTF_8));
        ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
        assertThat(response.getStatusCode().value()).as(method + " " + path + " as " + user + ": " + response.getBody())
                .isEqualTo(expected);
        return response.getBody() == null ? json.nullNode() : json.readTree(response.getBody());
    }
}
