package vn.directive.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.directive.calendar.VietnameseDates;
import vn.directive.calendar.WorkingDays;
import vn.directive.history.UnitHistory;
import vn.directive.platform.Api;

/**
 * Extension requests (CONTRACT section 8) over HTTP only, each step as a demo user of the unit concerned: Mường Tè
 * district (107, the recipient) assigns Thị trấn Mường Tè (03433), whose leader asks for more time over REST and from
 * Tasklist's start form; the district's leader decides over /engine-rest as Tasklist submits it. Run on the embedded
 * H2 ({@link ExtensionRequestApiTest}) and on the embedded PostgreSQL ({@link ExtensionRequestPostgresIT}).
 */
abstract class ExtensionRequestScenario {

    static final String DISTRICT = "107";
    static final String COMMUNE = "03433";
    static final LocalDate TODAY = LocalDate.now(WorkingDays.ZONE);
    static final LocalDate DISTRICT_DEADLINE = TODAY.plusDays(30);
    static final LocalDate COMMUNE_DEADLINE = TODAY.plusDays(20);

    @Autowired TestRestTemplate http;
    @Autowired UnitHistory history;
    final ObjectMapper json = new ObjectMapper();
    Api api;

    /** A directive at work: its id, business key, and the number of the district's implementing document. */
    record Work(String id, String businessKey, String implementingNumber) {
    }

    Work communeAtWork() throws Exception {
        api = new Api(http);
        int n = ThreadLocalRandom.current().nextInt(10_000, 99_999);
        JsonNode created = api.expect(201, api.as("vanthu." + DISTRICT, HttpMethod.POST, "/api/directives",
                Api.registration(n + "/CĐ-BYT", DISTRICT, DISTRICT_DEADLINE.toString())));
        Work w = new Work(created.get("id").asText(), created.get("businessKey").asText(), n + "/UBND-VX");
        complete(w, "vanthu." + DISTRICT, "user_acknowledge", Map.of("accepted", bool(true)));
        complete(w, "lanhdao." + DISTRICT, "user_assign", Map.of("assignments", Map.of("type", "Json", "value",
                "[{\"unitCode\":\"" + COMMUNE + "\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức điểm tiêm\",\"reportDeadline\":\""
                        + COMMUNE_DEADLINE + "\"}]")));
        complete(w, "vanthu." + DISTRICT, "user_issue_document", Map.of("implementingNumber", str(w.implementingNumber()),
                "implementingDate", str(TODAY.toString())));
        complete(w, "vanthu." + COMMUNE, "user_acknowledge", Map.of("accepted", bool(true)));
        taskId(w, "chuyenvien." + COMMUNE, "user_report");
        return w;
    }

    @Test
    void aCommuneAsksTheDistrictDecidesAndTheCommuneSeesTheAnswer() throws Exception {
        Work w = communeAtWork();
        String path = "/api/directives/" + w.id() + "/units/" + COMMUNE + "/extension-requests";
        LocalDate asked = COMMUNE_DEADLINE.plusDays(5);

        // refused calls: who may not ask, what may not be asked; none of them changes anything
        api.expectError(403, "forbidden", ask("chuyenvien." + COMMUNE, path, asked.toString(), "Mưa lũ"));
        api.expectError(403, "forbidden", ask("lanhdao." + DISTRICT, path, asked.toString(), "Mưa lũ"));
        api.expectError(404, "unknown-directive", ask("lanhdao.105", path, asked.toString(), "Mưa lũ"));
        api.expectError(404, "unknown-directive", ask("admin", "/api/directives/nope/units/" + COMMUNE
                + "/extension-requests", asked.toString(), "Mưa lũ"));
        api.expectError(404, "unknown-unit", ask("admin", "/api/directives/" + w.id() + "/units/03436/extension-requests",
                asked.toString(), "Mưa lũ"));
        JsonNode notLater = api.expectError(422, "deadline-not-later", ask("lanhdao." + COMMUNE, path,
                COMMUNE_DEADLINE.toString(), "Mưa lũ"));
        assertThat(notLater.get("message").asText()).isEqualTo("Hạn mới (newDeadline) " + VietnameseDates.day(COMMUNE_DEADLINE)
                + " không sau hạn báo cáo hiện tại của đơn vị (" + VietnameseDates.day(COMMUNE_DEADLINE) + ")");
        assertThat(api.expectError(422, "missing-reason", ask("lanhdao." + COMMUNE, path, asked.toString(), " "))
                .get("message").asText()).isEqualTo("Chưa nhập Lý do (reason) xin gia hạn");
        api.expectError(400, "missing-field", ask("lanhdao." + COMMUNE, path, null, "Mưa lũ"));
        api.expectError(400, "invalid-variable", ask("lanhdao." + COMMUNE, path, "20/12/2026", "Mưa lũ"));
        api.expectError(400, "missing-body", api.as("lanhdao." + COMMUNE, HttpMethod.POST, path, null));
        api.expectError(400, "invalid-field", api.as("lanhdao." + COMMUNE, HttpMethod.POST, path,
                "{\"newDeadline\": \"" + asked + "\", \"reason\": 5}"));
        // the district received the directive itself: nobody in the system above it extends the ministry's deadline
        assertThat(api.expectError(422, "no-assigning-unit", ask("lanhdao." + DISTRICT, "/api/directives/" + w.id()
                + "/units/" + DISTRICT + "/extension-requests", DISTRICT_DEADLINE.plusDays(3).toString(), "Mưa lũ"))
                .get("message").asText()).contains("không có đơn vị giao việc");
        assertThat(api.expect(200, api.as("lanhdao." + COMMUNE, HttpMethod.GET, path, null))).isEmpty();
        assertThat(instances(w)).isZero();
        assertThat(unitRow(w, "lanhdao." + DISTRICT, COMMUNE).get("extensionRequest").isNull()).isTrue();
        assertThat(history.of(w.id(), COMMUNE)).extracting(UnitHistory.Entry::action).doesNotContain("EXTENSION_REQUEST");
        assertThat(unitRow(w, "admin", COMMUNE).get("reportDeadline").asText()).isEqualTo(COMMUNE_DEADLINE.toString());

        // the commune's leader asks
        JsonNode request = api.expect(201, ask("lanhdao." + COMMUNE, path, asked.toString(), "Mưa lũ chia cắt hai bản"));
        assertThat(request.get("id").asText()).isNotBlank();
        assertThat(request.get("status").asText()).isEqualTo("OPEN");
        assertThat(request.get("requestedDeadline").asText()).isEqualTo(asked.toString());
        assertThat(request.get("requestedBy").asText()).isEqualTo("lanhdao." + COMMUNE);
        api.expectError(409, "extension-request-open", ask("lanhdao." + COMMUNE, path, asked.plusDays(1).toString(), "Lần nữa"));
        assertThat(instances(w)).isEqualTo(1);
        JsonNode row = unitRow(w, "lanhdao." + DISTRICT, COMMUNE);
        assertThat(row.get("extensionRequest").get("status").asText()).isEqualTo("OPEN");
        assertThat(row.get("extensionRequest").get("requestedDeadline").asText()).isEqualTo(asked.toString());

        // the district's leader decides in Xét đề nghị gia hạn; a date after the district's own deadline is refused
        String decide = taskId(w, "lanhdao." + DISTRICT, "user_decide_extension");
        assertThat(api.expect(200, api.as("lanhdao." + DISTRICT, HttpMethod.GET, "/engine-rest/task/" + decide
                + "/variables/newDeadline", null)).get("value").asText()).isEqualTo(asked.toString());
        api.expectError(422, "deadline-after-own", api.as("lanhdao." + DISTRICT, HttpMethod.POST, "/engine-rest/task/"
                + decide + "/submit-form", body(Map.of("approved", str("true"), "newDeadline", str(DISTRICT_DEADLINE.plusDays(1).toString())))));
        api.expectError(422, "refusal-without-reason", api.as("lanhdao." + DISTRICT, HttpMethod.POST, "/engine-rest/task/"
                + decide + "/submit-form", body(Map.of("approved", str("false")))));
        api.expectError(400, "unknown-variable", api.as("lanhdao." + DISTRICT, HttpMethod.POST, "/engine-rest/task/"
                + decide + "/submit-form", body(Map.of("approved", str("true"), "note", str("x")))));
        api.expectError(404, "unknown-task", api.as("lanhdao." + COMMUNE, HttpMethod.POST, "/engine-rest/task/"
                + decide + "/submit-form", body(Map.of("approved", str("true")))));
        assertThat(unitRow(w, "admin", COMMUNE).get("reportDeadline").asText()).isEqualTo(COMMUNE_DEADLINE.toString());
        LocalDate granted = asked.minusDays(1);
        api.expect(204, api.as("lanhdao." + DISTRICT, HttpMethod.POST, "/engine-rest/task/" + decide + "/submit-form",
                body(Map.of("approved", str("true"), "newDeadline", str(granted.toString()), "reason", str("Đồng ý, trừ một ngày")))));

        row = unitRow(w, "lanhdao." + COMMUNE, COMMUNE);
        assertThat(row.get("reportDeadline").asText()).isEqualTo(granted.toString());
        assertThat(row.get("extensionRequest").get("status").asText()).isEqualTo("APPROVED");
        assertThat(row.get("extensionRequest").get("decidedDeadline").asText()).isEqualTo(granted.toString());
        String report = taskId(w, "chuyenvien." + COMMUNE, "user_report");
        assertThat(api.expect(200, api.as("chuyenvien." + COMMUNE, HttpMethod.GET, "/engine-rest/task/" + report
                + "/localVariables/taskDue", null)).get("value").asText()).endsWith(VietnameseDates.day(granted));

        // the commune's leader sees the answer, and completes it with nothing
        String answer = taskId(w, "lanhdao." + COMMUNE, "user_receive_extension_answer");
        assertThat(api.expect(200, api.as("lanhdao." + COMMUNE, HttpMethod.GET, "/engine-rest/task/" + answer
                + "/variables/answerText", null)).get("value").asText()).contains("đồng ý gia hạn", VietnameseDates.day(granted),
                "Đồng ý, trừ một ngày");
        api.expectError(400, "unknown-variable", api.as("lanhdao." + COMMUNE, HttpMethod.POST, "/engine-rest/task/"
                + answer + "/submit-form", body(Map.of("approved", str("true")))));
        api.expect(204, api.as("lanhdao." + COMMUNE, HttpMethod.POST, "/engine-rest/task/" + answer + "/submit-form", body(Map.of())));
        assertThat(instances(w)).isZero();

        List<UnitHistory.Entry> steps = history.of(w.id(), COMMUNE);
        assertThat(steps).extracting(UnitHistory.Entry::action).contains("EXTENSION_REQUEST", "EXTENSION_DECISION");
        UnitHistory.Entry decision = steps.stream().filter(e -> e.action().equals("EXTENSION_DECISION")).findFirst().orElseThrow();
        assertThat(decision.userId()).isEqualTo("lanhdao." + DISTRICT);
        assertThat(decision.details()).containsEntry("approved", true).containsEntry("deadline", granted.toString());
        JsonNode trail = api.expect(200, api.as("lanhdao." + COMMUNE, HttpMethod.GET, "/api/directives/" + w.id() + "/units/"
                + COMMUNE + "/history", null));
        assertThat(trail.findValuesAsText("actionText")).contains("Xin gia hạn", "Xét đề nghị gia hạn");
        JsonNode list = api.expect(200, api.as("lanhdao." + COMMUNE, HttpMethod.GET, path, null));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("decidedBy").asText()).isEqualTo("lanhdao." + DISTRICT);
    }

    /** Tasklist's start form of extension_request: the document by its number, the unit the user leads. */
    @Test
    void aLeaderAsksFromTasklistsStartFormAndIsRefused() throws Exception {
        Work w = communeAtWork();
        String start = "/engine-rest/process-definition/key/extension_request/submit-form";
        LocalDate asked = COMMUNE_DEADLINE.plusDays(3);

        api.expectError(403, "forbidden", api.as("vanthu." + COMMUNE, HttpMethod.POST, start, body(Map.of(
                "documentNumber", str(w.implementingNumber()), "newDeadline", str(asked.toString()), "reason", str("Thiếu người")))));
        assertThat(api.expectError(422, "unknown-document", api.as("lanhdao." + COMMUNE, HttpMethod.POST, start, body(Map.of(
                "documentNumber", str("1/KHONG-CO"), "newDeadline", str(asked.toString()), "reason", str("Thiếu người")))))
                .get("message").asText()).contains("Số, ký hiệu văn bản (documentNumber)");
        api.expectError(422, "deadline-not-later", api.as("lanhdao." + COMMUNE, HttpMethod.POST, start, body(Map.of(
                "documentNumber", str(w.implementingNumber()), "newDeadline", str(COMMUNE_DEADLINE.toString()), "reason", str("Thiếu người")))));
        api.expectError(400, "unknown-variable", api.as("lanhdao." + COMMUNE, HttpMethod.POST, start, body(Map.of(
                "documentNumber", str(w.implementingNumber()), "directiveId", str(w.id()), "newDeadline", str(asked.toString()),
                "reason", str("Thiếu người")))));
        assertThat(instances(w)).isZero();

        // the number as the task list shows it, spaces and case aside
        api.expect(200, api.as("lanhdao." + COMMUNE, HttpMethod.POST, start, body(Map.of(
                "documentNumber", str(" " + w.implementingNumber().toLowerCase() + " "), "newDeadline", str(asked.toString()),
                "reason", str("Thiếu người")))));
        assertThat(instances(w)).isEqualTo(1);
        api.expectError(409, "extension-request-open", api.as("lanhdao." + COMMUNE, HttpMethod.POST, start, body(Map.of(
                "documentNumber", str(w.implementingNumber()), "newDeadline", str(asked.toString()), "reason", str("Thiếu người")))));

        String decide = taskId(w, "lanhdao." + DISTRICT, "user_decide_extension");
        api.expect(204, api.as("lanhdao." + DISTRICT, HttpMethod.POST, "/engine-rest/task/" + decide + "/submit-form",
                body(Map.of("approved", str("false"), "reason", str("Hạn của huyện không lùi được")))));
        JsonNode row = unitRow(w, "lanhdao." + COMMUNE, COMMUNE);
        assertThat(row.get("reportDeadline").asText()).isEqualTo(COMMUNE_DEADLINE.toString());
        assertThat(row.get("extensionRequest").get("status").asText()).isEqualTo("REFUSED");
        String answer = taskId(w, "lanhdao." + COMMUNE, "user_receive_extension_answer");
        assertThat(api.expect(200, api.as("lanhdao." + COMMUNE, HttpMethod.GET, "/engine-rest/task/" + answer
                + "/variables/answerText", null)).get("value").asText()).contains("không đồng ý", "Hạn của huyện không lùi được");

        // once the commune has reported there is no deadline left to extend
        complete(w, "chuyenvien." + COMMUNE, "user_report", Map.of("reportSummary", str("Đã tiêm xong")));
        await().atMost(Duration.ofSeconds(30)).until(() -> unitRow(w, "admin", COMMUNE).get("status").asText().equals("06"));
        api.expectError(409, "obligation-ended", ask("lanhdao." + COMMUNE, "/api/directives/" + w.id() + "/units/" + COMMUNE
                + "/extension-requests", asked.toString(), "Thiếu người"));
    }

    JsonNode unitRow(Work w, String user, String unit) {
        for (JsonNode row : api.expect(200, api.as(user, HttpMethod.GET, "/api/directives/" + w.id() + "/units", null))) {
            if (row.get("unitCode").asText().equals(unit)) {
                return row;
            }
        }
        throw new AssertionError("no row of " + unit);
    }

    long instances(Work w) {
        return api.adminRead("/engine-rest/process-instance/count?processDefinitionKey=extension_request&businessKey="
                + w.businessKey()).get("count").asLong();
    }

    ResponseEntity<String> ask(String user, String path, String newDeadline, String reason) throws Exception {
        java.util.Map<String, Object> b = new java.util.HashMap<>();
        if (newDeadline != null) {
            b.put("newDeadline", newDeadline);
        }
        b.put("reason", reason);
        return api.as(user, HttpMethod.POST, path, json.writeValueAsString(b));
    }

    String body(Map<String, Object> variables) throws Exception {
        return json.writeValueAsString(Map.of("variables", variables));
    }

    /** The user's one open task of that kind under this directive, once the job executor has brought it. */
    String taskId(Work w, String user, String key) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode tasks = api.expect(200, api.as(user, HttpMethod.GET, "/engine-rest/task?taskDefinitionKey=" + key
                    + "&processInstanceBusinessKey=" + w.businessKey(), null));
            assertThat(tasks).as(user + " has a " + key + " task").hasSize(1);
            id[0] = tasks.get(0).get("id").asText();
        });
        return id[0];
    }

    void complete(Work w, String user, String key, Map<String, Object> variables) throws Exception {
        api.expect(204, api.as(user, HttpMethod.POST, "/engine-rest/task/" + taskId(w, user, key) + "/complete", body(variables)));
    }

    static Map<String, Object> bool(boolean b) {
        return Map.of("value", b, "type", "Boolean");
    }

    static Map<String, Object> str(String s) {
        return Map.of("value", s, "type", "String");
    }
}
