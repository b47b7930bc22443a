package vn.directive.cascade;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.directive.calendar.VietnameseDates;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.ExtensionProcess.Status;
import vn.directive.cascade.Obligations.Obligation;
import vn.directive.directive.DirectiveRegister;
import vn.directive.engine.Engine;
import vn.directive.history.UnitHistory;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitRegistry;

/**
 * The service tasks of bpmn/extension_request.bpmn (${extensions.step(execution)}): each records what happened in the
 * register (extension_request, unit_history) and sets what the next task's form shows; the flow stays in the model.
 */
@Component("extensions")
public class ExtensionSteps {

    private final ExtensionRules rules;
    private final ExtensionRequests requests;
    private final Obligations obligations;
    private final DeadlineChange deadlineChange;
    private final Deadlines deadlines;
    private final UnitHistory history;
    private final UnitRegistry units;
    private final DirectiveRegister register;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final Engine engine;

    public ExtensionSteps(ExtensionRules rules, ExtensionRequests requests, Obligations obligations,
                          DeadlineChange deadlineChange, Deadlines deadlines, UnitHistory history, UnitRegistry units,
                          DirectiveRegister register, RuntimeService runtimeService, IdentityService identityService,
                          Engine engine) {
        this.rules = rules;
        this.requests = requests;
        this.obligations = obligations;
        this.deadlineChange = deadlineChange;
        this.deadlines = deadlines;
        this.history = history;
        this.units = units;
        this.register = register;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.engine = engine;
    }

    /**
     * Ghi nhận đề nghị gia hạn: the request checked again (the REST call and the start form checked it before),
     * kept as OPEN, recorded in the unit's history; the decision form's variables, its due time the unit's current
     * report due time, and {@code newDeadline} pre-filled with the date asked for.
     */
    public void record(DelegateExecution execution) {
        String directiveId = (String) execution.getVariable(Var.DIRECTIVE_ID);
        String unitCode = (String) execution.getVariable(Var.UNIT_CODE);
        ExtensionRules.Checked c = rules.check(directiveId, unitCode, execution.getVariable(ExtensionProcess.Var.NEW_DEADLINE),
                execution.getVariable(ExtensionProcess.Var.REASON));
        Obligation o = c.obligation();
        String requestedBy = (String) execution.getVariable(ExtensionProcess.Var.REQUESTED_BY);
        String id = UUID.randomUUID().toString();
        requests.insert(id, directiveId, unitCode, c.newDeadline(), c.reason(), deadlines.now(), requestedBy,
                execution.getProcessInstanceId());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("requestedDeadline", c.newDeadline().toString());
        details.put("currentDeadline", o.reportDeadline().toString());
        details.put("reason", c.reason());
        history.record(directiveId, unitCode, requestedBy, UnitHistory.Action.EXTENSION_REQUEST, details);

        Map<String, Object> v = new HashMap<>();
        // what the asking unit's instance already shows, shown again on the request's tasks
        Display shown = engine.withoutAuthorization(() -> Display.of(runtimeService.getVariables(o.processInstanceId(),
                List.of(Var.DISPLAY))::get));
        v.put(Var.UNIT_NAME, shown.unitName() != null ? shown.unitName() : name(unitCode));
        v.put(Var.RECEIVED_NUMBER, shown.receivedNumber());
        v.put(Var.RECEIVED_DATE, shown.receivedDate());
        v.put(Var.RECEIVED_ISSUER, shown.receivedIssuer());
        v.put(Var.RECEIVED_SUBJECT, shown.receivedSubject());
        v.put(Var.DOCUMENT_URL, shown.documentUrl());
        String assigner = o.parentCode();
        LocalDate assignerDeadline = obligations.find(directiveId, assigner).map(Obligation::reportDeadline).orElse(null);
        v.put(Var.ASSIGNER_UNIT_CODE, assigner);
        v.put(ExtensionProcess.Var.ASSIGNER_UNIT_NAME, name(assigner));
        v.put(ExtensionProcess.Var.ASSIGNER_DEADLINE_TEXT, assignerDeadline == null ? "(không có)" : VietnameseDates.day(assignerDeadline));
        v.put(ExtensionProcess.Var.EXTENSION_REQUEST_ID, id);
        v.put(ExtensionProcess.Var.CURRENT_DEADLINE_TEXT, VietnameseDates.day(o.reportDeadline()));
        v.put(ExtensionProcess.Var.CURRENT_DUE, deadlines.reportDue(o.reportDeadline()));
        v.put(ExtensionProcess.Var.REQUESTED_DEADLINE, c.newDeadline().toString());
        v.put(ExtensionProcess.Var.REQUESTED_DEADLINE_TEXT, VietnameseDates.day(c.newDeadline()));
        v.put(ExtensionProcess.Var.REQUEST_REASON, c.reason());
        v.put(ExtensionProcess.Var.NEW_DEADLINE, c.newDeadline().toString());
        execution.setVariables(v);
        // the decision's reason is the deciding leader's to write, not the request's
        execution.removeVariable(ExtensionProcess.Var.REASON);
        execution.removeVariable(ExtensionProcess.Var.DOCUMENT_NUMBER);
        register.find(directiveId).ifPresent(d -> {
            if (execution.getProcessBusinessKey() == null) {
                execution.setProcessBusinessKey(d.businessKey());
            }
        });
    }

    /**
     * Gia hạn cho đơn vị: the unit's report deadline, reminder and escalation move to the date granted
     * ({@link DeadlineChange#moveReportDeadline}); when its obligation ended while the request was open, nothing
     * moves and the answer says so.
     */
    public void apply(DelegateExecution execution) {
        String directiveId = (String) execution.getVariable(Var.DIRECTIVE_ID);
        String unitCode = (String) execution.getVariable(Var.UNIT_CODE);
        LocalDate granted = SubmittedVariables.date(Var.NEW_DEADLINE, execution.getVariable(ExtensionProcess.Var.NEW_DEADLINE));
        String reason = reason(execution);
        Obligation o = obligations.find(directiveId, unitCode).orElseThrow();
        LocalDate before = o.reportDeadline();
        boolean moved = ExtensionRules.isOpen(o) && deadlineChange.moveReportDeadline(directiveId, unitCode, granted);
        requests.decide(id(execution), Status.APPROVED, granted, reason, deadlines.now(), userId());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("approved", true);
        details.put("deadline", granted.toString());
        details.put("previousDeadline", before.toString());
        details.put("deadlineMoved", moved);
        if (reason != null) {
            details.put("reason", reason);
        }
        history.record(directiveId, unitCode, UnitHistory.Action.EXTENSION_DECISION, details);
        StringBuilder answer = new StringBuilder("**").append(name(o.parentCode())).append(" đồng ý gia hạn** đến ngày **")
                .append(VietnameseDates.day(granted)).append("**");
        if (moved) {
            answer.append(".\n\nHạn báo cáo của ").append(name(unitCode)).append(" chuyển từ ").append(VietnameseDates.day(before))
                    .append(" sang ").append(VietnameseDates.day(granted)).append("; nhắc hạn và cảnh báo quá hạn tính theo hạn mới.");
        } else {
            answer.append(", nhưng nhiệm vụ của ").append(name(unitCode)).append(" đã kết thúc (").append(ended(o))
                    .append(") trước khi có kết quả xét nên hạn báo cáo không thay đổi.");
        }
        if (reason != null) {
            answer.append("\n\nÝ kiến: ").append(reason);
        }
        execution.setVariable(ExtensionProcess.Var.DEADLINE_MOVED, moved);
        execution.setVariable(ExtensionProcess.Var.ANSWER_TEXT, answer.toString());
    }

    /** Từ chối gia hạn: nothing moves; the answer gives the reason. */
    public void refuse(DelegateExecution execution) {
        String directiveId = (String) execution.getVariable(Var.DIRECTIVE_ID);
        String unitCode = (String) execution.getVariable(Var.UNIT_CODE);
        String reason = reason(execution);
        Obligation o = obligations.find(directiveId, unitCode).orElseThrow();
        requests.decide(id(execution), Status.REFUSED, null, reason, deadlines.now(), userId());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("approved", false);
        details.put("deadline", o.reportDeadline().toString());
        details.put("reason", reason);
        history.record(directiveId, unitCode, UnitHistory.Action.EXTENSION_DECISION, details);
        String answer = "**" + name(o.parentCode()) + " không đồng ý gia hạn.**\n\nLý do: " + reason + "\n\n"
                + (ExtensionRules.isOpen(o) ? "Hạn báo cáo giữ nguyên: **" + VietnameseDates.day(o.reportDeadline()) + "**."
                : "Nhiệm vụ của " + name(unitCode) + " đã kết thúc (" + ended(o) + ").");
        execution.setVariable(ExtensionProcess.Var.DEADLINE_MOVED, false);
        execution.setVariable(ExtensionProcess.Var.ANSWER_TEXT, answer);
    }

    private static String ended(Obligation o) {
        return o.closedAt() != null ? "đã đóng" : o.status().label().toLowerCase(Locale.ROOT);
    }

    private static String id(DelegateExecution execution) {
        return (String) execution.getVariable(ExtensionProcess.Var.EXTENSION_REQUEST_ID);
    }

    private static String reason(DelegateExecution execution) {
        Object r = execution.getVariable(ExtensionProcess.Var.REASON);
        return r == null || String.valueOf(r).isBlank() ? null : String.valueOf(r).trim();
    }

    private String userId() {
        Authentication auth = identityService.getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }

    private String name(String code) {
        return code == null ? "" : units.find(code).map(Unit::name).orElse(code);
    }
}
