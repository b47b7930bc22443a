package vn.directive.directive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.directive.directive.DirectiveDraft;
import vn.directive.directive.DirectiveDraft.DirectiveType;
import vn.directive.directive.DirectiveDraft.Urgency;

/** Heading layouts the seeds do not show. */
class HeadingTest {

    @Test
    void twoColumnsMergedOnEachLine() {
        String text = """
                ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH ĐIỆN BIÊN Độc lập - Tự do - Hạnh phúc
                Số: 219/UBND-KGVX Điện Biên, ngày 21 tháng 01 năm 2022
                V/v triển khai Công điện số 64/CĐ-TTg
                Kính gửi: Sở Y tế
                """;
        DirectiveDraft draft = Parsers.PARSER.parse(text, "11").orElseThrow();
        assertThat(draft.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Điện Biên");
        assertThat(draft.number()).isEqualTo("219/UBND-KGVX");
        assertThat(draft.place()).isEqualTo("Điện Biên");
        assertThat(draft.issuedOn()).isEqualTo(java.time.LocalDate.of(2022, 1, 21));
        assertThat(draft.subject()).isEqualTo("V/v triển khai Công điện số 64/CĐ-TTg");
        assertThat(draft.addressees()).containsExactly("Sở Y tế");
        assertThat(draft.unresolved()).isEmpty();
    }

    @Test
    void addresseesOnePerLineWithoutDashes() {
        String text = """
                Số: 12/UBND-VX
                Kính gửi:
                Sở Y tế;
                UBND các huyện, thành phố.
                Thực hiện chỉ đạo của Bộ Y tế, UBND tỉnh yêu cầu các đơn vị thực hiện nghiêm các biện pháp phòng, chống dịch.
                """;
        DirectiveDraft draft = Parsers.PARSER.parse(text, "12").orElseThrow();
        assertThat(draft.addressees()).containsExactly("Sở Y tế", "UBND các huyện, thành phố");
        assertThat(draft.unresolved()).isEmpty();
    }

    @Test
    void anAgencyUnderItsProvinceAndTheUrgencyMark() {
        String text = """
                UBND TỈNH LAI CHÂU
                SỞ GIÁO DỤC VÀ ĐÀO TẠO
                THƯỢNG KHẨN
                Số: 56/SGDĐT-VP
                Lai Châu, ngày 02 tháng 3 năm 2022
                V/v phòng, chống dịch trong trường học
                Kính gửi: Phòng Giáo dục và Đào tạo các huyện, thành phố.
                """;
        DirectiveDraft draft = Parsers.PARSER.parse(text, null).orElseThrow();
        assertThat(draft.issuer()).isEqualTo("Sở Giáo dục và Đào tạo tỉnh Lai Châu");
        assertThat(draft.urgency()).isEqualTo(Urgency.THUONG_KHAN);
        assertThat(draft.type()).isEqualTo(DirectiveType.CONG_VAN);
        assertThat(draft.addressees()).containsExactly("Phòng Giáo dục và Đào tạo các huyện, thành phố");
    }
}
