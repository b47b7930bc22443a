package vn.directive.cascade;

import java.util.Date;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.notification.Notifications;
import vn.directive.notification.Notifications.Document;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitRegistry;

/**
 * The cascade's events told by e-mail (CONTRACT section 8, Notifications): every user task created through
 * {@code cascadeTasks.describe} (work arrived for a unit's group; {@code user_handle_overdue} is an escalation, kept
 * for the leaders' daily digest), each reminder ({@code cascade.remind}) and each chase the leaders decide
 * ({@code cascade.chase}). What the message names comes from the
 * instance's variables: the document the unit received, the unit, the deadline.
 */
@Component
public class CascadeNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(CascadeNotifications.class);

    private final Notifications notifications;
    private final UnitRegistry units;

    public CascadeNotifications(Notifications notifications, UnitRegistry units) {
        this.notifications = notifications;
        this.units = units;
    }

    /** On create of a user task. */
    public void taskCreated(DelegateTask task) {
        if (!notifications.enabled()) {
            return;
        }
        guarded(() -> {
            Document document = document(task::getVariable);
            if (CascadeProcess.USER_HANDLE_OVERDUE.equals(task.getTaskDefinitionKey())) {
                notifications.escalated(task, document, (Date) task.getVariable(Var.DUE_AT));
            } else {
                notifications.workArrived(task, document);
            }
        });
    }

    /** In service_remind: the unit's open work (or its leaders, while it waits for its subordinates). */
    public void reminder(DelegateExecution execution) {
        if (!notifications.enabled()) {
            return;
        }
        guarded(() -> {
            String unitCode = (String) execution.getVariable(Var.UNIT_CODE);
            notifications.reminder(execution.getProcessInstanceId(), execution.getId(), document(execution::getVariable),
                    (Date) execution.getVariable(Var.REPORT_DUE),
                    units.find(unitCode).map(Unit::groups).map(g -> g.leaders()).orElse(null),
                    Set.of(CascadeProcess.USER_HANDLE_OVERDUE));
        });
    }

    /** In service_chase, before the leaders' decision leaves the instance: the overdue unit is chased, with their note. */
    public void chased(DelegateExecution execution) {
        if (!notifications.enabled()) {
            return;
        }
        guarded(() -> {
            String unitCode = (String) execution.getVariable(Var.UNIT_CODE);
            String assigner = Display.of(execution).assignerUnitCode();
            Object note = execution.getVariable(Var.NOTE);
            notifications.chased(execution.getProcessInstanceId(), execution.getId(), document(execution::getVariable),
                    (Date) execution.getVariable(Var.DUE_AT),
                    units.find(unitCode).map(Unit::groups).map(g -> g.leaders()).orElse(null),
                    Set.of(CascadeProcess.USER_HANDLE_OVERDUE),
                    assigner == null ? null : units.find(assigner).map(Unit::name).orElse(null),
                    note == null ? null : String.valueOf(note));
        });
    }

    private static Document document(Function<String, Object> variable) {
        Display display = Display.of(variable);
        return new Document((String) variable.apply(Var.DIRECTIVE_ID), (String) variable.apply(Var.UNIT_CODE),
                display.unitName(), display.receivedNumber(), display.receivedIssuer(), display.receivedSubject());
    }

    /**
     * A message that cannot be written for a reason of its own (a bug in its text, say) never stops the work: it is
     * logged. The database failing is different: then the step fails with it, so that a confirmed step always has
     * its message.
     */
    private static void guarded(Runnable write) {
        try {
            write.run();
        } catch (DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("Notification not written", e);
        }
    }
}
