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
}
