package vn.directive.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit trail's details stay small whatever was submitted. */
class StepHistoryTest {

    private final ObjectMapper json = new ObjectMapper();

    private static Map<String, Object> row(int i) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("unitCode", String.format("%05d", i));
        row.put("unitName", "Xã số " + i + " của một huyện có tên khá dài");
        row.put("role", "CHU_TRI");
        row.put("task", StepHistory.cut("Tổ chức triển khai thực hiện ".repeat(20), StepHistory.TASK_TEXT));
        row.put("reportDeadline", "2026-12-31");
        return row;
    }

    @Test
    void aNationalAssignmentKeepsItsFirstRowsAndSaysHowManyThereWere() throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            rows.add(row(i));
        }
        Map<String, Object> details = StepHistory.assignDetails(rows, List.of(Map.of("code", "mui_tiem", "name", "Số mũi tiêm", "unit", "mũi")), json);
        assertThat(json.writeValueAsString(details).length()).isLessThanOrEqualTo(StepHistory.MAX_JSON);
        assertThat(details.get("assignmentsTotal")).isEqualTo(700);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> kept = (List<Map<String, Object>>) details.get("assignments");
        assertThat(kept).isNotEmpty().hasSizeLessThan(700);
        assertThat(kept.get(0).get("unitCode")).isEqualTo("00000");
        assertThat((String) kept.get(0).get("task")).hasSize(StepHistory.TASK_TEXT).endsWith("…");
    }

    @Test
    void aDistrictsAssignmentIsKeptWhole() {
        Map<String, Object> details = StepHistory.assignDetails(new ArrayList<>(List.of(row(1), row(2), row(3))), List.of(), json);
        assertThat((List<?>) details.get("assignments")).hasSize(3);
        assertThat(details).doesNotContainKey("assignmentsTotal");
    }

    @Test
    void longTextsAreCut() {
        assertThat(StepHistory.cut("x".repeat(1500), StepHistory.TEXT)).hasSize(1000).endsWith("…");
        assertThat(StepHistory.cut("ngắn", StepHistory.TEXT)).isEqualTo("ngắn");
        assertThat(StepHistory.cut(null, StepHistory.TEXT)).isNull();
    }
}
