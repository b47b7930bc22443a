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
    void aPartyLetterWithoutItsHeaderIsTheStandingCommittees() {
        String letter = """
                Số 375-TB/TU
                Lai Châu, ngày 12 tháng 3 năm 2022

                THÔNG BÁO
                kết luận của Ban Thường vụ Tỉnh ủy về công tác phòng, chống dịch Covid-19

                Kính gửi:
                - Các sở, ban, ngành tỉnh;
                - Huyện ủy, Thành ủy trực thuộc.

                Ban Thường vụ Tỉnh ủy kết luận như sau:
                1. Sở Y tế chủ trì rà soát các khu cách ly, hoàn thành trước ngày 20/3.
                2. Công an tỉnh phối hợp bảo đảm an ninh tại các khu cách ly.

                Nơi nhận:
                - Như trên,
                - Lưu Văn phòng Tỉnh ủy.

                T/M BAN THƯỜNG VỤ
                PHÓ BÍ THƯ

                Giàng Páo Mỷ
                """;
        DirectiveDraft draft = Parsers.PARSER.parse(letter, "12").orElseThrow();
        assertThat(draft.issuer()).isEqualTo("Ban Thường vụ Tỉnh ủy Lai Châu");
        assertThat(draft.number()).isEqualTo("375-TB/TU");
        assertThat(draft.type()).isEqualTo(DirectiveType.THONG_BAO);
        assertThat(draft.place()).isEqualTo("Lai Châu");
        assertThat(draft.issuedOn()).isEqualTo(LocalDate.of(2022, 3, 12));
        assertThat(draft.subject()).isEqualTo("kết luận của Ban Thường vụ Tỉnh ủy về công tác phòng, chống dịch Covid-19");
        assertThat(draft.assignments()).extracting(Assignment::ordinal).containsExactly("1", "2");
        assertThat(draft.assignments().get(0).deadline()).isEqualTo(LocalDate.of(2022, 3, 20));
        assertThat(draft.signer()).isEqualTo(new Signer("T/M BAN THƯỜNG VỤ", null, "PHÓ BÍ THƯ", "Giàng Páo Mỷ"));
    }

    @Test
    void aPastedPartyLetterWithAVeSubject() {
        String letter = """
                Lai Châu, ngày 12 tháng 3 năm 2022
                Về tăng cường lãnh đạo công tác phòng, chống dịch Covid-19 trong dịp lễ hội
                Kính gửi: Các huyện ủy, thành ủy trực thuộc.
                Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng:
                1. Lãnh đạo, chỉ đạo tạm dừng các lễ hội chưa thật cần thiết.
                2. Báo cáo kết quả về Ban Thường vụ Tỉnh ủy trong 5 ngày làm việc.
                T/M BAN THƯỜNG VỤ
                BÍ THƯ
                Giàng Páo Mỷ
                """;
        DirectiveDraft draft = Parsers.PARSER.parse(letter, null).orElseThrow();
        assertThat(draft.issuer()).isEqualTo("Ban Thường vụ Tỉnh ủy Lai Châu");
        assertThat(draft.subject()).isEqualTo("Về tăng cường lãnh đạo công tác phòng, chống dịch Covid-19 trong dịp lễ hội");
        assertThat(draft.addressees()).containsExactly("Các huyện ủy, thành ủy trực thuộc");
        assertThat(draft.number()).isNull();
        assertThat(draft.numeral()).isNull();
        assertThat(draft.symbol()).isNull();
        assertThat(draft.type()).isNull();
        // Saturday 12 March 2022: the first of the five working days is Monday the 14th
        assertThat(draft.assignments().get(1).deadline()).isEqualTo(LocalDate.of(2022, 3, 18));
    }

    @Test
    void aTextWithNoHeaderAtAllKeepsWhatItDoesNotSayNull() {
        String text = """
                Về tăng cường tiêm vắc xin phòng Covid-19 cho trẻ em

                Kính gửi:
                - Sở Y tế;
                - UBND các huyện, thành phố.

                Thực hiện Công điện số 64/CĐ-TTg ngày 19/01/2022 của Thủ tướng Chính phủ, UBND tỉnh yêu cầu:
                1. Sở Y tế chủ trì tổ chức tiêm, báo cáo chậm nhất tới ngày 15/02/2022.
                2. UBND các huyện, thành phố phối hợp thực hiện trong 5 ngày làm việc.

                Nơi nhận:
                - Như trên;
                - Lưu: VT.

                TM. ỦY BAN NHÂN DÂN
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH

                Vù A Bằng
                """;
        DirectiveDraft draft = Parsers.PARSER.parse(text, "12").orElseThrow();
        assertThat(draft.subject()).isEqualTo("Về tăng cường tiêm vắc xin phòng Covid-19 cho trẻ em");
        // no date line: the place, and with it the issuer, are not in the text
        assertThat(draft.issuer()).isNull();
        assertThat(draft.place()).isNull();
        assertThat(draft.issuedOn()).isNull();
        assertThat(draft.number()).isNull();
        assertThat(draft.symbol()).isNull();
        assertThat(draft.type()).isNull();
        assertThat(draft.urgency()).isEqualTo(Urgency.THUONG);
        assertThat(draft.addressees()).containsExactly("Sở Y tế", "UBND các huyện, thành phố");
        assertThat(draft.implementsDocuments())
                .containsExactly(new DocumentRef("64/CĐ-TTg", LocalDate.of(2022, 1, 19), "Thủ tướng Chính phủ"));
        assertThat(draft.assignments()).extracting(Assignment::ordinal).containsExactly("1", "2");
        assertThat(draft.assignments().get(0).unitCodes()).containsExactly("12-SYT");
        assertThat(draft.assignments()).extracting(Assignment::deadline).containsExactly(LocalDate.of(2022, 2, 15), null);
        assertThat(draft.signer()).isEqualTo(new Signer("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vù A Bằng"));
        assertThat(draft.unresolved()).isEmpty();
    }

    @Test
    void textWithoutADirectiveIsNotOne() {
        assertThat(Parsers.PARSER.parse("Hôm nay trời đẹp. Chúng tôi đi chơi công viên.", null)).isEmpty();
        assertThat(Parsers.PARSER.parse("", null)).isEmpty();
    }
}
