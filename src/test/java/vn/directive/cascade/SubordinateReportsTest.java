package vn.directive.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.directive.web.Limits;
import vn.directive.cascade.Obligations.Obligation;

/** What the report form shows of the subordinates' reports, and that it fits a string variable. */
class SubordinateReportsTest {

    @Test
    void listsEveryReportOfAFewSubordinatesAndLeavesOutTheInformedOnes() {
        String text = TaskListeners.subordinateReports(List.of(reported("107", Role.CHU_TRI, "Đã tiêm xong"),
                reported("107-PYT", Role.PHOI_HOP, "Đã hướng dẫn"), reported("03436", Role.DE_BIET, "Đã biết")),
                code -> "Đơn vị " + code);

        assertThat(text).isEqualTo("- Đơn vị 107 (Hoàn thành): Đã tiêm xong\n- Đơn vị 107-PYT (Hoàn thành): Đã hướng dẫn\n");
    }

    @Test
    void theGovernmentOfficesSixtyThreeProvincesAreCutToTheLimitAndTheRestCounted() {
        String summary = "Đã triển khai đến toàn bộ các huyện, xã; kết quả chi tiết tại báo cáo kèm theo. ".repeat(2);
        List<Obligation> provinces = IntStream.rangeClosed(1, 63)
                .mapToObj(i -> reported(String.format("%02d", i), Role.CHU_TRI, summary)).toList();

        String text = TaskListeners.subordinateReports(provinces, code -> "Tỉnh " + code);

        assertThat(text.length()).isLessThanOrEqualTo(Limits.STRING_VARIABLE);
        assertThat(text).startsWith("- Tỉnh 01 (Hoàn thành): " + summary);
        long listed = text.lines().filter(line -> line.startsWith("- Tỉnh ")).count();
        assertThat(listed).isBetween(10L, 62L);
        assertThat(text).endsWith("… và " + (63 - listed) + " đơn vị khác (xem tình hình từng đơn vị của văn bản)\n");
    }

    private static Obligation reported(String unitCode, Role role, String summary) {
        return new Obligation("d1", unitCode, "VPCP", role, null, UnitStatus.REPORTED, null, null, null, null,
                LocalDate.of(2026, 12, 15), null, summary, null, null, null, false, 0, null, null, null);
    }
}
