package vn.directive.cascade;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.directive.calendar.VietnameseDates;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.engine.Engine;

/**
 * Moves one unit's report deadline while its instance runs: the register, the variables its forms and
 * timers read, the due dates of its open tasks and the pending reminder and escalation timers. Used by an
 * approved extension request (xin gia hạn) and by an amendment (điều chỉnh) of the document above it.
 * A timer that has already fired is not brought back: its reminder was sent or its escalation raised.
 */
@Component
public class DeadlineChange {

    private final Obligations obligations;
    private final Deadlines deadlines;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final Engine engine;

    public DeadlineChange(Obligations obligations, Deadlines deadlines, RuntimeService runtimeService,
                          TaskService taskService, ManagementService managementService, Engine engine) {
        this.obligations = obligations;
        this.deadlines = deadlines;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.engine = engine;
    }

    /**
     * The unit's report deadline becomes {@code newDeadline}. The acknowledgement deadline is left alone: an
     * extension is of the report. Returns false when the unit has no running instance (nothing to move).
     */
    public boolean moveReportDeadline(String directiveId, String unitCode, LocalDate newDeadline) {
        Obligations.Obligation o = obligations.find(directiveId, unitCode).orElse(null);
        if (o == null || o.processInstanceId() == null) {
            return false;
        }
        String instance = o.processInstanceId();
        return engine.withoutAuthorization(() -> {
            if (runtimeService.createProcessInstanceQuery().processInstanceId(instance).active().count() == 0) {
                return false;
            }
            Date reportDue = deadlines.reportDue(newDeadline);
            Date remindAt = deadlines.reminderAt(newDeadline);
            obligations.extendReport(directiveId, unitCode, newDeadline);
            boolean acknowledged = o.status() != UnitStatus.RECEIVED;
            Map<String, Object> vars = new java.util.HashMap<>();
            vars.put(Var.DISPLAY, Display.of(name -> runtimeService.getVariable(instance, name)).withReportDeadline(newDeadline));
            vars.put(Var.REPORT_DUE, reportDue);
            if (acknowledged) {
                vars.put(Var.DUE_AT, reportDue);
            }
            runtimeService.setVariables(instance, vars);
            moveTimers(instance, CascadeProcess.TIMER_REPORT_DUE, reportDue);
            moveTimers(instance, CascadeProcess.TIMER_REPORT_REMINDER, remindAt);
            if (acknowledged) {
                moveTimers(instance, CascadeProcess.TIMER_EXTENDED_DUE, reportDue);
            }
            showDue(instance, reportDue, java.util.Set.of(CascadeProcess.USER_ACKNOWLEDGE));
            return true;
        });
    }

    /**
     * The unit's open tasks show {@code due} (due date and the task list's {@code taskDue}), but the assigner's
     * overdue decision, which keeps its own, and the tasks of the phase not moved ({@code alsoKept}).
     */
    void showDue(String instance, Date due, java.util.Set<String> alsoKept) {
        engine.withoutAuthorization(() -> {
            for (Task task : taskService.createTaskQuery().processInstanceId(instance).list()) {
                if (CascadeProcess.USER_HANDLE_OVERDUE.equals(task.getTaskDefinitionKey())
                        || alsoKept.contains(task.getTaskDefinitionKey())) {
                    continue;
                }
                task.setDueDate(due);
                taskService.saveTask(task);
                taskService.setVariableLocal(task.getId(), Var.TASK_DUE, VietnameseDates.timeAndDay(due));
            }
        });
    }

    private void moveTimers(String instance, String activityId, Date due) {
        for (Job job : managementService.createJobQuery().processInstanceId(instance).activityId(activityId)
                .timers().list()) {
            managementService.setJobDuedate(job.getId(), due);
        }
    }
}
