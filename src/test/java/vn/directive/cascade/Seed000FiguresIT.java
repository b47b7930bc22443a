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
 * Seed 000 (Điện Biên implementing 64/CĐ-TTg on the third dose for adults and the second for children aged
 * 12–17): the province asks for both figures once, Điện Biên Phủ city passes them on to three wards as its
 * form would (indicatorsText), the wards report their figures, and the city's and the province's totals are
 * the sums — through the REST APIs only, each step as a demo user of the unit, on the embedded PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=true", "directive.demo=true"})
@PostgresTest
class Seed000FiguresIT {

    private static final String DEADLINE = LocalDate.now().plusDays(30).toString();
    private static final String CITY_DEADLINE = LocalDate.now().plusDays(25).toString();
    private static final String WARD_DEADLINE = LocalDate.now().plusDays(20).toString();
    private static final String CITY = "094";                                  // Thành phố Điện Biên Phủ
    private static final String[] WARDS = {"03124", "03127", "03130"};        // Noong Bua, Him Lam, Thanh Bình

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;

    @Test
    void figuresAskedByTheProvinceComeBackFromThreeWardsSummedAtTheCityAndTheProvince() throws Exception {
        String text = new ClassPathResource("seeds/000_0ba823da548e48a4.txt").getContentAsString(StandardCharsets.UTF_8);
        JsonNode draft = call("vanthu.11", HttpMethod.POST, "/api/directives/parse?issuer=11", text, MediaType.TEXT_PLAIN, 200);
        ObjectNode registration = json.createObjectNode();
        registration.set("directive", draft);
        registration.put("recipient", "11");
        registration.put("reportDeadline", DEADLINE);
        registration.put("text", text);
        String id = call("vanthu.11", HttpMethod.POST, "/api/directives", registration.toString(), MediaType.APPLICATION_JSON, 201)
                .get("id").asText();

        // the province asks for the two figures of the telegram, as the REST contract takes them
        complete("vanthu.11", "user_acknowledge", Map.of("accepted", bool(true)));
        var indicators = json.createArrayNode();
        indicators.addObject().put("code", "mui3").put("name", "Số người từ 18 tuổi trở lên tiêm mũi 3").put("unit", "người");
        indicators.addObject().put("code", "mui2_tre").put("name", "Số trẻ từ 12 đến 17 tuổi tiêm mũi 2").put("unit", "trẻ");
        complete("lanhdao.11", "user_assign", Map.of(
                "assignments", jsonList(row(CITY, "CHU_TRI", "Tổ chức tiêm mũi 3 cho người lớn, mũi 2 cho trẻ 12-17 tuổi", CITY_DEADLINE)),
                "indicators", Map.of("type", "Json", "value", indicators.toString())));
        complete("vanthu.11", "user_issue_document", Map.of("implementingNumber", str("219/UBND-KGVX"),
                "implementingDate", str(LocalDate.now().toString())));

        // the city passes them on to three wards through its form's text, which keeps what the province asked
        complete("vanthu.094", "user_acknowledge", Map.of("accepted", bool(true)));
        String cityAssign = taskId("lanhdao.094", "user_assign");
        assertThat(variable("lanhdao.094", cityAssign, "indicatorsText")).contains("mui3; Số người từ 18 tuổi", "mui2_tre; ");
        complete("lanhdao.094", "user_assign", Map.of(
                "assignments", jsonList(row(WARDS[0], "CHU_TRI", "Tiêm tại phường", WARD_DEADLINE),
                        row(WARDS[1], "CHU_TRI", "Tiêm tại phường", WARD_DEADLINE),
                        row(WARDS[2], "CHU_TRI", "Tiêm tại phường", WARD_DEADLINE)),
                "indicatorsText", str("mui3; Số người từ 18 tuổi trở lên tiêm mũi 3; người\n")));
        complete("vanthu.094", "user_issue_document", Map.of("implementingNumber", str("45/UBND-VX"),
                "implementingDate", str(LocalDate.now().toString())));

        // Noong Bua reports through the form's text; a negative figure is refused, naming it, and the task stays open
        complete("vanthu.03124", "user_acknowledge", Map.of("accepted", bool(true)));
        String report = taskId("chuyenvien.03124", "user_report");
        assertThat(variable("chuyenvien.03124", report, "figuresText")).isEqualTo("mui3: \nmui2_tre: \n");
        JsonNode refused = call("chuyenvien.03124", HttpMethod.POST, "/engine-rest/task/" + report + "/complete",
                json.writeValueAsString(Map.of("variables", Map.of("reportSummary", str("Đã tiêm"),
                        "figuresText", str("mui3: 1.200\nmui2_tre: -5")))), MediaType.APPLICATION_JSON, 422);
        assertThat(refused.get("message").asText()).contains("Số liệu «Số trẻ từ 12 đến 17 tuổi tiêm mũi 2» (figures.mui2_tre) không được âm");
        JsonNode missing = call("chuyenvien.03124", HttpMethod.POST, "/engine-rest/task/" + report + "/complete",
                json.writeValueAsString(Map.of("variables", Map.of("reportSummary", str("Đã tiêm")))), MediaType.APPLICATION_JSON, 422);
        assertThat(missing.get("message").asText()).contains("Chưa nhập Số liệu «Số người từ 18 tuổi trở lên tiêm mũi 3» (figures.mui3)");
        assertThat(taskId("chuyenvien.03124", "user_report")).isEqualTo(report);
        complete("chuyenvien.03124", "user_report", Map.of("reportSummary", str("Đã tiêm"),
                "figuresText", str("mui3: 1.200\nmui2_tre: 85")));

        // Him Lam and Thanh Bình send the contract's figures object
        complete("vanthu.03127", "user_acknowledge", Map.of("accepted", bool(true)));
        JsonNode unknown = call("chuyenvien.03127", HttpMethod.POST, "/engine-rest/task/" + taskId("chuyenvien.03127", "user_report")
                + "/complete", json.writeValueAsString(Map.of("variables", Map.of("reportSummary", str("Đã tiêm"),
                        "figures", RestVariables.json("{\"mui3\": 950, \"mui2_tre\": 60, \"mui4\": 1}")))), MediaType.APPLICATION_JSON, 422);
        assertThat(unknown.get("message").asText()).contains("Mã số liệu 'mui4' (figures.mui4)");
        complete("chuyenvien.03127", "user_report", Map.of("reportSummary", str("Đã tiêm"),
                "figures", RestVariables.json("{\"mui3\": 950, \"mui2_tre\": 60}")));
        complete("vanthu.03130", "user_acknowledge", Map.of("accepted", bool(true)));
        complete("chuyenvien.03130", "user_report", Map.of("reportSummary", str("Đã tiêm"),
                "figures", RestVariables.json("{\"mui3\": 1430, \"mui2_tre\": 102}")));

        // the city sees the sums and reports them as they stand
        String cityReport = taskId("chuyenvien.094", "user_report");
        assertThat(variable("chuyenvien.094", cityReport, "figuresText")).isEqualTo("mui3: 3580\nmui2_tre: 247\n");
        assertThat(variable("chuyenvien.094", cityReport, "figuresSummary")).contains("tổng của 3/3 đơn vị cấp dưới đã báo cáo **3.580**");
        complete("chuyenvien.094", "user_report", Map.of("reportSummary", str("Thành phố đã tiêm xong")));
        String provinceReport = taskId("chuyenvien.11", "user_report");
        assertThat(variable("chuyenvien.11", provinceReport, "figuresText")).isEqualTo("mui3: 3580\nmui2_tre: 247\n");
        complete("chuyenvien.11", "user_report", Map.of("reportSummary", str("Tỉnh đã hoàn thành")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                call("admin", HttpMethod.GET, "/api/directives/" + id, null, MediaType.APPLICATION_JSON, 200)
                        .get("status").asText()).isEqualTo("06"));
        JsonNode table = call("lanhdao.11", HttpMethod.GET, "/api/directives/" + id + "/figures", null, MediaType.APPLICATION_JSON, 200);
        assertThat(table.get("indicators").findValuesAsText("code")).containsExactly("mui3", "mui2_tre");
        Map<String, JsonNode> byUnit = new java.util.HashMap<>();
        table.get("units").forEach(u -> byUnit.put(u.get("unitCode").asText(), u));
        assertThat(byUnit).containsOnlyKeys("11", CITY, WARDS[0], WARDS[1], WARDS[2]);
        assertThat(byUnit.get(WARDS[0]).get("figures").get("mui3").asLong()).isEqualTo(1200);
        assertThat(byUnit.get(CITY).get("parentCode").asText()).isEqualTo("11");
        assertThat(byUnit.get(CITY).get("figures").get("mui3").asLong()).isEqualTo(3580);
        assertThat(byUnit.get(CITY).get("subtree").get("mui3").asLong()).isEqualTo(3580);
        assertThat(byUnit.get(CITY).get("subtree").get("mui2_tre").asLong()).isEqualTo(247);
        assertThat(byUnit.get("11").get("figures").get("mui2_tre").asLong()).isEqualTo(247);
        assertThat(byUnit.get("11").get("subtree").get("mui3").asLong()).isEqualTo(3580);

        String csv = text("lanhdao.11", "/api/directives/" + id + "/figures?format=csv");
        assertThat(csv).contains("unitCode,unitName,parentCode,mui3,mui2_tre,mui3_subtree,mui2_tre_subtree",
                "094,Thành phố Điện Biên Phủ,11,3580,247,3580,247", "03124,Phường Noong Bua,094,1200,85,1200,85");

        // the province's report reached the Government Office, its (b/c) recipient in the registry, with the
        // figures; the telegram's other (b/c) names, in no registry, stay listed on the report
        JsonNode units = call("admin", HttpMethod.GET, "/api/directives/" + id + "/units", null, MediaType.APPLICATION_JSON, 200);
        JsonNode top = null;
        for (JsonNode u : units) {
            if (u.get("unitCode").asText().equals("11")) {
                top = u;
            }
        }
        assertThat(top.get("reportTo").findValuesAsText("name")).contains("Văn phòng Chính phủ", "Thường trực Tỉnh ủy");
        assertThat(top.get("reportTo").get(0).get("unitCode").asText()).isEqualTo("VPCP");
        String[] received = new String[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode found = call("admin", HttpMethod.GET, "/engine-rest/task?taskDefinitionKey=user_receive_report&candidateGroup=VPCP.clerks",
                    null, MediaType.APPLICATION_JSON, 200);
            assertThat(found).hasSize(1);
            received[0] = found.get(0).get("id").asText();
        });
        assertThat(variable("admin", received[0], "figuresReport")).contains("Số người từ 18 tuổi trở lên tiêm mũi 3: **3.580** người");
        assertThat(variable("admin", received[0], "reportSummary")).isEqualTo("Tỉnh đã hoàn thành");

        // a ward's officer reads its own row only, as with /units
        JsonNode own = call("chuyenvien.03127", HttpMethod.GET, "/api/directives/" + id + "/figures", null, MediaType.APPLICATION_JSON, 200);
        assertThat(own.get("units").findValuesAsText("unitCode")).containsExactly(WARDS[1]);
    }






    private String variable(String user, String taskId, String name) throws Exception {
        return call(user, HttpMethod.GET, "/engine-rest/task/" + taskId + "/variables/" + name, null,
                MediaType.APPLICATION_JSON, 200).get("value").asText();
    }

    /** The user's one open task of that kind, once the job executor has brought it. */
    private String taskId(String user, String key) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode tasks = call(user, HttpMethod.GET, "/engine-rest/task?taskDefinitionKey=" + key, null, MediaType.APPLICATION_JSON, 200);
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

    private String text(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        ResponseEntity<String> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(response.getStatusCode().value()).as(path + ": " + response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
        return response.getBody();
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
