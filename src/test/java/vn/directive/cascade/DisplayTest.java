package vn.directive.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.directive.cascade.CascadeProcess.Var;

/** What a unit's forms show: kept together, changed together, read the same way from every instance. */
class DisplayTest {

    private static final Display COMMUNE = new Display("03432", "CHU_TRI", false, "Thị trấn Mường Tè", "1168/CĐ-BYT",
            "Về tăng cường phòng, chống dịch", "Bộ Y tế", "88/UBND-VP", "30/11/2026", "Ủy ban nhân dân huyện Mường Tè",
            "V/v triển khai văn bản số 215/UBND-VX", "/documents/d/units/03433", "Tổ chức tiêm", null, null)
            .withReportDeadline(LocalDate.of(2027, 1, 5));

    @Test
    void aNewDeadlineChangesTheIsoDateAndTheVietnameseTextTogether() {
        Display moved = COMMUNE.withReportDeadline(LocalDate.of(2027, 1, 14));
        assertThat(moved.reportDeadline()).isEqualTo("2027-01-14");
        assertThat(moved.reportDeadlineText()).isEqualTo("14/01/2027");
        assertThat(moved.reportDeadlineDate()).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(moved.receivedNumber()).isEqualTo(COMMUNE.receivedNumber());
    }

    @Test
    void anAmendedDirectiveChangesTheDirectiveOnlyWhereTheUnitReceivedTheDirectiveItself() {
        Display implementing = COMMUNE.withReceived("88a/UBND-VP", "V/v thay thế", false);
        assertThat(implementing.receivedNumber()).isEqualTo("88a/UBND-VP");
        assertThat(implementing.receivedSubject()).isEqualTo("V/v thay thế");
        assertThat(implementing.directiveNumber()).isEqualTo("1168/CĐ-BYT");

        Display directive = COMMUNE.withReceived("1169/CĐ-BYT", "Về thay thế", true);
        assertThat(directive.directiveNumber()).isEqualTo("1169/CĐ-BYT");
        assertThat(directive.directiveSubject()).isEqualTo("Về thay thế");
    }

    @Test
    void instancesOfOtherModelsAreReadFromTheirOwnVariables() {
        Map<String, Object> delivery = Map.of(Var.UNIT_NAME, "Bộ Y tế", Var.RECEIVED_NUMBER, "215/UBND-VX",
                Var.RECEIVED_SUBJECT, "V/v triển khai", Var.ASSIGNER_UNIT_CODE, "12");
        Display read = Display.of(delivery::get);
        assertThat(read.unitName()).isEqualTo("Bộ Y tế");
        assertThat(read.receivedNumber()).isEqualTo("215/UBND-VX");
        assertThat(read.assignerUnitCode()).isEqualTo("12");
        assertThat(read.reportDeadlineDate()).isNull();

        assertThat(Display.of(Map.<String, Object>of(Var.DISPLAY, COMMUNE)::get)).isSameAs(COMMUNE);
    }
}
