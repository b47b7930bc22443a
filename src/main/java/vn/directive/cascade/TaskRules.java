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
import vn.directive.web.FieldLabels;
import vn.directive.web.Limits;

/**
 * The server-side rules of every form submission. Camunda Forms validate only in the browser; these
 * run before the engine sees a submission (TaskSubmissionFilter) and again when a task completes
 * (TaskListeners), so a broken submission is refused and the task stays open.
 */
@Component
public class TaskRules {

    private static final String ACTIONS = "Đôn đốc, nhắc nhở (REMIND), Gia hạn (EXTEND) hoặc Đóng nhiệm vụ (CLOSE)";
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
            case ExtensionProcess.USER_DECIDE_EXTENSION -> decideExtension(task, v);
            default -> {
            }
        }
    }

    private void acknowledge(Map<String, Object> v) {
        Boolean accepted = SubmittedVariables.bool(Var.ACCEPTED, v.get(Var.ACCEPTED));
        if (accepted == null) {
            throw ApiException.badRequest("missing-variable",
                    "Thiếu " + FieldLabels.field(Var.ACCEPTED) + ": có (true) hoặc không (false)");
        }
        if (!accepted && blank(v.get(Var.REFUSAL_REASON))) {
            throw ApiException.unprocessable("refusal-without-reason",
                    "Từ chối tiếp nhận văn bản thì phải ghi " + FieldLabels.field(Var.REFUSAL_REASON));
        }
    }

    private void assign(TaskContext task, Map<String, Object> v) {
        if (!v.containsKey(Var.ASSIGNMENTS)) {
            throw ApiException.badRequest("missing-variable",
                    "Thiếu " + FieldLabels.field(Var.ASSIGNMENTS) + " (một danh sách JSON)");
        }
        List<Assignment> list = submitted.assignments(v.get(Var.ASSIGNMENTS));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Assignment a = list.get(i);
            String at = Var.ASSIGNMENTS + "[" + i + "]";
            String row = FieldLabels.row(i) + " – ";
            if (a.unitCode() == null || a.unitCode().isBlank()) {
                throw ApiException.unprocessable("missing-unit", row + "chưa chọn " + FieldLabels.field(at + ".unitCode"));
            }
            if (!units.isDirectSubordinate(a.unitCode(), task.unitCode())) {
                throw ApiException.unprocessable("not-a-subordinate", row + FieldLabels.field(at + ".unitCode") + " '"
                        + a.unitCode() + "' không phải đơn vị cấp dưới trực tiếp của " + unit(task.unitCode()));
            }
            row = FieldLabels.row(i) + ", " + unit(a.unitCode()) + " – ";
            if (!seen.add(a.unitCode())) {
                throw ApiException.unprocessable("duplicate-unit", row + "đơn vị được phân công hai lần ("
                        + FieldLabels.field(at + ".unitCode") + "); mỗi đơn vị chỉ giữ một dòng, một vai trò");
            }
            if (a.role() == null) {
                throw ApiException.unprocessable("missing-role", row + "chưa có " + FieldLabels.field(at + ".role")
                        + ": CHU_TRI (chủ trì), PHOI_HOP (phối hợp) hoặc DE_BIET (để biết)");
            }
            if (a.reportDeadline() == null) {
                throw ApiException.unprocessable("missing-deadline", row + "chưa có " + FieldLabels.field(at + ".reportDeadline"));
            }
            if (task.reportDeadline() != null && a.reportDeadline().isAfter(task.reportDeadline())) {
                throw ApiException.unprocessable("deadline-after-own", row + FieldLabels.field(at + ".reportDeadline") + " "
                        + FieldLabels.day(a.reportDeadline()) + " sau hạn của đơn vị (" + FieldLabels.day(task.reportDeadline()) + ")");
            }
            if (a.reportDeadline().isBefore(deadlines.today())) {
                throw ApiException.unprocessable("deadline-in-past", row + FieldLabels.field(at + ".reportDeadline") + " "
                        + FieldLabels.day(a.reportDeadline()) + " đã qua (hôm nay là " + FieldLabels.day(deadlines.today()) + ")");
            }
            if (a.role().carriesOut() && (a.task() == null || a.task().isBlank())) {
                throw ApiException.unprocessable("missing-task", row + "chưa có " + FieldLabels.field(at + ".task")
                        + " cho đơn vị " + a.role().label().toLowerCase(java.util.Locale.ROOT));
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

    /** A unit as a person reads it: its name and code, or the code alone when it is not in the registry. */
    private String unit(String code) {
        return units.find(code).map(u -> u.name() + " (" + code + ")").orElse(code);
    }

    private void issue(Map<String, Object> v) {
        Object number = v.get(Var.IMPLEMENTING_NUMBER);
        if (blank(number)) {
            throw ApiException.badRequest("missing-variable",
                    "Chưa nhập " + FieldLabels.field(Var.IMPLEMENTING_NUMBER) + ", ví dụ 213/UBND-VX");
        }
        if (!DOCUMENT_NUMBER.matcher(String.valueOf(number).trim()).matches()) {
            throw ApiException.unprocessable("invalid-number", FieldLabels.field(Var.IMPLEMENTING_NUMBER)
                    + " phải là số và ký hiệu văn bản như 213/UBND-VX, không phải '" + number + "'");
        }
        LocalDate date = SubmittedVariables.date(Var.IMPLEMENTING_DATE, v.get(Var.IMPLEMENTING_DATE));
        if (date == null) {
            throw ApiException.badRequest("missing-variable", "Chưa nhập " + FieldLabels.field(Var.IMPLEMENTING_DATE));
        }
        if (date.isAfter(deadlines.today())) {
            throw ApiException.unprocessable("date-in-future", FieldLabels.field(Var.IMPLEMENTING_DATE) + " "
                    + FieldLabels.day(date) + " sau hôm nay (" + FieldLabels.day(deadlines.today()) + ")");
        }
        Object subject = v.get(Var.IMPLEMENTING_SUBJECT);
        if (subject != null && !(subject instanceof String)) {
            throw ApiException.badRequest("invalid-variable", FieldLabels.field(Var.IMPLEMENTING_SUBJECT) + " phải là văn bản (String)");
        }
        if (subject != null && ((String) subject).length() > 2000) {
            throw ApiException.unprocessable("value-too-long",
                    FieldLabels.field(Var.IMPLEMENTING_SUBJECT) + " dài quá 2.000 ký tự");
        }
    }

    private void report(Map<String, Object> v) {
        if (blank(v.get(Var.REPORT_SUMMARY))) {
            throw ApiException.unprocessable("missing-summary", "Chưa nhập " + FieldLabels.field(Var.REPORT_SUMMARY));
        }
    }

    private void overdue(TaskContext task, Map<String, Object> v) {
        Object raw = v.get(Var.ACTION);
        if (blank(raw)) {
            throw ApiException.badRequest("missing-variable", "Chưa chọn " + FieldLabels.field(Var.ACTION) + ": " + ACTIONS);
        }
        OverdueAction action;
        try {
            action = OverdueAction.valueOf(String.valueOf(raw).trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.unprocessable("invalid-action",
                    FieldLabels.field(Var.ACTION) + " phải là " + ACTIONS + ", không phải '" + raw + "'");
        }
        if (action == OverdueAction.EXTEND) {
            LocalDate newDeadline = SubmittedVariables.date(Var.NEW_DEADLINE, v.get(Var.NEW_DEADLINE));
            if (newDeadline == null) {
                throw ApiException.unprocessable("missing-deadline",
                        "Chọn Gia hạn (EXTEND) thì phải nhập " + FieldLabels.field(Var.NEW_DEADLINE));
            }
            if (newDeadline.isBefore(deadlines.today())) {
                throw ApiException.unprocessable("deadline-in-past", FieldLabels.field(Var.NEW_DEADLINE) + " "
                        + FieldLabels.day(newDeadline) + " đã qua (hôm nay là " + FieldLabels.day(deadlines.today()) + ")");
            }
            if (task.assignerDeadline() != null && newDeadline.isAfter(task.assignerDeadline())) {
                throw ApiException.unprocessable("deadline-after-own", FieldLabels.field(Var.NEW_DEADLINE) + " "
                        + FieldLabels.day(newDeadline) + " sau hạn của đơn vị giao việc (" + FieldLabels.day(task.assignerDeadline()) + ")");
            }
        }
    }

    /**
     * Xét đề nghị gia hạn: approve with a date after the unit's current deadline ({@code task.reportDeadline()}, read
     * live) and not after the deciding unit's own ({@code task.assignerDeadline()}), or refuse with a reason.
     */
    private void decideExtension(TaskContext task, Map<String, Object> v) {
        Boolean approved = SubmittedVariables.bool(ExtensionProcess.Var.APPROVED, v.get(ExtensionProcess.Var.APPROVED));
        if (approved == null) {
            throw ApiException.badRequest("missing-variable", "Chưa chọn " + FieldLabels.field(ExtensionProcess.Var.APPROVED)
                    + ": có (true) hoặc không (false)");
        }
        if (!approved) {
            if (blank(v.get(ExtensionProcess.Var.REASON))) {
                throw ApiException.unprocessable("refusal-without-reason",
                        "Không đồng ý gia hạn thì phải ghi " + FieldLabels.field(ExtensionProcess.Var.REASON));
            }
            return;
        }
        LocalDate newDeadline = SubmittedVariables.date(Var.NEW_DEADLINE, v.get(Var.NEW_DEADLINE));
        if (newDeadline == null) {
            throw ApiException.unprocessable("missing-deadline",
                    "Đồng ý gia hạn thì phải nhập " + FieldLabels.field(Var.NEW_DEADLINE));
        }
        if (task.reportDeadline() != null && !newDeadline.isAfter(task.reportDeadline())) {
            throw ApiException.unprocessable("deadline-not-later", FieldLabels.field(Var.NEW_DEADLINE) + " "
                    + FieldLabels.day(newDeadline) + " không sau hạn báo cáo hiện tại của đơn vị (" + FieldLabels.day(task.reportDeadline()) + ")");
        }
        if (task.assignerDeadline() != null && newDeadline.isAfter(task.assignerDeadline())) {
            throw ApiException.unprocessable("deadline-after-own", FieldLabels.field(Var.NEW_DEADLINE) + " "
                    + FieldLabels.day(newDeadline) + " sau hạn của đơn vị giao việc (" + FieldLabels.day(task.assignerDeadline()) + ")");
        }
    }

    private static boolean blank(Object o) {
        return o == null || String.valueOf(o).isBlank();
    }
}
