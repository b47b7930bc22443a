package vn.directive.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.directive.cascade.CascadeTestSupport.draft;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
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
import vn.directive.directive.DirectiveService;
import vn.directive.directive.DirectiveService.Registration;

/** /actuator/prometheus: refused without credentials, and with them the supervisors' gauges. */
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
        // an unknown user: a wrong password of a real one would lock it out for the other tests
        assertThat(scrape("nobody", "wrong").getStatusCode().value()).isEqualTo(401);
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

        // any engine user may scrape and sees the whole register: a commune clerk's groups hide nothing
        ResponseEntity<String> response = scrape("vanthu.03433", "demo");
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
