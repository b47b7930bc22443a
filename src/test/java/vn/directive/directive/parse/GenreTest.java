package vn.directive.directive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.directive.directive.DirectiveDraft;
import vn.directive.directive.DirectiveDraft.Assignment;
import vn.directive.directive.DirectiveDraft.DirectiveType;
import vn.directive.directive.DirectiveDraft.DocumentRef;
import vn.directive.directive.DirectiveDraft.Secrecy;
import vn.directive.directive.DirectiveDraft.Signer;
import vn.directive.directive.DirectiveDraft.Urgency;

/** Inputs of the other genres real users paste: a news article quoting a directive and a Party committee letter. */
class GenreTest {

    @Test
    void aNewsArticleGivesTheQuotedDirective() {
        String article = """
                Lai Châu: Tăng cường phòng, chống dịch Covid-19 dịp Tết Nguyên đán
                Thứ Hai, 24/01/2022 08:15
                UBND tỉnh Lai Châu vừa ban hành Công văn số 245/UBND-VX ngày 22/01/2022 về việc tăng cường \
                phòng, chống dịch Covid-19 dịp Tết Nguyên đán Nhâm Dần 2022, triển khai Công điện số 64/CĐ-TTg \
                ngày 19/01/2022 của Thủ tướng Chính phủ.
                Theo đó, Chủ tịch UBND tỉnh yêu cầu:
                1. Sở Y tế chủ trì tham mưu phương án tiêm mũi 3, báo cáo chậm nhất tới ngày 28/01/2022.
                2. UBND các huyện, thành phố tăng cường kiểm soát người về địa phương ăn Tết.
                (Báo Lai Châu)
                """;
        DirectiveDraft draft = Parsers.PARSER.parse(article, "12").orElseThrow();
        assertThat(draft.number()).isEqualTo("245/UBND-VX");
        assertThat(draft.type()).isEqualTo(DirectiveType.CONG_VAN);
        assertThat(draft.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Lai Châu");
        assertThat(draft.issuedOn()).isEqualTo(LocalDate.of(2022, 1, 22));
        assertThat(draft.subject()).startsWith("Về việc tăng cường phòng, chống dịch Covid-19");
        assertThat(draft.implementsDocuments())
                .containsExactly(new DocumentRef("64/CĐ-TTg", LocalDate.of(2022, 1, 19), "Thủ tướng Chính phủ"));
        assertThat(draft.assignments()).extracting(Assignment::ordinal).containsExactly("1", "2");
        assertThat(draft.assignments().get(0).unitCodes()).containsExactly("12-SYT");
        assertThat(draft.assignments().get(0).deadline()).isEqualTo(LocalDate.of(2022, 1, 28));
        assertThat(draft.assignments().get(1).unitCodes()).hasSize(8).contains("105", "107");
    }

    @Test
    void aNewsArticleAboutAnUrgentTelegram() {
        String article = "Chiều 5/8, UBND huyện Mường Tè đã ban hành Công điện hỏa tốc số 03/CĐ-UBND ngày 05/8/2021 "
                + "về việc khẩn trương truy vết các trường hợp liên quan ca bệnh COVID-19.";
        DirectiveDraft draft = Parsers.PARSER.parse(article, null).orElseThrow();
        assertThat(draft.number()).isEqualTo("03/CĐ-UBND");
        assertThat(draft.type()).isEqualTo(DirectiveType.CONG_DIEN);
        assertThat(draft.urgency()).isEqualTo(Urgency.HOA_TOC);
        assertThat(draft.issuer()).isEqualTo("Ủy ban nhân dân huyện Mường Tè");
        assertThat(draft.issuedOn()).isEqualTo(LocalDate.of(2021, 8, 5));
    }

    @Test
    void aPartyLetterWithSubItems() {
        String letter = """
                ĐẢNG CỘNG SẢN VIỆT NAM
                TỈNH ỦY LAI CHÂU
                *
                Số 374-TB/TU
                Lai Châu, ngày 10 tháng 3 năm 2022
                HỎA TỐC
                MẬT

                THÔNG BÁO
                kết luận của Ban Thường vụ Tỉnh ủy về công tác phòng, chống dịch Covid-19

                Kính gửi:
                - Các sở, ban, ngành tỉnh;
                - Huyện ủy, Thành ủy trực thuộc.

                Thực hiện Chỉ thị số 05-CT/TW ngày 01/6/2021 của Ban Bí thư, căn cứ Quyết định số 15/2020/QĐ-TTg \
                của Thủ tướng Chính phủ, Ban Thường vụ Tỉnh ủy kết luận như sau:
                1. Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo triển khai tiêm vắc xin.
                4. Sở Y tế:
                4.1. Chủ trì rà soát các khu cách ly, hoàn thành trước ngày 20/3.
                4.2. Công an tỉnh phối hợp bảo đảm an ninh tại các khu cách ly ngay trong ngày.
                Các cấp ủy, tổ chức đảng nghiêm túc thực hiện./.

                Nơi nhận:
                - Ban Bí thư (để b/c),
                - Lưu Văn phòng Tỉnh ủy.

                T/M BAN THƯỜNG VỤ
                PHÓ BÍ THƯ

                Giàng Páo Mỷ
                """;
        DirectiveDraft draft = Parsers.PARSER.parse(letter, "12").orElseThrow();
        assertThat(draft.number()).isEqualTo("374-TB/TU");
        assertThat(draft.numeral()).isEqualTo(374);
        assertThat(draft.symbol()).isEqualTo("TB/TU");
        assertThat(draft.type()).isEqualTo(DirectiveType.THONG_BAO);
        assertThat(draft.issuer()).isEqualTo("Tỉnh ủy Lai Châu");
        assertThat(draft.issuedOn()).isEqualTo(LocalDate.of(2022, 3, 10));
        assertThat(draft.subject()).isEqualTo("kết luận của Ban Thường vụ Tỉnh ủy về công tác phòng, chống dịch Covid-19");
        assertThat(draft.urgency()).isEqualTo(Urgency.HOA_TOC);
        assertThat(draft.secrecy()).isEqualTo(Secrecy.MAT);
        assertThat(draft.implementsDocuments()).containsExactly(new DocumentRef("05-CT/TW", LocalDate.of(2021, 6, 1), "Ban Bí thư"));
        assertThat(draft.references()).containsExactly(new DocumentRef("15/2020/QĐ-TTg", null, "Thủ tướng Chính phủ"));
        assertThat(draft.addressees()).containsExactly("Các sở, ban, ngành tỉnh", "Huyện ủy, Thành ủy trực thuộc");
        assertThat(draft.assignments()).extracting(Assignment::ordinal).containsExactly("1", "4", "4.1", "4.2");
        assertThat(draft.assignments().get(2).assignees()).containsExactly("Sở Y tế");
        assertThat(draft.assignments().get(2).unitCodes()).containsExactly("12-SYT");
        assertThat(draft.assignments().get(2).deadline()).isEqualTo(LocalDate.of(2022, 3, 20));
        assertThat(draft.assignments().get(3).assignees()).containsExactly("Công an tỉnh");
        assertThat(draft.assignments().get(3).unitCodes()).containsExactly("12-CA");
        assertThat(draft.assignments().get(3).deadline()).isEqualTo(LocalDate.of(2022, 3, 10));
        assertThat(draft.reportTo()).containsExactly("Ban Bí thư");
        assertThat(draft.signer()).isEqualTo(new Signer("T/M BAN THƯỜNG VỤ", null, "PHÓ BÍ THƯ", "Giàng Páo Mỷ"));
        assertThat(draft.unresolved()).contains("Huyện ủy, Thành ủy trực thuộc", "Ban cán sự đảng UBND tỉnh");
    }

    @Test
    void textWithoutADirectiveIsNotOne() {
        assertThat(Parsers.PARSER.parse("Hôm nay trời đẹp. Chúng tôi đi chơi công viên.", null)).isEmpty();
        assertThat(Parsers.PARSER.parse("", null)).isEmpty();
    }
}
