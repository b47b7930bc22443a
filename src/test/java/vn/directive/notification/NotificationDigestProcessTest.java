package vn.directive.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directive.cascade.CascadeTestSupport.clockAt;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.directive.engine.ModelCoverage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.calendar.WorkingDays;

/**
 * Every path of bpmn/notification_digest.bpmn, the timer fired by executing its job; the build fails below 100 % flow
 * node and sequence flow coverage. The digest's messages themselves are NotificationMailTest's. Here the timer has the
 * production default (07:00 in Vietnam, every day), not the test profile's far-off one.
 */
@SpringBootTest(properties = {"directive.demo=false", "directive.mail.digest-cycle=R/2026-01-01T07:00:00+07:00/P1D"})
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
class NotificationDigestProcessTest {

    @RegisterExtension
    static final ModelCoverage COVERAGE = ModelCoverage.of(NotificationDigestProcess.KEY);

    @Autowired ProcessEngine engine;
    @Autowired ManagementService management;
    @Autowired HistoryService history;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private Job timer() {
        return management.createJobQuery().processDefinitionKey(NotificationDigestProcess.KEY)
                .activityId(NotificationDigestProcess.TIMER_DAILY_DIGEST).singleResult();
    }

    /** Fires the daily timer and returns the activities the run passed. */
    private List<String> fire() {
        List<String> before = history.createHistoricProcessInstanceQuery().processDefinitionKey(NotificationDigestProcess.KEY)
                .list().stream().map(HistoricProcessInstance::getId).toList();
        management.executeJob(timer().getId());
        HistoricProcessInstance run = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(NotificationDigestProcess.KEY).list().stream()
                .filter(p -> !before.contains(p.getId())).findFirst().orElseThrow();
        assertThat(run.getEndTime()).as("the digest run ends at once").isNotNull();
        return history.createHistoricActivityInstanceQuery().processInstanceId(run.getId()).list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    @Test
    void theTimerIsDueEveryMorningAtSevenInVietnam() {
        ZonedDateTime due = timer().getDuedate().toInstant().atZone(WorkingDays.ZONE);
        assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(7, 0));
        // a changed digest-cycle applies when the timer next fires, without a new deployment of the model
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .isReevaluateTimeCycleWhenDue()).isTrue();
    }

    @Test
    void onAWorkingDayTheDigestIsSent() {
        clockAt(LocalDateTime.of(2026, 12, 1, 7, 0)); // a Tuesday
        assertThat(fire()).contains(NotificationDigestProcess.TIMER_DAILY_DIGEST, NotificationDigestProcess.GATEWAY_WORKING_DAY,
                NotificationDigestProcess.SERVICE_SEND_DIGEST, NotificationDigestProcess.END_DIGEST_SENT);
        // the next one is the next morning
        ZonedDateTime next = timer().getDuedate().toInstant().atZone(WorkingDays.ZONE);
        assertThat(next.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 12, 2, 7, 0));
    }

    @Test
    void onADayOffTheEscalationsWaitForTheNextWorkingDay() {
        clockAt(LocalDateTime.of(2026, 12, 6, 7, 0)); // a Sunday
        assertThat(fire()).contains(NotificationDigestProcess.END_DAY_OFF)
                .doesNotContain(NotificationDigestProcess.SERVICE_SEND_DIGEST);
        clockAt(LocalDateTime.of(2026, 9, 2, 7, 0)); // Quốc khánh, a Wednesday
        assertThat(fire()).contains(NotificationDigestProcess.END_DAY_OFF);
    }
}
