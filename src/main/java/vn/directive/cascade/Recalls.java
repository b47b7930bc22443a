package vn.directive.cascade;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.Obligations.Obligation;
import vn.directive.engine.Engine;
import vn.directive.history.UnitHistory;

/**
 * Recall (thu hồi, CONTRACT section 8) as the engine carries it out. The register's recall correlates a message with
 * the instance of the unit whose document is recalled, by its process instance id: {@code msg_recall} starts the
 * interrupting event subprocess <i>Thu hồi văn bản</i> (the whole directive, at the recipient), {@code
 * msg_recall_document} the interrupting boundary event <i>Thu hồi văn bản triển khai</i> on {@code
 * call_subordinates} (a unit's own implementing document; the unit goes back to {@code user_assign}). Cancelling the
 * instance, or the call activity, cancels the called subordinates' instances with their tasks and timers; the service
 * tasks ({@code ${recalls...}}) mark every open obligation of the subtree 13 in the same transaction and end the
 * informed (để biết) units' instances, which were started on their own.
 */
@Component("recalls")
public class Recalls {

    private final Obligations obligations;
    private final RuntimeService runtimeService;
    private final Engine engine;
    private final Deadlines deadlines;
    private final UnitHistory history;

    public Recalls(Obligations obligations, RuntimeService runtimeService, Engine engine, Deadlines deadlines,
                   UnitHistory history) {
        this.obligations = obligations;
        this.runtimeService = runtimeService;
        this.engine = engine;
        this.deadlines = deadlines;
        this.history = history;
    }

    /** The open obligations in the unit's subtree (the unit itself first when {@code includeSelf}), parents before children. */
    public List<Obligation> openSubtree(String directiveId, String unitCode, boolean includeSelf) {
        Map<String, List<Obligation>> byParent = new HashMap<>();
        Map<String, Obligation> byUnit = new LinkedHashMap<>();
        for (Obligation o : obligations.ofDirective(directiveId)) {
            byUnit.put(o.unitCode(), o);
            if (o.parentCode() != null) {
                byParent.computeIfAbsent(o.parentCode(), k -> new ArrayList<>()).add(o);
            }
        }
        List<Obligation> subtree = new ArrayList<>();
        Obligation root = byUnit.get(unitCode);
        if (root == null) {
            return List.of();
        }
        subtree.add(root);
        for (int i = 0; i < subtree.size(); i++) {
            subtree.addAll(byParent.getOrDefault(subtree.get(i).unitCode(), List.of()));
        }
        return subtree.stream().filter(o -> includeSelf || !o.unitCode().equals(unitCode)).filter(Obligations::isOpen).toList();
    }

    /**
     * The recall of the whole directive at its recipient: {@code msg_recall} to the recipient's instance; when that
     * instance has already ended, what is still open below it (an informed unit yet to acknowledge) ends directly.
     */
    public void recallDirective(String directiveId, String recipientCode, String reason, String userId) {
        Obligation top = obligations.find(directiveId, recipientCode).orElseThrow();
        boolean correlated = top.processInstanceId() != null && engine.withoutAuthorization(() -> {
            if (runtimeService.createProcessInstanceQuery().processInstanceId(top.processInstanceId()).count() == 0) {
                return false;
            }
            runtimeService.createMessageCorrelation(CascadeProcess.MSG_RECALL)
                    .processInstanceId(top.processInstanceId())
                    .setVariable(Var.RECALL_REASON, reason)
                    .setVariable(Var.RECALLED_BY, userId)
                    .setVariable(Var.RECALLING_UNIT, recipientCode)
                    .correlateWithResult();
            return true;
        });
        if (!correlated) {
            end(directiveId, recipientCode, true, reason, userId, recipientCode);
        }
    }

    /**
     * The recall of a unit's own implementing document: {@code msg_recall_document} to its instance, which must be
     * waiting at {@code call_subordinates}. False when it is not (the document is not out, or the wave of
     * subordinates is still being started: nothing was changed).
     */
    public boolean recallDocument(String directiveId, String unitCode, String reason, String userId) {
        Obligation o = obligations.find(directiveId, unitCode).orElseThrow();
        if (o.processInstanceId() == null) {
            return false;
        }
        return engine.withoutAuthorization(() -> {
            try {
                runtimeService.createMessageCorrelation(CascadeProcess.MSG_RECALL_DOCUMENT)
                        .processInstanceId(o.processInstanceId())
                        .setVariable(Var.RECALL_REASON, reason)
                        .setVariable(Var.RECALLED_BY, userId)
                        .setVariable(Var.RECALLING_UNIT, unitCode)
                        .correlateWithResult();
                return true;
            } catch (MismatchingMessageCorrelationException e) {
                return false;
            }
        });
    }

    /** Ghi nhận thu hồi (event subprocess Thu hồi văn bản): the unit and its open subtree end with status 13. */
    public void recalled(DelegateExecution execution) {
        String directiveId = (String) execution.getVariable(Var.DIRECTIVE_ID);
        String unitCode = (String) execution.getVariable(Var.UNIT_CODE);
        end(directiveId, unitCode, true, (String) execution.getVariable(Var.RECALL_REASON),
                (String) execution.getVariable(Var.RECALLED_BY), (String) execution.getVariable(Var.RECALLING_UNIT));
    }

    /**
     * Ghi nhận thu hồi văn bản triển khai: what the unit's document assigned ends with status 13; the unit's own
     * obligation goes back to Đã tiếp nhận (03), to assign again and issue a corrected document.
     */
    public void documentRecalled(DelegateExecution execution) {
        String directiveId = (String) execution.getVariable(Var.DIRECTIVE_ID);
        String unitCode = (String) execution.getVariable(Var.UNIT_CODE);
        String reason = (String) execution.getVariable(Var.RECALL_REASON);
        String userId = (String) execution.getVariable(Var.RECALLED_BY);
        Obligation own = obligations.find(directiveId, unitCode).orElseThrow();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", reason);
        details.put("document", own.implementingNumber());
        history.record(directiveId, unitCode, userId, UnitHistory.Action.RECALL, details);
        end(directiveId, unitCode, false, reason, userId, unitCode);
        obligations.status(directiveId, unitCode, UnitStatus.ACKNOWLEDGED);
        execution.removeVariable(Var.SUBORDINATES);
    }

    private void end(String directiveId, String unitCode, boolean includeSelf, String reason, String userId,
                     String recallingUnit) {
        Date now = deadlines.now();
        for (Obligation o : openSubtree(directiveId, unitCode, includeSelf)) {
            obligations.recalled(directiveId, o.unitCode(), reason, now);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("reason", reason);
            details.put("recallingUnit", recallingUnit);
            history.record(directiveId, o.unitCode(), userId, UnitHistory.Action.RECALL, details);
            if (!o.role().carriesOut() && o.processInstanceId() != null) {
                // an informed unit's instance was started on its own, not called: it ends here
                String instance = o.processInstanceId();
                engine.withoutAuthorization(() -> {
                    if (runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
                        runtimeService.deleteProcessInstance(instance, "Thu hồi: " + reason, true, true);
                    }
                });
            }
        }
    }
}
