package vn.directive.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.unit.UnitRegistry;
import vn.directive.web.ApiException;

/** The assignment form's pickers become the contract's assignments list. */
class AssignmentFormTest {

    private final ObjectMapper json = new ObjectMapper();
    private final AssignmentForm form = new AssignmentForm(json, mock(UnitRegistry.class), today(LocalDate.of(2026, 12, 1)));

    private static Deadlines today(LocalDate day) {
        Deadlines deadlines = mock(Deadlines.class);
        when(deadlines.today()).thenReturn(day);
        return deadlines;
    }

    /** What prepareAssign left on the task: Sở Y tế has tasks of its own and an earlier deadline. */
    private final Map<String, Object> task = Map.of(
            Var.ASSIGNMENT_PROPOSAL, "[{\"unitCode\":\"12-SYT\",\"task\":\"1. Rà soát phương án\",\"specificDeadline\":\"2026-12-10\"},"
                    + "{\"unitCode\":\"107\",\"task\":\"\",\"specificDeadline\":null}]",
            Var.COMMON_TASK, "Tổ chức thực hiện",
            Var.SUBORDINATE_DEADLINE, "2026-12-20");

    @Test
    void unitsWithATaskOfTheirOwnKeepItOthersGetTheCommonTextAndDeadline() throws Exception {
        Map<String, Object> submitted = new HashMap<>();
        submitted.put(Var.CHU_TRI, "[\"12-SYT\",\"107\"]");
        submitted.put(Var.DE_BIET, "[\"108\"]");
        submitted.put(Var.SUBORDINATE_DEADLINE, "2026-12-18");
        assertThat(AssignmentForm.submittedByForm(submitted)).isTrue();

        JsonNode rows = json.readTree(form.assignments(submitted, task::get));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("unitCode").asText()).isEqualTo("12-SYT");
        assertThat(rows.get(0).get("role").asText()).isEqualTo("CHU_TRI");
        assertThat(rows.get(0).get("task").asText()).isEqualTo("1. Rà soát phương án");
        assertThat(rows.get(0).get("reportDeadline").asText()).isEqualTo("2026-12-10");
        assertThat(rows.get(1).get("task").asText()).isEqualTo("Tổ chức thực hiện");
        assertThat(rows.get(1).get("reportDeadline").asText()).as("the submitted deadline, not the pre-filled one")
                .isEqualTo("2026-12-18");
        assertThat(rows.get(2).get("role").asText()).isEqualTo("DE_BIET");
    }

    @Test
    void aListSubmittedAsTheContractSaysIsNotTheFormsBusiness() {
        Map<String, Object> submitted = Map.of(Var.ASSIGNMENTS, "[]", Var.CHU_TRI, "[\"107\"]");
        assertThat(AssignmentForm.submittedByForm(submitted)).isFalse();
        assertThat(AssignmentForm.submittedByForm(Map.of(Var.ACCEPTED, true))).isFalse();
    }

    @Test
    void aUnitPickedForTwoRolesIsRefused() {
        Map<String, Object> submitted = Map.of(Var.CHU_TRI, "[\"107\"]", Var.PHOI_HOP, "[\"107\"]");
        assertThatThrownBy(() -> form.assignments(submitted, task::get)).isInstanceOf(ApiException.class)
                .hasMessage("Đơn vị 107 được chọn ở hai vai trò, lần thứ hai ở Đơn vị phối hợp (phoiHop); mỗi đơn vị chỉ giữ"
                        + " một vai trò")
                .extracting(e -> ((ApiException) e).error()).isEqualTo("duplicate-unit");
    }

    @Test
    void aPickerThatIsNotAListIsABadRequest() {
        Map<String, Object> submitted = Map.of(Var.CHU_TRI, "\"107\"");
        assertThatThrownBy(() -> form.assignments(submitted, task::get)).isInstanceOf(ApiException.class)
                .extracting(e -> ((ApiException) e).error()).isEqualTo("invalid-variable");
    }
}
