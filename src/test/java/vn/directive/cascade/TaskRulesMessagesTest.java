package vn.directive.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.TaskRules.TaskContext;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitKind;
import vn.directive.unit.UnitRegistry;
import vn.directive.web.ApiException;

/**
 * What a person reads when TaskRules refuses a submission: Vietnamese, the field as the form labels it with the
 * variable in parentheses, rows counted from 1, dates as dd/mm/yyyy; the error codes unchanged.
 */
class TaskRulesMessagesTest {

    private static final String DISTRICT = "107";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate OWN_DEADLINE = LocalDate.of(2026, 12, 29);

    private TaskRules rules;
    private AssignmentForm form;

    @BeforeEach
    void rules() {
        UnitRegistry units = mock(UnitRegistry.class);
        when(units.isDirectSubordinate(anyString(), anyString())).thenAnswer(a -> !"03385".equals(a.getArgument(0)));
        when(units.find(anyString())).thenReturn(Optional.empty());
        when(units.find("03433")).thenReturn(Optional.of(new Unit("03433", "Thị trấn Mường Tè", UnitKind.COMMUNE,
                "Thị trấn", DISTRICT, "12", DISTRICT, "Mường Tè")));
        when(units.find(DISTRICT)).thenReturn(Optional.of(new Unit(DISTRICT, "Huyện Mường Tè", UnitKind.DISTRICT,
                "Huyện", "12", "12", DISTRICT, "Mường Tè")));
        Deadlines deadlines = mock(Deadlines.class);
        when(deadlines.today()).thenReturn(TODAY);
        rules = new TaskRules(units, new SubmittedVariables(new ObjectMapper()), deadlines);
        form = new AssignmentForm(new ObjectMapper(), units, deadlines);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assign(String assignments, String error) {
        TaskContext task = new TaskContext(CascadeProcess.USER_ASSIGN, DISTRICT, null, OWN_DEADLINE, null);
        return assertThatThrownBy(() -> rules.check(task, Map.of(Var.ASSIGNMENTS, assignments)))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).error()).isEqualTo(error));
    }

    private static String row(String unit, String role, String task, String deadline) {
        return "{\"unitCode\":\"" + unit + "\",\"role\":\"" + role + "\",\"task\":\"" + task + "\",\"reportDeadline\":\""
                + deadline + "\"}";
    }

    @Test
    void aDeadlineAfterTheUnitsOwnNamesTheRowFromOneTheFieldAndBothDatesAsVietnameseWriteThem() {
        assign("[" + row("107-PYT", "PHOI_HOP", "Hướng dẫn", "2026-12-20") + ","
                + row("03433", "CHU_TRI", "Tổ chức tiêm", "2026-12-31") + "]", "deadline-after-own")
                .hasMessage("Dòng 2, Thị trấn Mường Tè (03433) – Hạn báo cáo (assignments[1].reportDeadline) 31/12/2026"
                        + " sau hạn của đơn vị (29/12/2026)");
    }

    @Test
    void everyRowProblemSaysWhichRowCountingFromOne() {
        assign("[" + row("03433", "CHU_TRI", "x", "2026-11-30") + "]", "deadline-in-past")
                .hasMessage("Dòng 1, Thị trấn Mường Tè (03433) – Hạn báo cáo (assignments[0].reportDeadline) 30/11/2026"
                        + " đã qua (hôm nay là 01/12/2026)");
        assign("[" + row("03433", "CHU_TRI", "x", "2026-12-10") + "," + row("03385", "CHU_TRI", "x", "2026-12-10") + "]",
                "not-a-subordinate")
                .hasMessage("Dòng 2 – Đơn vị (assignments[1].unitCode) '03385' không phải đơn vị cấp dưới trực tiếp của"
                        + " Huyện Mường Tè (107)");
        assign("[" + row("03433", "CHU_TRI", "x", "2026-12-10") + "," + row("03433", "DE_BIET", "", "2026-12-10") + "]",
                "duplicate-unit")
                .hasMessageStartingWith("Dòng 2, Thị trấn Mường Tè (03433) – đơn vị được phân công hai lần");
        assign("[" + row("03433", "CHU_TRI", "", "2026-12-10") + "]", "missing-task")
                .hasMessage("Dòng 1, Thị trấn Mường Tè (03433) – chưa có Nhiệm vụ (assignments[0].task) cho đơn vị chủ trì");
        assign("[{\"unitCode\":\"03433\",\"role\":\"CHU_TRI\",\"task\":\"x\"}]", "missing-deadline")
                .hasMessage("Dòng 1, Thị trấn Mường Tè (03433) – chưa có Hạn báo cáo (assignments[0].reportDeadline)");
        assign("[" + row("03433", "CHU_TRI", "x", "31-12-2026") + "]", "invalid-variable")
                .hasMessage("Dòng 1 – Hạn báo cáo (assignments[0].reportDeadline) phải là một ngày dạng"
                        + " YYYY-MM-DD, không phải '31-12-2026'");
        assign("[" + row("03433", "LEAD", "x", "2026-12-10") + "]", "invalid-variable")
                .hasMessageStartingWith("Dòng 1 – Vai trò (assignments[0].role) phải là CHU_TRI (chủ trì)");
    }

    @Test
    void theAssignmentFormsOwnDeadlineFieldIsNamedAsTheFormLabelsIt() {
        Map<String, Object> task = Map.of(Var.DISPLAY, new Display("03432", "CHU_TRI", true, "Huyện Mường Tè", null, null, null,
                null, null, null, null, null, null, null, null).withReportDeadline(OWN_DEADLINE));
        assertThatThrownBy(() -> form.assignments(Map.of(Var.CHU_TRI, "[\"03433\"]", Var.SUBORDINATE_DEADLINE, "2026-12-31"),
                task::get))
                .satisfies(e -> assertThat(((ApiException) e).error()).isEqualTo("deadline-after-own"))
                .hasMessage("Hạn báo cáo của đơn vị cấp dưới (subordinateDeadline) 31/12/2026 sau hạn của đơn vị (29/12/2026)");
        assertThatThrownBy(() -> form.assignments(Map.of(Var.CHU_TRI, "[\"03433\"]", Var.DE_BIET, "[\"03433\"]",
                Var.SUBORDINATE_DEADLINE, "2026-12-20"), task::get))
                .satisfies(e -> assertThat(((ApiException) e).error()).isEqualTo("duplicate-unit"))
                .hasMessage("Đơn vị Thị trấn Mường Tè (03433) được chọn ở hai vai trò, lần thứ hai ở Đơn vị nhận để biết"
                        + " (deBiet); mỗi đơn vị chỉ giữ một vai trò");
        assertThat(form.assignments(Map.of(Var.CHU_TRI, "[\"03433\"]", Var.SUBORDINATE_DEADLINE, "2026-12-29"), task::get))
                .contains("\"reportDeadline\":\"2026-12-29\"");
    }

    @Test
    void singleFieldsAreNamedAsTheirFormsLabelThem() {
        TaskContext issue = new TaskContext(CascadeProcess.USER_ISSUE_DOCUMENT, DISTRICT, null, OWN_DEADLINE, null);
        assertThatThrownBy(() -> rules.check(issue, Map.of(Var.IMPLEMENTING_NUMBER, "công văn")))
                .hasMessage("Số, ký hiệu văn bản triển khai (implementingNumber) phải là số và ký hiệu văn bản như"
                        + " 213/UBND-VX, không phải 'công văn'");
        assertThatThrownBy(() -> rules.check(issue, Map.of(Var.IMPLEMENTING_NUMBER, "213/UBND-VX",
                Var.IMPLEMENTING_DATE, "2026-12-02")))
                .hasMessage("Ngày ban hành (implementingDate) 02/12/2026 sau hôm nay (01/12/2026)");

        TaskContext acknowledge = new TaskContext(CascadeProcess.USER_ACKNOWLEDGE, DISTRICT, null, OWN_DEADLINE, null);
        assertThatThrownBy(() -> rules.check(acknowledge, Map.of(Var.ACCEPTED, false)))
                .hasMessage("Từ chối tiếp nhận văn bản thì phải ghi Lý do từ chối (refusalReason)");

        TaskContext overdue = new TaskContext(CascadeProcess.USER_HANDLE_OVERDUE, "03433", DISTRICT, OWN_DEADLINE,
                LocalDate.of(2026, 12, 15));
        assertThatThrownBy(() -> rules.check(overdue, Map.of(Var.ACTION, "EXTEND", Var.NEW_DEADLINE, "2026-12-20")))
                .satisfies(e -> assertThat(((ApiException) e).error()).isEqualTo("deadline-after-own"))
                .hasMessage("Hạn mới (newDeadline) 20/12/2026 sau hạn của đơn vị giao việc (15/12/2026)");

        TaskContext report = new TaskContext(CascadeProcess.USER_REPORT, "03433", DISTRICT, OWN_DEADLINE, null);
        assertThatThrownBy(() -> rules.check(report, Map.of()))
                .hasMessage("Chưa nhập Báo cáo kết quả thực hiện (reportSummary)");
    }
}
