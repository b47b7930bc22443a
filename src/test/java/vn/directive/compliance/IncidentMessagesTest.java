package vn.directive.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.directive.cascade.CascadeTestSupport.complete;
import static vn.directive.cascade.CascadeTestSupport.draft;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.directive.DirectiveDraft.Urgency;
import vn.directive.registration.DirectiveService;
import vn.directive.registration.DirectiveService.Registration;

/** An incident in Cockpit names the directive and the unit, whatever the failing step threw. */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IncidentMessagesTest {

    @Autowired DirectiveService directives;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;

    @Test
    void aFailedReportJobNamesTheDirectiveAndTheUnit() {
        Registration r = directives.register(draft("77/CĐ-BYT", Urgency.THUONG), "03409", LocalDate.now().plusDays(20), null);
        String pi = r.processInstanceId();
        complete(tasks, pi, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        complete(tasks, pi, CascadeProcess.USER_REPORT, Map.of(Var.REPORT_SUMMARY, "Đã thực hiện"));
        // a summary that is not text breaks the asynchronous "Ghi nhận hoàn thành" step
        runtime.setVariable(pi, Var.REPORT_SUMMARY, 42);
        Job job = management.createJobQuery().processInstanceId(pi).activityId(CascadeProcess.SERVICE_REPORT).singleResult();
        // the first failure starts the step's retry cycle; the last retry is what raises the incident
        assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(RuntimeException.class);
        assertThat(runtime.createIncidentQuery().processInstanceId(pi).count()).isZero();
        management.setJobRetries(job.getId(), 1);
        assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(RuntimeException.class);

        Incident incident = runtime.createIncidentQuery().processInstanceId(pi).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getIncidentMessage())
                .startsWith(r.businessKey() + ", 77/CĐ-BYT, đơn vị 03409: ")
                .contains("Integer");
    }
}
