package vn.directive.cascade;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.directive.calendar.WorkingDays;
import vn.directive.directive.DirectiveDraft.DirectiveType;
import vn.directive.directive.DirectiveDraft.Secrecy;
import vn.directive.directive.DirectiveDraft.Urgency;
import vn.directive.directive.DirectiveDraft;

/** Drives the cascade the way the job executor and people would: jobs executed, clock moved, no sleeping. */
public final class CascadeTestSupport {

    private CascadeTestSupport() {
    }

    public static DirectiveDraft draft(String number, Urgency urgency) {
        return new DirectiveDraft(number, Integer.valueOf(number.substring(0, number.indexOf('/'))),
                number.substring(number.indexOf('/') + 1), DirectiveType.CONG_DIEN, "Bộ Y tế", "Hà Nội",
                LocalDate.of(2026, 11, 30), "Về tăng cường phòng, chống dịch", urgency, Secrecy.THUONG,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    /** Moves the engine clock to a local time in Vietnam. */
    public static void clockAt(LocalDateTime local) {
        ClockUtil.setCurrentTime(Date.from(local.atZone(WorkingDays.ZONE).toInstant()));
    }

    /** Runs every due job (async continuations, due timers) until none is left. */
    public static void executeJobs(ManagementService management) {
        for (int round = 0; round < 1000; round++) {
            List<Job> jobs = management.createJobQuery().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                management.executeJob(job.getId());
            }
        }
        throw new IllegalStateException("jobs keep coming");
    }

    /** Fires one timer of one instance, whatever its due date. */
    public static void fireTimer(ManagementService management, String processInstanceId, String timerId) {
        Job job = management.createJobQuery().processInstanceId(processInstanceId).activityId(timerId).singleResult();
        if (job == null) {
            throw new AssertionError("no timer " + timerId + " waiting in " + processInstanceId);
        }
        management.executeJob(job.getId());
    }

    public static ProcessInstance instanceOf(RuntimeService runtime, String businessKey, String unitCode) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .variableValueEquals(CascadeProcess.Var.UNIT_CODE, unitCode).singleResult();
    }

    public static Task task(TaskService tasks, String processInstanceId, String key) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
    }

    public static void complete(TaskService tasks, String processInstanceId, String key, Map<String, Object> variables) {
        Task t = task(tasks, processInstanceId, key);
        if (t == null) {
            throw new AssertionError("no task " + key + " open in " + processInstanceId);
        }
        tasks.complete(t.getId(), variables);
    }
}
