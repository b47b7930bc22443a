package vn.directive.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Brute force is slowed and never locks anyone out for good: 400 wrong passwords for one user over six
 * minutes, by HTTP Basic and through the webapps' login page, and a minute after the last one the right
 * password signs in. Time is the engine's clock, moved by the test (no sleeping).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "directive.sign-in-throttle.enabled=true")
@ActiveProfiles("test")
class SignInThrottleTest {

    private static final String VICTIM = "lanhdao.107";

    @Autowired TestRestTemplate http;
    @Autowired IdentityService identityService;
    @Autowired ProcessEngine engine;
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void fourHundredWrongPasswordsInSixMinutesLockNobodyOut() throws Exception {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getLoginMaxAttempts()).as("no permanent lock").isEqualTo(Integer.MAX_VALUE);
        assertThat(configuration.getLoginDelayMaxTime()).isEqualTo(60);

        HttpHeaders webapp = webappSession();
        // a day ahead: what the other tests of this class left is forgotten, and they forget this
        long start = System.currentTimeMillis() + 86_400_000L;
        int checked = 0;
        int throttled = 0;
        long last = start;
        for (int i = 0; i < 400; i++) {
            last = start + i * 900L; // 400 attempts in 6 minutes
            ClockUtil.setCurrentTime(new Date(last));
            ResponseEntity<String> r = i % 4 == 3 ? webappLogin(webapp, "guess-" + i) : basic("guess-" + i);
            int status = r.getStatusCode().value();
            assertThat(status).as("attempt " + i + ": " + r.getBody()).isIn(401, 429);
            if (status == 429) {
                throttled++;
                long retryAfter = Long.parseLong(r.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
                assertThat(retryAfter).isBetween(1L, 60L);
                assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
                JsonNode body = json.readTree(r.getBody());
                assertThat(body.get("error").asText()).isEqualTo("too-many-attempts");
                assertThat(body.get("message").asText()).isNotBlank();
            } else {
                checked++;
            }
        }
        // slowed: ten free guesses, then one after 3, 6, 12, 24, 48 s and one a minute
        assertThat(checked).as("guesses whose password was checked").isBetween(11, 25);
        assertThat(throttled).isEqualTo(400 - checked);

        // while the client waits, even the right password is not checked
        ClockUtil.setCurrentTime(new Date(last + 1_000));
        assertThat(basic("demo").getStatusCode().value()).isEqualTo(429);

        // within 60 s after the last wrong password the right one works, by HTTP Basic and in the webapps
        ClockUtil.setCurrentTime(new Date(last + 60_000));
        ResponseEntity<String> right = basic("demo");
        assertThat(right.getStatusCode().value()).as(right.getBody()).isEqualTo(200);
        assertThat(webappLogin(webappSession(), "demo").getStatusCode().value()).isEqualTo(200);
        assertThat(identityService.checkPassword(VICTIM, "demo")).isTrue();
    }

    @Test
    void failedWebappLoginsCountAndAreThrottledToo() {
        String user = "chuyenvien.107";
        long start = System.currentTimeMillis() + 2 * 86_400_000L;
        HttpHeaders session = webappSession();
        for (int i = 0; i < SignInThrottle.FREE_FAILURES + 1; i++) {
            ClockUtil.setCurrentTime(new Date(start + i * 100L));
            assertThat(webappLogin(session, user, "guess-" + i).getStatusCode().value()).as("attempt " + i).isEqualTo(401);
        }
        ClockUtil.setCurrentTime(new Date(start + 2_000));
        ResponseEntity<String> throttled = webappLogin(session, user, "demo");
        assertThat(throttled.getStatusCode().value()).isEqualTo(429);
        assertThat(throttled.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        ClockUtil.setCurrentTime(new Date(start + 61_000));
        assertThat(webappLogin(webappSession(), user, "demo").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theDelayGrowsToAMinuteAndIsPerClient() {
        assertThat(List.of(1, 10, 11, 12, 13, 14, 15, 16, 400).stream().map(SignInThrottle::delaySeconds))
                .containsExactly(0L, 0L, 3L, 6L, 12L, 24L, 48L, 60L, 60L);
        SignInThrottle throttle = new SignInThrottle("/camunda");
        ClockUtil.setCurrentTime(new Date(1_000_000));
        for (int i = 0; i < 16; i++) {
            throttle.failed("203.0.113.7");
        }
        assertThat(throttle.retryAfterSeconds("203.0.113.7")).isEqualTo(60);
        assertThat(throttle.retryAfterSeconds("198.51.100.20")).as("another client").isZero();
        ClockUtil.setCurrentTime(new Date(1_000_000 + 60_000));
        assertThat(throttle.retryAfterSeconds("203.0.113.7")).isZero();
    }

    @Test
    void onlyTheAdministratorVerifiesOthersPasswords() {
        HttpHeaders clerk = new HttpHeaders();
        clerk.setBasicAuth("vanthu.107", "demo");
        clerk.setContentType(MediaType.APPLICATION_JSON);
        for (String path : List.of("/engine-rest/identity/verify", "/engine-rest/identity/verify/",
                "/engine-rest/identity/%76erify", "/engine-rest/./identity/verify")) {
            ResponseEntity<String> refused = http.exchange(java.net.URI.create(http.getRootUri() + path), HttpMethod.POST,
                    new HttpEntity<>("{\"username\": \"" + VICTIM + "\", \"password\": \"guess\"}", clerk), String.class);
            assertThat(refused.getStatusCode().value()).as(path).isIn(403, 404);
            assertThat(refused.getBody()).as(path).doesNotContain("authenticated");
        }
        HttpHeaders admin = new HttpHeaders();
        admin.setBasicAuth("admin", "admin-secret");
        admin.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.exchange("/engine-rest/identity/verify", HttpMethod.POST,
                new HttpEntity<>("{\"username\": \"vanthu.107\", \"password\": \"demo\"}", admin), String.class)
                .getBody()).contains("\"authenticated\":true");
    }

    private ResponseEntity<String> basic(String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(VICTIM, password);
        return http.exchange("/api/units/107", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** A session and CSRF token for the webapps' login page, as the browser gets them. */
    private HttpHeaders webappSession() {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        HttpHeaders headers = new HttpHeaders();
        List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
        assertThat(cookies).isNotNull();
        cookies.forEach(c -> headers.add(HttpHeaders.COOKIE, c.substring(0, c.indexOf(';'))));
        headers.add("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return headers;
    }

    private ResponseEntity<String> webappLogin(HttpHeaders session, String password) {
        return webappLogin(session, VICTIM, password);
    }

    private ResponseEntity<String> webappLogin(HttpHeaders session, String user, String password) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        return http.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
                new HttpEntity<>(form, session), String.class);
    }
}
