package vn.directive.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A BPMN timer written {@code ${workingDays.after(1)}} in the application's own engine. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkingDaysExpressionTest {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aTimerDueOneWorkingDayLaterSkipsTet() {
        repositoryService.createDeployment().addClasspathResource("calendar/working-days-timer.bpmn").deploy();
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2024-02-07T10:00:00+07:00").toInstant()));

        ProcessInstance instance = runtimeService.startProcessInstanceByKey("working_days_timer");

        Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(timer.getDuedate())
                .isEqualTo(Date.from(OffsetDateTime.parse("2024-02-15T23:59:59+07:00").toInstant()));
    }
}
