package vn.directive.directive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.directive.directive.DirectiveDraft.DirectiveType;

class DocumentNumberTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"64/CĐ-TTg, CONG_DIEN", "05/CT-UBND, CHI_THI", "141/TB-UBND, THONG_BAO", "374-TB/TU, THONG_BAO",
            "12/KH-UBND, KE_HOACH", "1234/QĐ-UBND, QUYET_DINH", "128/NQ-CP, NGHI_QUYET", "45/BC-SYT, BAO_CAO",
            "7/HD-BCĐ, HUONG_DAN", "219/UBND-KGVX, CONG_VAN", "88-CV/TU, CONG_VAN", "15/2020/NĐ-CP, OTHER",
            "33/TTr-SYT, OTHER", "3/KL-TU, OTHER"})
    void theTypeComesFromTheSymbolsTypeCode(String number, DirectiveType type) {
        Matcher m = DocumentNumber.CITED.matcher(number);
        assertThat(m.matches()).isTrue();
        assertThat(DocumentNumber.of(m).type()).isEqualTo(type);
    }

    @Test
    void aBlankNumberKeepsTheSymbol() {
        Matcher m = DocumentNumber.OWN.matcher("Số: /UBND-VX");
        assertThat(m.lookingAt()).isTrue();
        assertThat(DocumentNumber.of(m)).isEqualTo(new DocumentNumber(null, null, "UBND-VX"));
    }

    @Test
    void numbersInsideDatesAndWordsAreNotCited() {
        String text = "ngày 19/01/2022, COVID-19/BYT, Đ/c Nam, năm học 2021/2022 và 5K";
        Matcher m = DocumentNumber.CITED.matcher(text);
        assertThat(DocumentNumber.citedAt(m, text, 0)).isFalse();
    }
}
