package vn.directive.cascade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.Obligations.Assignment;
import vn.directive.history.UnitHistory;
import vn.directive.history.UnitHistory.Action;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitRegistry;

/**
 * The audit trail of the cascade's human steps (CONTRACT section 8, History): called by the {@code check} listener
 * once a completion of user_acknowledge, user_assign, user_issue_document, user_report or user_handle_overdue has
 * passed the rules, it records the step on the unit the task is about (the instance's {@code unitCode}) by the
 * engine's current user, in the completion's own transaction. A completion the rules refuse never gets here; one
 * that a later listener or step rolls back takes its row with it.
 * <p>
 * The details are what was submitted that matters, as plain JSON (dates ISO {@code YYYY-MM-DD}), never the whole
 * variable map: long texts are cut to {@link #TEXT} characters, an assignment's task to {@link #TASK_TEXT}, and a
 * long list of assignments keeps its first rows and says how many there were.
 */
@Component
public class StepHistory {

    /** The longest text (a reason, a summary, a note, a subject) kept in a step's details. */
    static final int TEXT = 1000;
    /** The longest task text kept per assignment. */
    static final int TASK_TEXT = 200;
    /** Details are kept within this many characters of JSON (unit_history.details holds 20,000). */
    static final int MAX_JSON = 16000;

    private final UnitHistory history;
    private final SubmittedVariables submitted;
    private final ReportFigures figures;
    private final ReportRecipients recipients;
    private final UnitRegistry units;
    private final ObjectMapper json;

    public StepHistory(UnitHistory history, SubmittedVariables submitted, ReportFigures figures,
                       ReportRecipients recipients, UnitRegistry units, ObjectMapper json) {
        this.history = history;
        this.submitted = submitted;
        this.figures = figures;
        this.recipients = recipients;
        this.units = units;
        this.json = json;
    }

    /** One step: the history's action and its details. */
    record Step(Action action, Map<String, Object> details) {
    }

    /** Records the completed task's step, if it is one of the five steps of the cascade's own tasks. */
    public void record(DelegateTask task) {
        Step step = step(task.getTaskDefinitionKey(), task::getVariable);
        if (step == null) {
            return;
        }
        history.record((String) task.getVariable(Var.DIRECTIVE_ID), (String) task.getVariable(Var.UNIT_CODE),
                step.action(), step.details());
    }

    Step step(String taskKey, java.util.function.Function<String, Object> variable) {
        if (taskKey == null) {
            return null;
        }
        return switch (taskKey) {
            case CascadeProcess.USER_ACKNOWLEDGE -> acknowledge(variable);
            case CascadeProcess.USER_ASSIGN -> assign(variable);
            case CascadeProcess.USER_ISSUE_DOCUMENT -> issue(variable);
            case CascadeProcess.USER_REPORT -> report(variable);
            case CascadeProcess.USER_HANDLE_OVERDUE -> overdue(variable);
            default -> null;
        };
    }

    private static Step acknowledge(java.util.function.Function<String, Object> v) {
        boolean accepted = Boolean.TRUE.equals(SubmittedVariables.bool(Var.ACCEPTED, v.apply(Var.ACCEPTED)));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put(Var.ACCEPTED, accepted);
        if (!accepted) {
            d.put(Var.REFUSAL_REASON, cut(v.apply(Var.REFUSAL_REASON), TEXT));
            return new Step(Action.REFUSE, d);
        }
        return new Step(Action.ACKNOWLEDGE, d);
    }

    private Step assign(java.util.function.Function<String, Object> v) {
        String directiveId = (String) v.apply(Var.DIRECTIVE_ID);
        String unitCode = (String) v.apply(Var.UNIT_CODE);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Assignment a : submitted.assignments(v.apply(Var.ASSIGNMENTS))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("unitCode", a.unitCode());
            row.put("unitName", units.find(a.unitCode()).map(Unit::name).orElse(a.unitCode()));
            row.put("role", a.role() == null ? null : a.role().name());
            row.put("task", cut(a.task(), TASK_TEXT));
            row.put("reportDeadline", iso(a.reportDeadline()));
            rows.add(row);
        }
        List<Map<String, String>> indicators = new ArrayList<>();
        for (ReportFigures.Indicator i : ReportFigures.merge(figures.inherited(directiveId, unitCode),
                figures.submittedIndicators(v))) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("code", i.code());
            row.put("name", cut(i.name(), 200));
            row.put("unit", cut(i.unit(), 40));
            indicators.add(row);
        }
        return new Step(Action.ASSIGN, assignDetails(rows, indicators, json));
    }

    /**
     * The details of an assignment within {@link #MAX_JSON} characters: a national one (every province and
     * ministry) keeps as many of its first rows as fit, and says how many there were ({@code assignmentsTotal}).
     */
    static Map<String, Object> assignDetails(List<Map<String, Object>> rows, List<Map<String, String>> indicators,
                                             ObjectMapper json) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put(Var.ASSIGNMENTS, rows);
        d.put(Var.INDICATORS, indicators);
        List<Map<String, Object>> kept = rows;
        while (tooLong(d, json) && kept.size() > 1) {
            kept = new ArrayList<>(kept.subList(0, kept.size() * 3 / 4));
            d.put(Var.ASSIGNMENTS, kept);
            d.put("assignmentsTotal", rows.size());
        }
        return d;
    }

    private Step issue(java.util.function.Function<String, Object> v) {
        Map<String, Object> d = new LinkedHashMap<>();
        Object number = v.apply(Var.IMPLEMENTING_NUMBER);
        d.put(Var.IMPLEMENTING_NUMBER, number == null ? null : String.valueOf(number).trim());
        d.put(Var.IMPLEMENTING_DATE, iso(SubmittedVariables.date(Var.IMPLEMENTING_DATE, v.apply(Var.IMPLEMENTING_DATE))));
        Object subject = v.apply(Var.IMPLEMENTING_SUBJECT);
        d.put(Var.IMPLEMENTING_SUBJECT, subject == null || String.valueOf(subject).isBlank() ? null
                : cut(String.valueOf(subject).trim(), TEXT));
        List<Map<String, String>> to = new ArrayList<>();
        for (ReportRecipients.Recipient r : recipients.submitted((String) v.apply(Var.UNIT_CODE), v.apply(Var.REPORT_TO))) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("unitCode", r.unitCode());
            row.put("name", r.name());
            to.add(row);
        }
        d.put(Var.REPORT_TO, to);
        return new Step(Action.ISSUE, d);
    }

    private Step report(java.util.function.Function<String, Object> v) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put(Var.REPORT_SUMMARY, cut(v.apply(Var.REPORT_SUMMARY), TEXT));
        List<ReportFigures.Indicator> required = figures.required((String) v.apply(Var.DIRECTIVE_ID),
                (String) v.apply(Var.UNIT_CODE));
        if (!required.isEmpty()) {
            Map<String, BigDecimal> reported = figures.submittedFigures(required, v);
            Map<String, Object> plain = new LinkedHashMap<>();
            reported.forEach((code, value) -> plain.put(code, value == null ? null : new BigDecimal(ReportFigures.plain(value))));
            d.put(Var.FIGURES, plain);
        }
        return new Step(Action.REPORT, d);
    }

    private static Step overdue(java.util.function.Function<String, Object> v) {
        OverdueAction decision = OverdueAction.valueOf(String.valueOf(v.apply(Var.ACTION)).trim());
        Map<String, Object> d = new LinkedHashMap<>();
        if (decision == OverdueAction.EXTEND) {
            d.put(Var.NEW_DEADLINE, iso(SubmittedVariables.date(Var.NEW_DEADLINE, v.apply(Var.NEW_DEADLINE))));
        }
        Object note = v.apply(Var.NOTE);
        d.put(Var.NOTE, note == null || String.valueOf(note).isBlank() ? null : cut(String.valueOf(note).trim(), TEXT));
        Action action = switch (decision) {
            case REMIND -> Action.REMIND;
            case EXTEND -> Action.EXTEND;
            case CLOSE -> Action.CLOSE;
        };
        return new Step(action, d);
    }

    private static boolean tooLong(Map<String, Object> details, ObjectMapper json) {
        try {
            return json.writeValueAsString(details).length() > MAX_JSON;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** A text within {@code max} characters, cut with an ellipsis. */
    static String cut(Object value, int max) {
        if (value == null) {
            return null;
        }
        String s = String.valueOf(value);
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
