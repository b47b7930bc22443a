package vn.directive.directive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.directive.directive.DirectiveDraft.Signer;

class SignerBlockTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "TM. ỦY BAN NHÂN DÂN/CHỦ TỊCH//Lê Văn Lương |TM. ỦY BAN NHÂN DÂN |- |CHỦ TỊCH |Lê Văn Lương",
            "TM. ỦY BAN NHÂN DÂN/KT. CHỦ TỊCH/PHÓ CHỦ TỊCH//Vù A Bằng |TM. ỦY BAN NHÂN DÂN |KT. CHỦ TỊCH |PHÓ CHỦ TỊCH |Vù A Bằng",
            "T/M BAN THƯỜNG VỤ/PHÓ BÍ THƯ/(Đã ký)/Giàng Páo Mỷ |T/M BAN THƯỜNG VỤ |- |PHÓ BÍ THƯ |Giàng Páo Mỷ",
            "TL. CHỦ TỊCH/CHÁNH VĂN PHÒNG//Nguyễn Văn A |- |TL. CHỦ TỊCH |CHÁNH VĂN PHÒNG |Nguyễn Văn A",
            "TUQ. CHỦ TỊCH/GIÁM ĐỐC SỞ Y TẾ//Trần Thị Bình |- |TUQ. CHỦ TỊCH |GIÁM ĐỐC SỞ Y TẾ |Trần Thị Bình",
            "Q. CHỦ TỊCH//Hoàng Văn Chất |- |Q. CHỦ TỊCH |- |Hoàng Văn Chất",
            "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH/PHÓ CHỦ TỊCH/Tống Thanh Hải |TM. ỦY BAN NHÂN DÂN |KT. CHỦ TỊCH |PHÓ CHỦ TỊCH |Tống Thanh Hải"})
    void readsEachSigningForm(String block, String authority, String capacity, String position, String name) {
        String text = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n" + block.strip().replace("/", "\n")
                .replace("T\nM ", "T/M ");
        assertThat(SignerBlock.read(DocumentLines.of(TextNormalizer.normalize(text)), 0))
                .isEqualTo(new Signer(authority, capacity, position, name));
    }

    /** A text without its header: the authority line, the level the text gives itself, the date line's place. */
    @ParameterizedTest(name = "{0} + \"{1}\" + {2} = {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "TM. ỦY BAN NHÂN DÂN |UBND tỉnh yêu cầu các sở, ngành |Lai Châu |Ủy ban nhân dân tỉnh Lai Châu",
            "TM. ỦY BAN NHÂN DÂN |Chủ tịch UBND huyện có ý kiến như sau |Mường Tè |Ủy ban nhân dân huyện Mường Tè",
            "TM. ỦY BAN NHÂN DÂN TỈNH |Đề nghị các đơn vị thực hiện |Lai Châu |Ủy ban nhân dân tỉnh Lai Châu",
            "TM. UBND HUYỆN MƯỜNG TÈ |Đề nghị các đơn vị thực hiện |- |Ủy ban nhân dân huyện Mường Tè",
            "TM. ỦY BAN NHÂN DÂN |UBND thành phố yêu cầu |Thành phố Hồ Chí Minh |Ủy ban nhân dân thành phố Hồ Chí Minh",
            // not told, or told twice: a district quoting its province
            "TM. ỦY BAN NHÂN DÂN |Đề nghị các đơn vị thực hiện |Lai Châu |-",
            "TM. ỦY BAN NHÂN DÂN |UBND tỉnh yêu cầu các huyện; UBND huyện yêu cầu các xã |Mường Tè |-",
            "TM. ỦY BAN NHÂN DÂN |UBND tỉnh yêu cầu các sở, ngành |- |-",
            "TM. ỦY BAN NHÂN DÂN |UBND tỉnh yêu cầu các sở, ngành |Thành phố Hồ Chí Minh |-",
            "T/M BAN THƯỜNG VỤ |Ban Thường vụ Tỉnh ủy kết luận như sau |Lai Châu |Ban Thường vụ Tỉnh ủy Lai Châu",
            "T/M BAN THƯỜNG VỤ |Nơi nhận: - Như trên, - Lưu Văn phòng Huyện ủy. |Mường Tè |Ban Thường vụ Huyện ủy Mường Tè",
            "T/M BAN THƯỜNG VỤ |Thực hiện Kết luận của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy yêu cầu |Mường Tè |Ban Thường vụ Huyện ủy Mường Tè",
            "T/M BAN THƯỜNG VỤ TỈNH ỦY |Các cấp ủy thực hiện nghiêm |Lai Châu |Ban Thường vụ Tỉnh ủy Lai Châu",
            "T/M HUYỆN ỦY |Các chi bộ thực hiện nghiêm |Mường Tè |Huyện ủy Mường Tè",
            // "/TU" is a Tỉnh ủy's or a Thành ủy's: the symbol alone does not tell
            "T/M BAN THƯỜNG VỤ |Số 12-CV/TU. Các cấp ủy thực hiện nghiêm |Lai Châu |-",
            "T/M BAN THƯỜNG VỤ |Ban Thường vụ Tỉnh ủy yêu cầu; Ban Thường vụ Huyện ủy giao |Mường Tè |-",
            "T/M BAN THƯỜNG VỤ |Ban Thường vụ Tỉnh ủy kết luận. Lưu Văn phòng Thành ủy. |Lai Châu |-",
            "T/M BAN THƯỜNG VỤ |Ban Thường vụ Tỉnh ủy kết luận như sau |- |-",
            "T/M BAN CHẤP HÀNH |Ban Chấp hành Đảng bộ tỉnh kết luận |Lai Châu |-",
            "TM. ĐẢNG ỦY |Đảng ủy xã yêu cầu |Bình Lư |-"})
    void issuerFromTheAuthorityWhenTheHeaderIsMissing(String authority, String body, String place, String issuer) {
        assertThat(IssuerName.fromAuthority(authority.strip(), body.strip(), place == null ? null : place.strip()))
                .isEqualTo(issuer == null ? null : issuer.strip());
    }
}
