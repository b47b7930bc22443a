package vn.directive.cascade;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.directive.calendar.VietnameseDates;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.Obligations.Obligation;
import vn.directive.engine.Engine;
import vn.directive.history.UnitHistory;

/**
 * Amendment (cập nhật, thay thế, CONTRACT section 8) as the engine carries it out: report deadlines move where they
 * apply ({@link DeadlineChange}), then {@code msg_amended} starts the non-interrupting event subprocess <i>Tiếp nhận
 * văn bản điều chỉnh</i> in the instance of every unit that still has the document open: {@code
 * service_apply_amendment} ({@code ${amendments.applied(execution)}}) and the clerks' task {@code
 * user_acknowledge_amendment}.
 */
@Component("amendments")
public class Amendments {

    private static final List<String> CHANGE_VARIABLES = List.of(Var.AMENDED_DOCUMENT, Var.AMENDMENT_OLD_NUMBER,
            Var.AMENDMENT_NEW_NUMBER, Var.AMENDMENT_OLD_SUBJECT, Var.AMENDMENT_NEW_SUBJECT, Var.AMENDMENT_OLD_DEADLINE,
            Var.AMENDMENT_NEW_DEADLINE, Var.AMENDMENT_TEXT, Var.AMENDING_UNIT, Var.AMENDMENT_VERSION);

    /** What changed in the document, as its readers see it; a value not changed is the same before and after. */
    public record Change(String document, String oldNumber, String newNumber, String oldSubject, String newSubject,
                         String text, int version) {
    }

    private final Obligations obligations;
    private final DeadlineChange deadlineChange;
    private final Recalls recalls;
    private final RuntimeService runtimeService;
    private final Engine engine;
    private final UnitHistory history;

    public Amendments(Obligations obligations, DeadlineChange deadlineChange, Recalls recalls,
                      RuntimeService runtimeService, Engine engine, UnitHistory history) {
        this.obligations = obligations;
        this.deadlineChange = deadlineChange;
        this.recalls = recalls;
        this.runtimeService = runtimeService;
        this.engine = engine;
        this.history = history;
    }

    /**
     * Applies an amendment of the document {@code issuer} issued ({@code amendingUnit} null: the registered directive,
     * whose recipient is {@code issuer}; else that unit's implementing document). The deadline rule: the directive's
     * recipient gets {@code newDeadline}; for an implementing document each of the unit's direct subordinates with the
     * document open gets it; below them, a unit whose deadline is now after its parent's is brought to its parent's;
     * every other deadline stays. Then every open unit concerned gets user_acknowledge_amendment.
     *
     * @return how many units got the task
     */
    public int apply(String directiveId, String issuer, String amendingUnit, LocalDate newDeadline, Change change) {
        boolean directive = amendingUnit == null;
        List<Obligation> open = recalls.openSubtree(directiveId, issuer, directive);
        Map<String, LocalDate> deadline = new HashMap<>();
        obligations.ofDirective(directiveId).forEach(o -> deadline.put(o.unitCode(), o.reportDeadline()));
        Map<String, LocalDate> before = new HashMap<>(deadline);
        for (Obligation o : open) {
            LocalDate target;
            if (newDeadline != null && (directive ? o.unitCode().equals(issuer) : issuer.equals(o.parentCode()))) {
                target = newDeadline;
            } else {
                LocalDate parent = o.parentCode() == null ? null : deadline.get(o.parentCode());
                target = parent != null && o.reportDeadline() != null && o.reportDeadline().isAfter(parent) ? parent : null;
            }
            if (target != null && !target.equals(o.reportDeadline())) {
                if (!deadlineChange.moveReportDeadline(directiveId, o.unitCode(), target)) {
                    obligations.extendReport(directiveId, o.unitCode(), target);
                }
                deadline.put(o.unitCode(), target);
            }
        }
        int told = 0;
        for (Obligation o : open) {
            String instance = o.processInstanceId();
            if (instance == null) {
                continue; // its instance is still to start: it will read the new deadline and document
            }
            Map<String, Object> v = new HashMap<>();
            v.put(Var.AMENDED_DOCUMENT, change.document());
            v.put(Var.AMENDMENT_OLD_NUMBER, change.oldNumber());
            v.put(Var.AMENDMENT_NEW_NUMBER, change.newNumber());
            v.put(Var.AMENDMENT_OLD_SUBJECT, change.oldSubject());
            v.put(Var.AMENDMENT_NEW_SUBJECT, change.newSubject());
            v.put(Var.AMENDMENT_OLD_DEADLINE, day(before.get(o.unitCode())));
            v.put(Var.AMENDMENT_NEW_DEADLINE, day(deadline.get(o.unitCode())));
            v.put(Var.AMENDMENT_TEXT, change.text() == null ? "" : change.text());
            v.put(Var.AMENDING_UNIT, amendingUnit);
            v.put(Var.AMENDMENT_VERSION, change.version());
            boolean running = engine.withoutAuthorization(() -> {
                if (runtimeService.createProcessInstanceQuery().processInstanceId(instance).active().count() == 0) {
                    return false;
                }
                runtimeService.createMessageCorrelation(CascadeProcess.MSG_AMENDED).processInstanceId(instance)
                        .setVariables(v).correlateWithResult();
                return true;
            });
            told += running ? 1 : 0;
        }
        return told;
    }

    /**
     * Ghi nhận văn bản điều chỉnh: the change stays with this amendment's task (local to the event subprocess), and
     * the unit's received-document variables show the new number and subject when it is the document it received.
     */
    public void applied(DelegateExecution execution) {
        Map<String, Object> change = new LinkedHashMap<>();
        for (String name : CHANGE_VARIABLES) {
            change.put(name, execution.getVariable(name));
        }
        DelegateExecution instance = execution.getProcessInstance();
        instance.removeVariablesLocal(CHANGE_VARIABLES);
        execution.setVariablesLocal(change);
        String amendingUnit = (String) change.get(Var.AMENDING_UNIT);
        String parent = (String) execution.getVariable(Var.PARENT_UNIT_CODE);
        boolean received = amendingUnit == null ? parent == null : amendingUnit.equals(parent);
        if (received) {
            instance.setVariable(Var.DISPLAY, Display.of(instance).withReceived((String) change.get(Var.AMENDMENT_NEW_NUMBER),
                    (String) change.get(Var.AMENDMENT_NEW_SUBJECT), amendingUnit == null));
        }
    }

    /** On complete of user_acknowledge_amendment: ACKNOWLEDGE_AMENDMENT in the unit's history. */
    public void acknowledged(DelegateTask task) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("document", task.getVariable(Var.AMENDED_DOCUMENT));
        details.put("version", task.getVariable(Var.AMENDMENT_VERSION));
        history.record((String) task.getVariable(Var.DIRECTIVE_ID), (String) task.getVariable(Var.UNIT_CODE),
                UnitHistory.Action.ACKNOWLEDGE_AMENDMENT, details);
    }

    private static String day(LocalDate d) {
        return d == null ? "" : VietnameseDates.day(d);
    }
}
