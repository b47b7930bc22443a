package vn.directive.cascade;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.Obligations.Assignment;
import vn.directive.unit.UnitRegistry;
import vn.directive.web.ApiException;
import vn.directive.web.Limits;

/**
 * The server-side rules of every form submission. Camunda Forms validate only in the browser; these
 * run before the engine sees a submission (TaskSubmissionFilter) and again when a task completes
 * (TaskListeners), so a broken submission is refused and the task stays open.
 */
@Component
public class TaskRules {

    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("\\d{1,6}\\s*/\\s*[\\p{L}\\p{N}Đđ./-]{1,40}");

    /** What the rules need to know about the task being completed. */
    public record TaskContext(String taskKey, String unitCode, String assignerUnitCode, LocalDate reportDeadline,
                              LocalDate assignerDeadline) {
    }

    private final UnitRegistry units;
    private final SubmittedVariables submitted;
    private final Deadlines deadlines;

    public TaskRules(UnitRegistry units, SubmittedVariables submitted, Deadlines deadlines) {
        this.units = units;
        this.submitted = submitted;
        this.deadlines = deadlines;
    }

    public void check(TaskContext task, Map<String, Object> v) {
        FormFields.check(task.taskKey(), v);
        switch (task.taskKey()) {
            case CascadeProcess.USER_ACKNOWLEDGE -> acknowledge(v);
            case CascadeProcess.USER_ASSIGN -> assign(task, v);
            case CascadeProcess.USER_ISSUE_DOCUMENT -> issue(v);
            case CascadeProcess.USER_REPORT -> report(v);
            case CascadeProcess.USER_HANDLE_OVERDUE -> overdue(task, v);
            default -> {
            }
        }
    }

    private void acknowledge(Map<String, Object> v) {
        Boolean accepted = SubmittedVariables.bool(Var.ACCEPTED, v.get(Var.ACCEPTED));
        if (accepted == null) {
            throw ApiException.badRequest("missing-variable", "Variable 'accepted' (true or false) is required");
        }
        if (!accepted && blank(v.get(Var.REFUSAL_REASON))) {
            throw ApiException.unprocessable("refusal-without-reason",
                    "Variable 'refusalReason' is required when the document is refused (accepted = false)");
        }
    }

    private void assign(TaskContext task, Map<String, Object> v) {
        if (!v.containsKey(Var.ASSIGNMENTS)) {
            throw ApiException.badRequest("missing-variable", "Variable 'assignments' (a JSON list) is required");
        }
        List<Assignment> list = submitted.assignments(v.get(Var.ASSIGNMENTS));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Assignment a = list.get(i);
            String at = "assignments[" + i + "]";
            if (a.unitCode() == null || a.unitCode().isBlank()) {
                throw ApiException.unprocessable("missing-unit", at + ".unitCode is required");
            }
            if (!units.isDirectSubordinate(a.unitCode(), task.unitCode())) {
                throw ApiException.unprocessable("not-a-subordinate", at + ".unitCode '" + a.unitCode()
                        + "' is not a direct subordinate of unit " + task.unitCode());
            }
            if (!seen.add(a.unitCode())) {
                throw ApiException.unprocessable("duplicate-unit", at + ".unitCode '" + a.unitCode() + "' is assigned twice");
            }
            if (a.role() == null) {
                throw ApiException.unprocessable("missing-role", at + ".role is required (CHU_TRI, PHOI_HOP or DE_BIET)");
            }
            if (a.reportDeadline() == null) {
                throw ApiException.unprocessable("missing-deadline", at + ".reportDeadline is required");
            }
            if (task.reportDeadline() != null && a.reportDeadline().isAfter(task.reportDeadline())) {
                throw ApiException.unprocessable("deadline-after-own", at + ".reportDeadline " + a.reportDeadline()
                        + " is after this unit's own deadline " + task.reportDeadline());
            }
            if (a.reportDeadline().isBefore(deadlines.today())) {
                throw ApiException.unprocessable("deadline-in-past", at + ".reportDeadline " + a.reportDeadline() + " is in the past");
            }
            if (a.role().carriesOut() && (a.task() == null || a.task().isBlank())) {
                throw ApiException.unprocessable("missing-task", at + ".task is required for " + a.role());
            }
            taskNotTooLong(at, a);
        }
    }

    /** The subordinate's forms show its task as a String variable ({@link Limits#TASK_TEXT}). */
    private static void taskNotTooLong(String at, Assignment a) {
        if (a.task() != null && a.task().length() > Limits.TASK_TEXT) {
            throw ApiException.unprocessable("value-too-long", at + ".task is " + a.task().length()
                    + " characters long; at most " + Limits.TASK_TEXT + " are allowed");
        }
    }

    private void issue(Map<String, Object> v) {
        Object number = v.get(Var.IMPLEMENTING_NUMBER);
        if (blank(number)) {
            throw ApiException.badRequest("missing-variable", "Variable 'implementingNumber' is required, e.g. 213/UBND-VX");
        }
        if (!DOCUMENT_NUMBER.matcher(String.valueOf(number).trim()).matches()) {
            throw ApiException.unprocessable("invalid-number",
                    "Variable 'implementingNumber' must be a document number such as 213/UBND-VX, not '" + number + "'");
        }
        LocalDate date = SubmittedVariables.date(Var.IMPLEMENTING_DATE, v.get(Var.IMPLEMENTING_DATE));
        if (date == null) {
            throw ApiException.badRequest("missing-variable", "Variable 'implementingDate' (YYYY-MM-DD) is required");
        }
        if (date.isAfter(deadlines.today())) {
            throw ApiException.unprocessable("date-in-future", "Variable 'implementingDate' " + date + " is in the future");
        }
        Object subject = v.get(Var.IMPLEMENTING_SUBJECT);
        if (subject != null && !(subject instanceof String)) {
            throw ApiException.badRequest("invalid-variable", "Variable 'implementingSubject' must be a String");
        }
        if (subject != null && ((String) subject).length() > 2000) {
            throw ApiException.unprocessable("value-too-long",
                    "Trích yếu văn bản triển khai (implementingSubject) dài quá 2.000 ký tự");
        }
    }

    private void report(Map<String, Object> v) {
        if (blank(v.get(Var.REPORT_SUMMARY))) {
            throw ApiException.unprocessable("missing-summary", "Variable 'reportSummary' is required");
        }
    }

    private void overdue(TaskContext task, Map<String, Object> v) {
        Object raw = v.get(Var.ACTION);
        if (blank(raw)) {
            throw ApiException.badRequest("missing-variable", "Variable 'action' (REMIND, EXTEND or CLOSE) is required");
        }
        OverdueAction action;
        try {
            action = OverdueAction.valueOf(String.valueOf(raw).trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.unprocessable("invalid-action", "Variable 'action' must be REMIND, EXTEND or CLOSE, not '" + raw + "'");
        }
        if (action == OverdueAction.EXTEND) {
            LocalDate newDeadline = SubmittedVariables.date(Var.NEW_DEADLINE, v.get(Var.NEW_DEADLINE));
            if (newDeadline == null) {
                throw ApiException.unprocessable("missing-deadline", "Variable 'newDeadline' is required with EXTEND");
            }
            if (newDeadline.isBefore(deadlines.today())) {
                throw ApiException.unprocessable("deadline-in-past", "Variable 'newDeadline' " + newDeadline + " is in the past");
            }
            if (task.assignerDeadline() != null && newDeadline.isAfter(task.assignerDeadline())) {
                throw ApiException.unprocessable("deadline-after-own", "Variable 'newDeadline' " + newDeadline
                        + " is after the assigning unit's own deadline " + task.assignerDeadline());
            }
        }
    }

    private static boolean blank(Object o) {
        return o == null || String.valueOf(o).isBlank();
    }
}
