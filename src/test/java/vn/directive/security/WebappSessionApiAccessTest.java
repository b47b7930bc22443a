package vn.directive.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The session of a user signed into Cockpit reads the application's API (what the Tuân thủ view
 * does), and writes nothing: a write with only the session cookie stays 401.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebappSessionApiAccessTest {

    @Autowired TestRestTemplate http;

    /** Signs into Cockpit the way its login page does; returns the cookies of the signed-in session. */
    private HttpHeaders signIntoCockpit(String user, String password) {
        return signIntoCockpit(user, password, 200);
    }

    private HttpHeaders signIntoCockpit(String user, String password, int expectedStatus) {
        return signInto("cockpit", user, password, expectedStatus);
    }

    private HttpHeaders signInto(String app, String user, String password, int expectedStatus) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
        List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
        assertThat(cookies).isNotNull();
        HttpHeaders headers = new HttpHeaders();
        cookies.forEach(c -> headers.add(HttpHeaders.COOKIE, c.substring(0, c.indexOf(';'))));
        headers.add("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/" + app,
                HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
        assertThat(login.getStatusCode().value()).as(login.getBody()).isEqualTo(expectedStatus);
        HttpHeaders session = new HttpHeaders();
        List<String> renewed = login.getHeaders().get(HttpHeaders.SET_COOKIE);
        (renewed != null ? renewed : cookies).forEach(c -> session.add(HttpHeaders.COOKIE, c.substring(0, c.indexOf(';'))));
        return session;
    }

    /** Tasklist's submit-form of a task that does not exist, or of another unit's: 404 JSON, whatever the body. */
    @Test
    void tasklistsSubmitFormOfAnUnknownOrAnotherUnitsTaskIs404() throws Exception {
        HttpHeaders admin = new HttpHeaders();
        admin.setBasicAuth("admin", "admin-secret");
        admin.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> registered = http.exchange("/api/directives", HttpMethod.POST, new HttpEntity<>("""
                {"directive": {"number": "31/CĐ-TTg", "issuer": "Thủ tướng Chính phủ", "subject": "Thử"},
                 "recipient": "03436", "reportDeadline": "%s"}""".formatted(java.time.LocalDate.now().plusDays(20)), admin),
                String.class);
        assertThat(registered.getStatusCode().value()).as(registered.getBody()).isEqualTo(201);
        String processInstance = new com.fasterxml.jackson.databind.ObjectMapper().readTree(registered.getBody())
                .get("processInstanceId").asText();
        String othersTask = new com.fasterxml.jackson.databind.ObjectMapper().readTree(http.exchange(
                "/engine-rest/task?processInstanceId=" + processInstance, HttpMethod.GET, new HttpEntity<>(admin), String.class)
                .getBody()).get(0).get("id").asText();

        HttpHeaders session = signInto("tasklist", "vanthu.03433", "demo", 200);
        ResponseEntity<String> page = http.exchange("/camunda/app/tasklist/default/", HttpMethod.GET, new HttpEntity<>(session),
                String.class);
        String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
        if (token != null) {
            session.set("X-XSRF-TOKEN", token);
        }
        session.setContentType(MediaType.APPLICATION_JSON);
        for (String task : List.of("no-such-task", othersTask)) {
            for (String body : List.of("{\"variables\": {\"accepted\": {\"value\": true}}}",
                    "{\"variables\": {\"accepted\": {\"value\": \"perhaps\"}}}")) {
                ResponseEntity<String> refused = http.exchange("/camunda/api/engine/engine/default/task/" + task + "/submit-form",
                        HttpMethod.POST, new HttpEntity<>(body, session), String.class);
                assertThat(refused.getStatusCode().value()).as(task + " " + refused.getBody()).isEqualTo(404);
                assertThat(refused.getHeaders().getContentType().toString()).contains("json");
                assertThat(refused.getBody()).contains("\"unknown-task\"");
            }
        }
        ResponseEntity<String> stillOpen = http.exchange("/engine-rest/task/" + othersTask, HttpMethod.GET, new HttpEntity<>(admin),
                String.class);
        assertThat(stillOpen.getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theCockpitSessionReadsTheApiButCannotWrite() {
        HttpHeaders session = signIntoCockpit("admin", "admin-secret");

        ResponseEntity<String> read = http.exchange("/api/reports/directives", HttpMethod.GET, new HttpEntity<>(session),
                String.class);
        assertThat(read.getStatusCode().value()).as(read.getBody()).isEqualTo(200);

        session.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> write = http.exchange("/api/directives", HttpMethod.POST,
                new HttpEntity<>("{\"recipient\": \"12\"}", session), String.class);
        assertThat(write.getStatusCode().value()).isEqualTo(401);
        ResponseEntity<String> engine = http.exchange("/engine-rest/task", HttpMethod.GET, new HttpEntity<>(session),
                String.class);
        assertThat(engine.getStatusCode().value()).as("the engine's REST API keeps HTTP Basic").isEqualTo(401);
    }

    /**
     * A province's leader signs into Cockpit (leaders are supervisors of their unit) and reads their own
     * province there, not another; a clerk works in Tasklist and is refused by Cockpit's login.
     */
    @Test
    void aLeaderSignsIntoCockpitAndReadsTheirProvinceOnly() {
        HttpHeaders session = signIntoCockpit("lanhdao.12", "demo");
        ResponseEntity<String> own = http.exchange("/api/reports/compliance?unit=12", HttpMethod.GET,
                new HttpEntity<>(session), String.class);
        assertThat(own.getStatusCode().value()).as(own.getBody()).isEqualTo(200);
        ResponseEntity<String> other = http.exchange("/api/reports/compliance?unit=11", HttpMethod.GET,
                new HttpEntity<>(session), String.class);
        assertThat(other.getStatusCode().value()).isEqualTo(403);
        assertThat(other.getBody()).contains("\"error\":\"forbidden\"");
        // what Cockpit's process list reads: the definitions, through the engine's REST API of the webapps
        ResponseEntity<String> definitions = http.exchange(
                "/camunda/api/engine/engine/default/process-definition?key=directive_handling", HttpMethod.GET,
                new HttpEntity<>(session), String.class);
        assertThat(definitions.getStatusCode().value()).as(definitions.getBody()).isEqualTo(200);
        assertThat(definitions.getBody()).contains("directive_handling");

        HttpHeaders clerk = signIntoCockpit("vanthu.12", "demo", 403);
        assertThat(clerk).isNotNull();
    }

    @Test
    void withoutASignedInSessionTheApiStillNeedsCredentials() {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/cockpit/default/", String.class);
        HttpHeaders anonymous = new HttpHeaders();
        List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (cookies != null) {
            cookies.forEach(c -> anonymous.add(HttpHeaders.COOKIE, c.substring(0, c.indexOf(';'))));
        }
        ResponseEntity<String> read = http.exchange("/api/reports/directives", HttpMethod.GET,
                new HttpEntity<>(anonymous), String.class);
        assertThat(read.getStatusCode().value()).isEqualTo(401);
    }
}
