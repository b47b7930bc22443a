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

    @Test
    void aLeadingVeLineIsTheSubjectAndTheBodyIsNotPartOfIt() {
        // pasted without the header and without a blank line before the body
        String text = """
                Lai Châu, ngày 12 tháng 3 năm 2022
                Về tăng cường tiêm vắc xin phòng Covid-19
                cho trẻ em từ 5 đến dưới 12 tuổi
                Thực hiện Công điện số 64/CĐ-TTg ngày 19/01/2022 của Thủ tướng Chính phủ, UBND tỉnh yêu cầu:
                1. Sở Y tế chủ trì tổ chức tiêm, báo cáo chậm nhất tới ngày 31/3/2022.
                2. UBND các huyện, thành phố phối hợp thực hiện.
                TM. ỦY BAN NHÂN DÂN
                CHỦ TỊCH
                Trần Tiến Dũng
                """;
        DirectiveDraft draft = Parsers.PARSER.parse(text, "12").orElseThrow();
        assertThat(draft.subject()).isEqualTo("Về tăng cường tiêm vắc xin phòng Covid-19 cho trẻ em từ 5 đến dưới 12 tuổi");
        assertThat(draft.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Lai Châu");
        assertThat(draft.place()).isEqualTo("Lai Châu");
        assertThat(draft.issuedOn()).isEqualTo(java.time.LocalDate.of(2022, 3, 12));
        assertThat(draft.number()).isNull();
        assertThat(draft.type()).isNull();
        assertThat(draft.assignments()).extracting(DirectiveDraft.Assignment::ordinal).containsExactly("1", "2");
        assertThat(draft.implementsDocuments()).extracting(DirectiveDraft.DocumentRef::number).containsExactly("64/CĐ-TTg");
    }

    @Test
    void aVeLineInTheBodyOrOpeningAListIsNoSubject() {
        String body = """
                Số: 14/UBND-VX
                Lai Châu, ngày 12 tháng 3 năm 2022
                Thực hiện chỉ đạo của Bộ Y tế, UBND tỉnh yêu cầu các đơn vị
                Về tiêm vắc xin cho trẻ em, Sở Y tế chủ trì thực hiện.
                """;
        assertThat(Parsers.PARSER.parse(body, null).orElseThrow().subject()).isNull();

        String opening = """
                Số: 15/UBND-VX
                Về công tác tiêm chủng, UBND tỉnh yêu cầu:
                1. Sở Y tế chủ trì thực hiện.
                """;
        assertThat(Parsers.PARSER.parse(opening, null).orElseThrow().subject()).isNull();

        // "Về" is an everyday word: with nothing else of a document, no draft
        assertThat(Parsers.PARSER.parse("Về quê ăn Tết\nCả nhà sum họp vui vẻ.", null)).isEmpty();
    }
}
