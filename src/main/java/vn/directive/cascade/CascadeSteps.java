package vn.directive.cascade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.Obligations.Assignment;
import vn.directive.cascade.Obligations.Obligation;
import vn.directive.calendar.VietnameseDates;
import vn.directive.directive.DirectiveDraft;
import vn.directive.directive.DirectiveRegister;
import vn.directive.directive.DirectiveRegister.Registered;
import vn.directive.engine.Engine;
import vn.directive.unit.UnitRegistry;

/**
 * The service tasks of bpmn/directive_handling.bpmn, called as ${cascade.step(execution)}. Each one
 * records what happened in the register (directive_unit) and sets the variables the next steps and
 * the forms read; the flow itself stays in the model.
 */
@Component("cascade")
public class CascadeSteps {

    private final Obligations obligations;
    private final DirectiveRegister register;
    private final UnitRegistry units;
    private final Deadlines deadlines;
    private final SubmittedVariables submitted;
    private final RuntimeService runtimeService;
    private final Engine engine;
    private final SupervisorGrants supervisorGrants;
    private final OverdueDecisions decisions;
    private final ReportFigures figures;
    private final ReportRecipients recipients;
    private final CascadeNotifications notifications;
    private final DeadlineChange deadlineChange;

    public CascadeSteps(Obligations obligations, DirectiveRegister register, UnitRegistry units, Deadlines deadlines,
                        SubmittedVariables submitted, RuntimeService runtimeService,
                        Engine engine, SupervisorGrants supervisorGrants, OverdueDecisions decisions,
                        ReportFigures figures, ReportRecipients recipients, CascadeNotifications notifications,
                        DeadlineChange deadlineChange) {
        this.notifications = notifications;
        this.deadlineChange = deadlineChange;
        this.decisions = decisions;
        this.figures = figures;
        this.recipients = recipients;
        this.obligations = obligations;
        this.register = register;
        this.units = units;
        this.deadlines = deadlines;
        this.submitted = submitted;
        this.runtimeService = runtimeService;
        this.engine = engine;
        this.supervisorGrants = supervisorGrants;
    }

    /**
     * Vào sổ văn bản đến: the unit's obligation, what its forms show, and its acknowledgement deadline; the
     * leaders and supervisors of the unit and of the units above it may read the instance in Cockpit.
     */
    public void receive(DelegateExecution execution) {
        String directiveId = (String) execution.getVariable(Var.DIRECTIVE_ID);
        String unitCode = (String) execution.getVariable(Var.UNIT_CODE);
        String parent = (String) execution.getVariable(Var.PARENT_UNIT_CODE);
        Registered directive = register.find(directiveId)
                .orElseThrow(() -> new IllegalStateException("directive " + directiveId + " is not in the register"));
        Obligation obligation = obligations.find(directiveId, unitCode)
                .orElseThrow(() -> new IllegalStateException("no obligation of unit " + unitCode + " on " + directiveId));
        Date ackDue = deadlines.acknowledgementDue(directive.urgency());
        obligations.started(directiveId, unitCode, execution.getProcessInstanceId(), ackDue);
        supervisorGrants.grantInstance(execution.getProcessInstanceId(), unitCode);

        DirectiveDraft draft = directive.draft();
        String directiveNumber = Documents.numberText(draft.number(), draft.symbol());
        Obligation issuing = parent == null ? null : obligations.find(directiveId, parent).orElse(null);
        String receivedNumber;
        String receivedDate;
        String receivedIssuer;
        String receivedSubject;
        if (issuing == null) {
            // the recipient at the top receives the registered directive itself
            receivedNumber = directiveNumber;
            receivedDate = draft.issuedOn() == null ? "(chưa ghi ngày)" : VietnameseDates.day(draft.issuedOn());
            receivedIssuer = draft.issuer();
            receivedSubject = draft.subject();
        } else {
            receivedNumber = Documents.numberText(issuing.implementingNumber(), null);
            receivedDate = issuing.implementingDate() == null ? "(chưa ghi ngày)" : VietnameseDates.day(issuing.implementingDate());
            receivedIssuer = Documents.issuingBody(units.get(parent));
            receivedSubject = issuing.implementingSubject() != null ? issuing.implementingSubject()
                    : "V/v triển khai văn bản " + directiveNumber + (draft.subject() == null ? "" : " (" + draft.subject() + ")");
        }
        Display display = new Display(parent != null ? parent : unitCode, obligation.role().name(), units.hasChildren(unitCode),
                units.get(unitCode).name(), directiveNumber, draft.subject(), draft.issuer(),
                receivedNumber, receivedDate, receivedIssuer, receivedSubject, Documents.pageUrl(directiveId, unitCode),
                issuing == null ? "Tổ chức thực hiện các nội dung của văn bản (xem toàn văn)" : obligation.taskText(),
                null, null).withReportDeadline(obligation.reportDeadline());
        Map<String, Object> v = new HashMap<>();
        v.put(Var.DISPLAY, display);
        v.put(Var.DUE_AT, ackDue);
        v.put(Var.REPORT_DUE, deadlines.reportDue(obligation.reportDeadline()));
        execution.setVariables(v);
    }

    /** Ghi nhận đã tiếp nhận: from now on the report deadline is the one watched. */
    public void accept(DelegateExecution execution) {
        obligations.acknowledged(directiveId(execution), unitCode(execution), deadlines.now());
        execution.setVariable(Var.DUE_AT, execution.getVariable(Var.REPORT_DUE));
    }

    public void refuse(DelegateExecution execution) {
        obligations.refused(directiveId(execution), unitCode(execution),
                (String) execution.getVariable(Var.REFUSAL_REASON), deadlines.now());
    }

    /** Ghi nhận phân công: the validated assignments, status 04. */
    public void assigned(DelegateExecution execution) {
        obligations.status(directiveId(execution), unitCode(execution), UnitStatus.ASSIGNED);
    }

    /** Ghi nhận văn bản triển khai: status 05. */
    public void issued(DelegateExecution execution) {
        LocalDate date = LocalDate.parse(String.valueOf(execution.getVariable(Var.IMPLEMENTING_DATE)).substring(0, 10));
        Object subject = execution.getVariable(Var.IMPLEMENTING_SUBJECT);
        obligations.issued(directiveId(execution), unitCode(execution),
                String.valueOf(execution.getVariable(Var.IMPLEMENTING_NUMBER)).trim(), date,
                subject == null || String.valueOf(subject).isBlank() ? null : String.valueOf(subject).trim());
        // the (b/c) recipients picked, and at the top the directive's names that resolve to no unit
        List<ReportRecipients.Recipient> reportTo = new ArrayList<>(
                recipients.submitted(unitCode(execution), execution.getVariable(Var.REPORT_TO)));
        if (execution.getVariable(Var.PARENT_UNIT_CODE) == null) {
            Registered directive = register.find(directiveId(execution)).orElseThrow();
            recipients.resolve(unitCode(execution), directive.draft().reportTo()).stream()
                    .filter(r -> r.unitCode() == null).forEach(reportTo::add);
        }
        recipients.store(directiveId(execution), unitCode(execution), reportTo);
    }

    /**
     * Gửi văn bản cho đơn vị cấp dưới: one obligation per assigned unit, the units that carry it out for
     * the multi-instance call, and the informed (để biết) units started on their own, since they never
     * hold up this unit's report.
     */
    public void dispatch(DelegateExecution execution) {
        String directiveId = directiveId(execution);
        String unitCode = unitCode(execution);
        List<Assignment> assignments = submitted.assignments(execution.getVariable(Var.ASSIGNMENTS));
        // after a recall of this unit's document, the units it assigns again get a fresh obligation
        obligations.replaceForReassignment(directiveId, unitCode, assignments.stream().map(Assignment::unitCode).toList());
        obligations.batchInsertReceived(directiveId, unitCode, assignments, deadlines.now());
        List<String> carrying = new ArrayList<>();
        for (Assignment a : assignments) {
            if (a.role().carriesOut()) {
                carrying.add(a.unitCode());
            } else {
                Map<String, Object> vars = new HashMap<>();
                vars.put(Var.DIRECTIVE_ID, directiveId);
                vars.put(Var.UNIT_CODE, a.unitCode());
                vars.put(Var.PARENT_UNIT_CODE, unitCode);
                engine.withoutAuthorization(() -> runtimeService.createProcessInstanceByKey(CascadeProcess.KEY)
                        .businessKey(execution.getProcessBusinessKey()).setVariables(vars).execute());
            }
        }
        execution.setVariable(Var.SUBORDINATES, carrying);
    }

    /** Ghi nhận hoàn thành: the report and, when figures were asked, the unit's figures in the register. */
    public void report(DelegateExecution execution) {
        obligations.reported(directiveId(execution), unitCode(execution),
                (String) execution.getVariable(Var.REPORT_SUMMARY), deadlines.now());
        Object reported = execution.getVariable(Var.FIGURES);
        if (reported != null) {
            figures.storeFigures(directiveId(execution), unitCode(execution), figures.readFigures(reported));
        }
    }

    /**
     * Gửi báo cáo đến nơi nhận (b/c): each recipient in the registry gets the report as an instance of
     * report_delivery of its own (Nhận báo cáo for its clerks), so that none of them holds up the report
     * reaching the parent.
     */
    public void deliverReport(DelegateExecution execution) {
        String directiveId = directiveId(execution);
        String unitCode = unitCode(execution);
        Map<String, java.math.BigDecimal> reported = figures.reported(directiveId, unitCode);
        StringBuilder lines = new StringBuilder();
        if (!reported.isEmpty()) {
            Map<String, ReportFigures.Indicator> named = new HashMap<>();
            figures.required(directiveId, unitCode).forEach(i -> named.put(i.code(), i));
            reported.forEach((code, value) -> {
                ReportFigures.Indicator i = named.get(code);
                lines.append("- ").append(i == null ? code : i.name()).append(": **").append(ReportFigures.display(value))
                        .append("**").append(i == null || i.unit().isBlank() ? "" : " " + i.unit()).append('\n');
            });
        }
        Display display = Display.of(execution);
        for (ReportRecipients.Recipient r : recipients.of(directiveId, unitCode)) {
            if (r.unitCode() == null || units.find(r.unitCode()).isEmpty()) {
                continue;
            }
            Map<String, Object> vars = new HashMap<>();
            vars.put(Var.DIRECTIVE_ID, directiveId);
            vars.put(Var.UNIT_CODE, r.unitCode());
            vars.put(Var.UNIT_NAME, units.get(r.unitCode()).name());
            vars.put(Var.FROM_UNIT_CODE, unitCode);
            vars.put(Var.FROM_UNIT_NAME, units.get(unitCode).name());
            vars.put(Var.RECEIVED_NUMBER, display.receivedNumber());
            vars.put(Var.RECEIVED_SUBJECT, display.receivedSubject());
            vars.put(Var.RECEIVED_ISSUER, display.receivedIssuer());
            vars.put(Var.REPORT_SUMMARY, execution.getVariable(Var.REPORT_SUMMARY));
            vars.put(Var.FIGURES_REPORT, lines.toString());
            vars.put(Var.HAS_FIGURES, !reported.isEmpty());
            vars.put(Var.DOCUMENT_URL, Documents.pageUrl(directiveId, unitCode));
            engine.withoutAuthorization(() -> runtimeService.createProcessInstanceByKey(CascadeProcess.REPORT_DELIVERY_KEY)
                    .businessKey(execution.getProcessBusinessKey()).setVariables(vars).execute());
        }
    }

    /** Nhắc hạn báo cáo, one working day before it is due; the unit's people get an e-mail (CascadeNotifications). */
    public void remind(DelegateExecution execution) {
        obligations.reminded(directiveId(execution), unitCode(execution));
        notifications.reminder(execution);
    }

    /** Ghi nhận quá hạn (acknowledgement or report). */
    public void markOverdue(DelegateExecution execution) {
        obligations.overdue(directiveId(execution), unitCode(execution));
    }

    /** Is the current phase's deadline (after an extension) passed with the work not done? */
    public boolean stillOverdue(DelegateExecution execution) {
        return deadlines.isPast((Date) execution.getVariable(Var.DUE_AT));
    }

    /** Đôn đốc: the assigner chases the unit; counts a reminder; the unit's people get an e-mail with the leaders' note. */
    public void chase(DelegateExecution execution) {
        obligations.reminded(directiveId(execution), unitCode(execution));
        notifications.chased(execution);
        decided(execution, OverdueAction.REMIND, null);
    }

    /** Gia hạn: the new deadline replaces the current phase's, the unit's open tasks show it, and the watch restarts on it. */
    public void extend(DelegateExecution execution) {
        LocalDate newDeadline = LocalDate.parse(String.valueOf(execution.getVariable(Var.NEW_DEADLINE)).substring(0, 10));
        String directiveId = directiveId(execution);
        String unitCode = unitCode(execution);
        Obligation o = obligations.find(directiveId, unitCode).orElseThrow();
        if (o.status() == UnitStatus.RECEIVED) {
            Date ackDue = deadlines.endOf(newDeadline);
            obligations.extendAcknowledgement(directiveId, unitCode, ackDue);
            execution.setVariable(Var.DUE_AT, ackDue);
        } else {
            obligations.extendReport(directiveId, unitCode, newDeadline);
            Date reportDue = deadlines.reportDue(newDeadline);
            execution.setVariable(Var.DISPLAY, Display.of(execution).withReportDeadline(newDeadline));
            execution.setVariable(Var.REPORT_DUE, reportDue);
            execution.setVariable(Var.DUE_AT, reportDue);
        }
        decided(execution, OverdueAction.EXTEND, newDeadline);
        deadlineChange.showDue(execution.getProcessInstanceId(), (Date) execution.getVariable(Var.DUE_AT), Set.of());
    }

    /** Đóng nghĩa vụ: not done; what the unit had passed on below ends with it. */
    public void close(DelegateExecution execution) {
        String directiveId = directiveId(execution);
        Date now = deadlines.now();
        decided(execution, OverdueAction.CLOSE, null);
        List<String> pending = new ArrayList<>(List.of(unitCode(execution)));
        for (int i = 0; i < pending.size(); i++) {
            String code = pending.get(i);
            obligations.closed(directiveId, code, now);
            for (Obligation child : obligations.children(directiveId, code)) {
                if (child.role().carriesOut() && child.status() != UnitStatus.REPORTED
                        && child.status() != UnitStatus.REFUSED && child.status() != UnitStatus.RECALLED) {
                    pending.add(child.unitCode());
                }
            }
        }
    }

    /**
     * The leaders' decision in Xử lý chậm trễ, with their note, into the register; the decision's variables then
     * leave the instance, so a later round starts from nothing.
     */
    private void decided(DelegateExecution execution, OverdueAction action, LocalDate newDeadline) {
        Object note = execution.getVariable(Var.NOTE);
        decisions.record(directiveId(execution), unitCode(execution), action, newDeadline,
                note == null ? null : String.valueOf(note), deadlines.now());
        for (String name : FormFields.namesOf(CascadeProcess.USER_HANDLE_OVERDUE)) {
            execution.removeVariable(name);
        }
    }

    private static String directiveId(DelegateExecution execution) {
        return (String) execution.getVariable(Var.DIRECTIVE_ID);
    }

    private static String unitCode(DelegateExecution execution) {
        return (String) execution.getVariable(Var.UNIT_CODE);
    }
}
