package vn.directive.cascade;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.Obligations.Obligation;
import vn.directive.cascade.TaskRules.TaskContext;
import vn.directive.directive.DirectiveDraft;
import vn.directive.directive.DirectiveReader;
import vn.directive.directive.DirectiveRegister;
import vn.directive.directive.DirectiveRegister.Registered;
import vn.directive.calendar.VietnameseDates;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitRegistry;
import vn.directive.web.Limits;

/**
 * Task listeners of bpmn/directive_handling.bpmn (${cascadeTasks...}): they put in front of the person
 * what the form needs, and check every completion against {@link TaskRules}.
 */
@Component("cascadeTasks")
public class TaskListeners {

    private static final List<String> RULE_VARIABLES = List.of(Var.ACCEPTED, Var.REFUSAL_REASON, Var.ASSIGNMENTS,
            Var.IMPLEMENTING_NUMBER, Var.IMPLEMENTING_DATE, Var.IMPLEMENTING_SUBJECT, Var.REPORT_SUMMARY, Var.ACTION, Var.NEW_DEADLINE, Var.NOTE,
            ExtensionProcess.Var.APPROVED, ExtensionProcess.Var.REASON);

    private final TaskRules rules;
    private final Obligations obligations;
    private final DirectiveRegister register;
    private final UnitRegistry units;
    private final ObjectMapper json;
    private final DirectiveReader reader;
    private final Deadlines deadlines;
    private final ReportFigures figures;
    private final ReportRecipients recipients;
    private final StepHistory history;
    private final CascadeNotifications notifications;

    public TaskListeners(TaskRules rules, Obligations obligations, DirectiveRegister register, UnitRegistry units,
                         ObjectMapper json, DirectiveReader reader, Deadlines deadlines, ReportFigures figures,
                         ReportRecipients recipients, StepHistory history, CascadeNotifications notifications) {
        this.history = history;
        this.notifications = notifications;
        this.figures = figures;
        this.recipients = recipients;
        this.rules = rules;
        this.obligations = obligations;
        this.register = register;
        this.units = units;
        this.json = json;
        this.reader = reader;
        this.deadlines = deadlines;
    }

    /**
     * On complete: the same rules as the REST filter, for completions through the Java API; once they pass, the step
     * goes into the unit's history ({@link StepHistory}), in the completion's transaction.
     */
    public void check(DelegateTask task) {
        Map<String, Object> submitted = new HashMap<>();
        for (String name : RULE_VARIABLES) {
            if (task.hasVariable(name)) {
                submitted.put(name, task.getVariable(name));
            }
        }
        rules.check(context(task.getTaskDefinitionKey(), task::getVariable), submitted);
        task.setVariables(FormFields.booleans(task.getTaskDefinitionKey(), submitted));
        history.record(task);
    }

    /**
     * On create of user_handle_overdue: the previous round's decision (action, newDeadline, note) is gone from the
     * instance, so this round's completion is checked, and routed, on what this round submits alone.
     */
    private static void forgetDecision(DelegateTask task) {
        if (CascadeProcess.USER_HANDLE_OVERDUE.equals(task.getTaskDefinitionKey())) {
            for (String name : FormFields.namesOf(CascadeProcess.USER_HANDLE_OVERDUE)) {
                if (task.hasVariable(name)) {
                    task.removeVariable(name);
                }
            }
        }
    }

    public TaskContext context(String taskKey, Function<String, Object> variable) {
        String directiveId = (String) variable.apply(Var.DIRECTIVE_ID);
        String unitCode = (String) variable.apply(Var.UNIT_CODE);
        Display display = Display.of(variable);
        String assigner = display.assignerUnitCode();
        // only the assigner's decisions on a deadline are checked against its own (TaskRules): one read less a step
        boolean decidesDeadline = CascadeProcess.USER_HANDLE_OVERDUE.equals(taskKey)
                || ExtensionProcess.USER_DECIDE_EXTENSION.equals(taskKey);
        LocalDate assignerDeadline = !decidesDeadline || assigner == null || assigner.equals(unitCode) ? null
                : obligations.find(directiveId, assigner).map(Obligation::reportDeadline).orElse(null);
        LocalDate own = display.reportDeadlineDate();
        if (ExtensionProcess.USER_DECIDE_EXTENSION.equals(taskKey)) {
            // an extension is decided on the unit's deadline as it stands now, not as it stood when it asked
            own = obligations.find(directiveId, unitCode).map(Obligation::reportDeadline).orElse(null);
        }
        return new TaskContext(taskKey, unitCode, assigner, own, assignerDeadline);
    }

    /**
     * On create of user_assign: the direct subordinates to pick from, and a proposal the leader reviews
     * rather than types. At the unit that registered the directive, the units its numbered tasks name get
     * those tasks (a unit named in several gets all of them and the earliest deadline) and the units its
     * addressees stand for ("UBND các huyện, thành phố" → every district) get the common task. Below it,
     * every administrative subordinate (a district's communes) leads on the task this unit received. Units
     * without a deadline of their own get one some working days before this unit's.
     */
    public void prepareAssign(DelegateTask task) {
        String unitCode = (String) task.getVariable(Var.UNIT_CODE);
        List<Unit> children = units.children(unitCode);
        ArrayNode options = json.createArrayNode();
        for (Unit child : children) {
            options.addObject().put("label", child.name()).put("value", child.code());
        }
        task.setVariable(Var.SUBORDINATE_OPTIONS, SpinValues.jsonValue(options.toString()).create());
        if (!task.hasVariable(Var.INDICATORS_TEXT)) {
            // the figures asked from above, asked again of this unit's subordinates; the leader may add lines
            task.setVariable(Var.INDICATORS_TEXT, ReportFigures.indicatorsText(
                    figures.inherited((String) task.getVariable(Var.DIRECTIVE_ID), unitCode)));
        }
        if (task.hasVariable(Var.ASSIGNMENT_PROPOSAL)) {
            return;
        }
        String directiveId = (String) task.getVariable(Var.DIRECTIVE_ID);
        Display display = Display.of(task);
        LocalDate own = display.reportDeadlineDate();
        LocalDate common = deadlines.subordinateDeadline(own);
        Map<String, Unit> childByCode = new LinkedHashMap<>();
        children.forEach(c -> childByCode.put(c.code(), c));
        Map<String, Proposal> proposal = new LinkedHashMap<>();
        String commonTask;
        Registered directive = register.find(directiveId).orElseThrow();
        if (directive.recipientCode().equals(unitCode)) {
            DirectiveDraft draft = directive.draft();
            boolean named = false;
            for (DirectiveDraft.Assignment a : draft.assignments() == null ? List.<DirectiveDraft.Assignment>of()
                    : draft.assignments()) {
                boolean lead = true;
                String text = (a.ordinal() == null ? "" : a.ordinal() + ". ") + (a.text() == null ? "" : a.text());
                LocalDate due = a.deadline() == null ? null : a.deadline().isAfter(own) ? own : a.deadline();
                for (String code : a.unitCodes() == null ? List.<String>of() : a.unitCodes()) {
                    if (childByCode.containsKey(code)) {
                        proposal.computeIfAbsent(code, c -> new Proposal(c, Role.PHOI_HOP)).add(text, due, lead);
                        named = true;
                    }
                    lead = false;
                }
            }
            // addressees without a numbered task of their own: they co-operate with the units that lead,
            // or lead themselves when the text names nobody
            for (String code : reader.resolve(unitCode, draft.addressees())) {
                if (childByCode.containsKey(code)) {
                    proposal.computeIfAbsent(code, c -> new Proposal(c, Role.CHU_TRI));
                }
            }
            if (named) {
                proposal.values().stream().filter(p -> p.tasks.isEmpty()).forEach(p -> p.role = Role.PHOI_HOP);
            }
            commonTask = "Tổ chức triển khai thực hiện các nội dung của văn bản " + Documents.numberText(draft.number(),
                    draft.symbol()) + " theo chức năng, nhiệm vụ được giao; báo cáo kết quả về " + units.get(unitCode).name() + ".";
        } else {
            commonTask = display.taskText() == null ? "" : display.taskText();
        }
        if (proposal.isEmpty()) {
            children.stream().filter(c -> c.kind().administrative())
                    .forEach(c -> proposal.put(c.code(), new Proposal(c.code(), Role.CHU_TRI)));
        }
        if (commonTask.length() > Limits.STRING_VARIABLE) {
            commonTask = commonTask.substring(0, Limits.STRING_VARIABLE);
        }

        ArrayNode rows = json.createArrayNode();
        ArrayNode assignments = json.createArrayNode();
        Map<Role, ArrayNode> picked = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            picked.put(role, json.createArrayNode());
        }
        for (Proposal p : proposal.values()) {
            String text = withinTaskLimit(p.tasks.isEmpty() ? commonTask : String.join("\n", p.tasks));
            LocalDate due = p.due != null ? p.due : common;
            ObjectNode row = rows.addObject();
            row.put("unitCode", p.code);
            row.put("unitName", childByCode.get(p.code).name());
            row.put("role", p.role.name());
            row.put("roleName", p.role.label());
            row.put("task", p.tasks.isEmpty() ? "" : text);
            row.put("taskShown", p.tasks.isEmpty() ? "(nội dung chung bên dưới)" : text);
            row.put("deadlineText", VietnameseDates.day(due));
            row.put("specificDeadline", p.due == null ? null : p.due.toString());
            ObjectNode a = assignments.addObject();
            a.put("unitCode", p.code);
            a.put("role", p.role.name());
            a.put("task", text);
            a.put("reportDeadline", due.toString());
            picked.get(p.role).add(p.code);
        }
        Map<String, Object> v = new HashMap<>();
        v.put(Var.ASSIGNMENT_PROPOSAL, SpinValues.jsonValue(rows.toString()).create());
        v.put(Var.ASSIGNMENTS, SpinValues.jsonValue(assignments.toString()).create());
        v.put(Var.CHU_TRI, SpinValues.jsonValue(picked.get(Role.CHU_TRI).toString()).create());
        v.put(Var.PHOI_HOP, SpinValues.jsonValue(picked.get(Role.PHOI_HOP).toString()).create());
        v.put(Var.DE_BIET, SpinValues.jsonValue(picked.get(Role.DE_BIET).toString()).create());
        v.put(Var.COMMON_TASK, commonTask);
        v.put(Var.SUBORDINATE_DEADLINE, common.toString());
        v.put(Var.IMPLEMENTING_SUBJECT, Documents.excerpt("V/v triển khai văn bản số " + display.receivedNumber()
                + " của " + display.receivedIssuer()
                + (directive.draft().subject() == null ? "" : " — " + directive.draft().subject()), 400));
        task.setVariables(v);
    }

    /**
     * A proposed task as long as a subordinate's forms can show ({@link Limits#TASK_TEXT}): the leader cannot edit a
     * numbered task in the form, so one the directive gives longer is cut, and the rules never refuse the proposal.
     */
    private static String withinTaskLimit(String text) {
        return text.length() <= Limits.TASK_TEXT ? text : text.substring(0, Limits.TASK_TEXT - 1) + "…";
    }

    /** One subordinate in the proposal: its role, the numbered tasks naming it and their earliest deadline. */
    private static final class Proposal {
        private final String code;
        private Role role;
        private final List<String> tasks = new ArrayList<>();
        private LocalDate due;

        Proposal(String code, Role role) {
            this.code = code;
            this.role = role;
        }

        void add(String text, LocalDate deadline, boolean lead) {
            tasks.add(text);
            if (lead) {
                role = Role.CHU_TRI;
            }
            if (deadline != null && (due == null || deadline.isBefore(due))) {
                due = deadline;
            }
        }
    }

    /**
     * On create of every user task: what the task list shows on the task's line (the received document's
     * number, the subject's first words, the unit, the due time in Vietnam). Task-local, since a unit's
     * users may read its tasks but not its process instances. And the e-mail telling the task's group about it
     * ({@link CascadeNotifications}).
     */
    public void describe(DelegateTask task) {
        forgetDecision(task);
        Map<String, Object> v = new HashMap<>();
        Display display = Display.of(task);
        v.put(Var.TASK_DOCUMENT, display.receivedNumber());
        v.put(Var.TASK_SUBJECT, Documents.excerpt(display.receivedSubject(), 90));
        v.put(Var.TASK_UNIT, display.unitName());
        v.put(Var.TASK_DUE, VietnameseDates.timeAndDay(task.getDueDate()));
        task.setVariablesLocal(v);
        notifications.taskCreated(task);
    }

    /**
     * On create of user_report: what each subordinate reported, for the officer writing this unit's report;
     * and when figures are asked, each one's sum over the subordinates that reported it (the unit's own
     * figures default to those sums) and the subordinates that have not reported yet.
     */
    public void prepareReport(DelegateTask task) {
        String directiveId = (String) task.getVariable(Var.DIRECTIVE_ID);
        String unitCode = (String) task.getVariable(Var.UNIT_CODE);
        // a unit without subordinate units has no subordinate obligations: no read
        List<Obligation> children = Display.of(task).hasSubordinates() ? obligations.children(directiveId, unitCode) : List.of();
        Function<String, String> name = code -> units.find(code).map(Unit::name).orElse(code);
        if (!children.isEmpty()) {
            task.setVariable(Var.SUBORDINATE_REPORTS, subordinateReports(children, name));
        }
        List<ReportFigures.Indicator> required = figures.required(directiveId, unitCode);
        if (required.isEmpty()) {
            // nothing to show: the form hides the subordinates' reports and the figures while these are absent
            return;
        }
        Map<String, Object> v = new HashMap<>();
        v.put(Var.HAS_FIGURES, true);
        List<Obligation> carrying = children.stream().filter(o -> o.role().carriesOut()).toList();
        Map<String, java.math.BigDecimal> sums = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>();
        int reporting = 0;
        Map<String, Map<String, java.math.BigDecimal>> all = carrying.isEmpty() ? Map.of() : figures.reported(directiveId);
        for (Obligation child : carrying) {
            Map<String, java.math.BigDecimal> reported = all.getOrDefault(child.unitCode(), Map.of());
            if (reported.isEmpty()) {
                pending.add(name.apply(child.unitCode()) + " (" + child.status().label().toLowerCase(java.util.Locale.ROOT) + ")");
                continue;
            }
            reporting++;
            reported.forEach((code, value) -> sums.merge(code, value, java.math.BigDecimal::add));
        }
        StringBuilder text = new StringBuilder();
        StringBuilder summary = new StringBuilder("Mỗi dòng một số liệu dạng «mã: số» (số không âm; dấu chấm ngăn hàng nghìn, dấu phẩy thập phân).\n\n");
        for (ReportFigures.Indicator i : required) {
            java.math.BigDecimal sum = sums.get(i.code());
            text.append(i.code()).append(": ").append(carrying.isEmpty() || sum == null ? "" : ReportFigures.plain(sum)).append('\n');
            summary.append("- `").append(i.code()).append("` ").append(i.name())
                    .append(i.unit().isBlank() ? "" : " (" + i.unit() + ")");
            if (!carrying.isEmpty()) {
                summary.append(": tổng của ").append(reporting).append('/').append(carrying.size())
                        .append(" đơn vị cấp dưới đã báo cáo **").append(sum == null ? "0" : ReportFigures.display(sum)).append("**");
            }
            summary.append('\n');
        }
        if (!pending.isEmpty()) {
            summary.append("\nĐơn vị cấp dưới chưa báo cáo số liệu: ").append(String.join(", ", pending)).append('.');
        } else if (!carrying.isEmpty()) {
            summary.append("\nTất cả đơn vị cấp dưới đã báo cáo số liệu.");
        }
        v.put(Var.FIGURES_TEXT, text.toString());
        v.put(Var.FIGURES_SUMMARY, summary.length() <= Limits.STRING_VARIABLE ? summary.toString()
                : summary.substring(0, Limits.STRING_VARIABLE - 1) + "…");
        task.setVariables(v);
    }

    /**
     * On create of user_issue_document: the units the report may go to (b/c) besides the parent — the parent
     * itself, and at the top the registered directive's (b/c) names resolved to units, pre-picked; names that
     * resolve to none are shown and stay listed on the report.
     */
    public void prepareIssue(DelegateTask task) {
        String directiveId = (String) task.getVariable(Var.DIRECTIVE_ID);
        String unitCode = (String) task.getVariable(Var.UNIT_CODE);
        String parent = (String) task.getVariable(Var.PARENT_UNIT_CODE);
        Map<String, String> options = new LinkedHashMap<>();
        ArrayNode picked = json.createArrayNode();
        List<String> unresolved = new ArrayList<>();
        if (parent != null) {
            units.find(parent).ifPresent(u -> options.put(u.code(), u.name()));
        } else {
            for (ReportRecipients.Recipient r : recipients.resolve(unitCode, register.find(directiveId).orElseThrow().draft().reportTo())) {
                if (r.unitCode() == null) {
                    unresolved.add(r.name());
                } else if (options.putIfAbsent(r.unitCode(), r.name()) == null) {
                    picked.add(r.unitCode());
                }
            }
        }
        ArrayNode list = json.createArrayNode();
        options.forEach((code, name) -> list.addObject().put("label", name).put("value", code));
        Map<String, Object> v = new HashMap<>();
        v.put(Var.REPORT_TO_OPTIONS, SpinValues.jsonValue(list.toString()).create());
        v.put(Var.REPORT_TO, SpinValues.jsonValue(picked.toString()).create());
        v.put(Var.REPORT_TO_UNRESOLVED, unresolved.isEmpty() ? "" : String.join("; ", unresolved));
        task.setVariables(v);
    }

    /**
     * On complete of user_assign: the figures the unit asks of its subordinates (what it inherited, plus the
     * leader's own lines), kept in the register and as {@code indicators}.
     */
    public void indicators(DelegateTask task) {
        String directiveId = (String) task.getVariable(Var.DIRECTIVE_ID);
        String unitCode = (String) task.getVariable(Var.UNIT_CODE);
        List<ReportFigures.Indicator> asked = ReportFigures.merge(figures.inherited(directiveId, unitCode),
                figures.submittedIndicators(task::getVariable));
        figures.storeAsked(directiveId, unitCode, asked);
        task.setVariable(Var.INDICATORS, SpinValues.jsonValue(figures.indicatorsJson(asked)).create());
    }

    /** On complete of user_report: the figures checked against those asked, as {@code figures} (service_report keeps them). */
    public void figures(DelegateTask task) {
        List<ReportFigures.Indicator> required = figures.required((String) task.getVariable(Var.DIRECTIVE_ID),
                (String) task.getVariable(Var.UNIT_CODE));
        Map<String, java.math.BigDecimal> reported = figures.submittedFigures(required, task::getVariable);
        if (!required.isEmpty()) {
            task.setVariable(Var.FIGURES, SpinValues.jsonValue(figures.figuresJson(reported)).create());
        }
    }

    /**
     * For the submission filter: the contract's variables for what a form submitted as text — {@code indicators}
     * for user_assign's {@code indicatorsText}, {@code figures} for user_report's {@code figuresText} — checked
     * as the complete listeners check them; null when there is nothing to add.
     */
    public Map<String, String> fromFormText(String taskKey, Map<String, Object> submitted, Function<String, Object> taskVariable) {
        if (CascadeProcess.USER_ASSIGN.equals(taskKey)) {
            List<ReportFigures.Indicator> own = figures.submittedIndicators(submitted::get);
            return own == null ? null : Map.of(Var.INDICATORS, figures.indicatorsJson(own));
        }
        if (CascadeProcess.USER_ISSUE_DOCUMENT.equals(taskKey)) {
            recipients.submitted((String) taskVariable.apply(Var.UNIT_CODE), submitted.get(Var.REPORT_TO));
            return null;
        }
        if (CascadeProcess.USER_REPORT.equals(taskKey)) {
            List<ReportFigures.Indicator> required = figures.required((String) taskVariable.apply(Var.DIRECTIVE_ID),
                    (String) taskVariable.apply(Var.UNIT_CODE));
            Map<String, java.math.BigDecimal> reported = figures.submittedFigures(required,
                    name -> submitted.containsKey(name) ? submitted.get(name)
                            : Var.FIGURES_TEXT.equals(name) ? taskVariable.apply(name) : null);
            return required.isEmpty() ? null : Map.of(Var.FIGURES, figures.figuresJson(reported));
        }
        return null;
    }

    /**
     * One line per subordinate that carries the work out, within the 4,000 characters a string variable
     * holds (ACT_RU_VARIABLE.TEXT_): the Government Office's 63 provinces do not fit, so the lines that
     * do not are counted, and the status read of the directive lists every unit's report.
     */
    static String subordinateReports(List<Obligation> children, Function<String, String> unitName) {
        List<String> lines = children.stream().filter(o -> o.role().carriesOut()).map(o -> reportLine(o, unitName)).toList();
        if (lines.isEmpty()) {
            return "Không có đơn vị cấp dưới được giao.";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String rest = "… và " + (lines.size() - i) + " đơn vị khác (xem tình hình từng đơn vị của văn bản)\n";
            boolean last = i == lines.size() - 1;
            if (text.length() + lines.get(i).length() + (last ? 0 : rest.length()) > Limits.STRING_VARIABLE) {
                return text.append(rest).toString();
            }
            text.append(lines.get(i));
        }
        return text.toString();
    }

    private static String reportLine(Obligation o, Function<String, String> unitName) {
        StringBuilder line = new StringBuilder("- ").append(unitName.apply(o.unitCode())).append(" (").append(o.status().label());
        if (o.closedAt() != null) {
            line.append(", đã đóng do quá hạn");
        }
        line.append("): ");
        if (o.reportSummary() != null) {
            line.append(o.reportSummary());
        } else if (o.refusalReason() != null) {
            line.append("Từ chối: ").append(o.refusalReason());
        } else if (o.status() == UnitStatus.RECALLED) {
            line.append("văn bản giao việc đã bị thu hồi");
        } else {
            line.append("chưa báo cáo");
        }
        return line.append('\n').toString();
    }
}
