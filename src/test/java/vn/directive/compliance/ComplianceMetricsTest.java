package vn.directive.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.directive.cascade.CascadeTestSupport.draft;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.cascade.CascadeProcess;
import vn.directive.directive.DirectiveDraft.Urgency;
import vn.directive.registration.DirectiveService;
import vn.directive.registration.DirectiveService.Registration;
import vn.directive.security.EngineBasicAuthFilter;

/**
 * /actuator/prometheus: refused without credentials (401) and to users outside group monitoring (403),
 * and to its members and the administrator the supervisors' gauges.
 */
// metrics export is off in tests unless asked for; both compliance test classes ask, so they share one context
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ComplianceMetricsTest {

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired DirectiveService directives;

    private ResponseEntity<String> scrape(String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, password);
        }
        return http.exchange("/actuator/prometheus", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    @Test
    void anonymousAndWrongCredentialsAreRefused() {
        assertThat(scrape(null, null).getStatusCode().value()).isEqualTo(401);
        // an unknown user: a wrong password of a real one would delay its next sign-in in the other tests
        assertThat(scrape("nobody", "wrong").getStatusCode().value()).isEqualTo(401);
    }

    private static final String PROMETHEUS = "prometheus-test";

    @Autowired IdentityService identityService;

    /** The user a Prometheus server scrapes as: a member of group monitoring, as added in Admin. */
    @BeforeEach
    void monitoringUser() {
        if (identityService.createUserQuery().userId(PROMETHEUS).count() == 0) {
            User user = identityService.newUser(PROMETHEUS);
            user.setPassword("scrape-secret");
            identityService.saveUser(user);
            identityService.createMembership(PROMETHEUS, EngineBasicAuthFilter.MONITORING_GROUP);
        }
    }

    @Test
    void onlyTheMonitoringGroupAndTheAdministratorScrape() throws Exception {
        assertThat(identityService.createGroupQuery().groupId(EngineBasicAuthFilter.MONITORING_GROUP).count())
                .as("group monitoring, created at start").isEqualTo(1);
        for (String clerk : new String[] {"vanthu.03433", "lanhdao.12"}) {
            for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics"}) {
                HttpHeaders headers = new HttpHeaders();
                headers.setBasicAuth(clerk, "demo");
                ResponseEntity<String> refused = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
                assertThat(refused.getStatusCode().value()).as(clerk + " on " + path).isEqualTo(403);
                assertThat(refused.getHeaders().getContentType().toString()).contains("application/json");
                JsonNode body = new ObjectMapper().readTree(refused.getBody());
                assertThat(body.get("error").asText()).isEqualTo("forbidden");
                assertThat(body.get("message").asText()).contains("monitoring");
                assertThat(refused.getBody()).doesNotContain("directive_");
            }
        }
        assertThat(scrape(PROMETHEUS, "scrape-secret").getStatusCode().value()).isEqualTo(200);
        assertThat(scrape("admin", "admin-secret").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void gaugesShowTheRegistersFigures() {
        jdbc.update("insert into directive_unit (directive_id, unit_code, parent_code, role, status, received_at, "
                + "ack_due, report_deadline, overdue, reminders) values ('metrics-test', '03433', '107', 'CHU_TRI', '01', "
                + "current_timestamp, current_timestamp, current_date, true, 2)");
        // an incident on an instance the clerk below may not read
        Registration r = directives.register(draft("66/CĐ-BYT", Urgency.THUONG), "03409", LocalDate.now().plusDays(20), null);
        String waiting = runtime.createExecutionQuery().processInstanceId(r.processInstanceId())
                .activityId(CascadeProcess.USER_ACKNOWLEDGE).singleResult().getId();
        runtime.createIncident("supervision-test", waiting, "metrics");
        Integer openAcknowledgements = jdbc.queryForObject(
                "select count(*) from directive_unit where status = '01' and closed_at is null", Integer.class);
        Integer reminders = jdbc.queryForObject("select sum(reminders) from directive_unit", Integer.class);
        long incidents = runtime.createIncidentQuery().count();

        // a member of group monitoring scrapes the whole register
        ResponseEntity<String> response = scrape(PROMETHEUS, "scrape-secret");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        String text = response.getBody();
        assertThat(value(text, "directive_acknowledgements_open")).isEqualTo(openAcknowledgements.doubleValue());
        assertThat(value(text, "directive_reminders_sent")).isEqualTo(reminders.doubleValue());
        assertThat(value(text, "directive_units_overdue\\{kind=\"commune\"\\}")).isGreaterThanOrEqualTo(1.0);
        assertThat(value(text, "camunda_incidents_open")).isEqualTo((double) incidents);
        assertThat(text).contains("directive_reports_open", "directive_units_overdue{kind=\"district\"}",
                "camunda_jobs_failed");
        assertThat(scrape("admin", "admin-secret").getBody()).contains("directive_acknowledgements_open");
    }

    private static double value(String exposition, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.E+-]+)$").matcher(exposition);
        assertThat(m.find()).as(series + " in\n" + exposition).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
