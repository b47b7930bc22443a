package vn.directive.cascade;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
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
import vn.directive.directive.DirectiveRegister;
import vn.directive.engine.SubmissionFilter;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitRegistry;

/**
 * Task listeners of bpmn/directive_handling.bpmn (${cascadeTasks...}): they put in front of the person
 * what the form needs, and check every completion against {@link TaskRules}.
 */
@Component("cascadeTasks")
public class TaskListeners {

    private static final List<String> RULE_VARIABLES = List.of(Var.ACCEPTED, Var.REFUSAL_REASON, Var.ASSIGNMENTS,
            Var.IMPLEMENTING_NUMBER, Var.IMPLEMENTING_DATE, Var.REPORT_SUMMARY, Var.ACTION, Var.NEW_DEADLINE, Var.NOTE);

    private final TaskRules rules;
    private final Obligations obligations;
    private final DirectiveRegister register;
    private final UnitRegistry units;
    private final ObjectMapper json;

    public TaskListeners(TaskRules rules, Obligations obligations, DirectiveRegister register, UnitRegistry units,
                         ObjectMapper json) {
        this.rules = rules;
        this.obligations = obligations;
        this.register = register;
        this.units = units;
        this.json = json;
    }

    /** On complete: the same rules as the REST filter, for completions through the Java API. */
    public void check(DelegateTask task) {
        Map<String, Object> submitted = new HashMap<>();
        for (String name : RULE_VARIABLES) {
            if (task.hasVariable(name)) {
                submitted.put(name, task.getVariable(name));
            }
        }
        rules.check(context(task.getTaskDefinitionKey(), task::getVariable), submitted);
    }

    public TaskContext context(String taskKey, Function<String, Object> variable) {
        String directiveId = (String) variable.apply(Var.DIRECTIVE_ID);
        String unitCode = (String) variable.apply(Var.UNIT_CODE);
        String assigner = (String) variable.apply(Var.ASSIGNER_UNIT_CODE);
        Object deadline = variable.apply(Var.REPORT_DEADLINE);
        LocalDate assignerDeadline = assigner == null || assigner.equals(unitCode) ? null
                : obligations.find(directiveId, assigner).map(Obligation::reportDeadline).orElse(null);
        return new TaskContext(taskKey, unitCode, assigner,
                deadline == null ? null : LocalDate.parse(deadline.toString()), assignerDeadline);
    }

    /**
     * On create of user_assign: the direct subordinates to pick from, and the assignments pre-filled
     * from the directive's own numbered tasks where they name this unit's subordinates.
     */
    public void prepareAssign(DelegateTask task) {
        String unitCode = (String) task.getVariable(Var.UNIT_CODE);
        List<Unit> children = units.children(unitCode);
        ArrayNode options = json.createArrayNode();
        for (Unit child : children) {
            options.addObject().put("label", child.name()).put("value", child.code());
        }
        task.setVariable(Var.SUBORDINATE_OPTIONS, SpinValues.jsonValue(options.toString()).create());
        if (task.hasVariable(Var.ASSIGNMENTS)) {
            return;
        }
        String directiveId = (String) task.getVariable(Var.DIRECTIVE_ID);
        String deadline = (String) task.getVariable(Var.REPORT_DEADLINE);
        Set<String> childCodes = children.stream().map(Unit::code).collect(Collectors.toSet());
        // one row per subordinate: a unit named in several numbered tasks gets all of them, the earliest
        // deadline, and the lead role if it leads any
        Map<String, ObjectNode> rows = new LinkedHashMap<>();
        ArrayNode prefill = json.createArrayNode();
        register.find(directiveId).ifPresent(d -> {
            for (DirectiveDraft.Assignment a : d.draft().assignments() == null ? List.<DirectiveDraft.Assignment>of()
                    : d.draft().assignments()) {
                boolean lead = true;
                String text = (a.ordinal() == null ? "" : a.ordinal() + ". ") + (a.text() == null ? "" : a.text());
                String due = a.deadline() != null ? a.deadline().toString() : deadline;
                for (String code : a.unitCodes() == null ? List.<String>of() : a.unitCodes()) {
                    if (!childCodes.contains(code)) {
                        continue;
                    }
                    ObjectNode row = rows.get(code);
                    if (row == null) {
                        row = prefill.addObject();
                        rows.put(code, row);
                        row.put("unitCode", code);
                        row.put("role", lead ? Role.CHU_TRI.name() : Role.PHOI_HOP.name());
                        row.put("task", text);
                        row.put("reportDeadline", due);
                    } else {
                        if (lead) {
                            row.put("role", Role.CHU_TRI.name());
                        }
                        row.put("task", row.get("task").asText() + "\n" + text);
                        if (due != null && due.compareTo(row.get("reportDeadline").asText()) < 0) {
                            row.put("reportDeadline", due);
                        }
                    }
                    lead = false;
                }
            }
        });
        task.setVariable(Var.ASSIGNMENTS, SpinValues.jsonValue(prefill.toString()).create());
    }

    /** On create of user_report: what each subordinate reported, for the officer writing this unit's report. */
    public void prepareReport(DelegateTask task) {
        String directiveId = (String) task.getVariable(Var.DIRECTIVE_ID);
        String unitCode = (String) task.getVariable(Var.UNIT_CODE);
        task.setVariable(Var.SUBORDINATE_REPORTS, subordinateReports(obligations.children(directiveId, unitCode),
                code -> units.find(code).map(Unit::name).orElse(code)));
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
            if (text.length() + lines.get(i).length() + (last ? 0 : rest.length()) > SubmissionFilter.STRING_VARIABLE_LIMIT) {
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
        } else {
            line.append("chưa báo cáo");
        }
        return line.append('\n').toString();
    }
}
