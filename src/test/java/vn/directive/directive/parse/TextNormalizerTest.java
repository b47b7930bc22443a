package vn.directive.directive.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.text.Normalizer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Ủy ban nhân dân tỉnh; Huyện uỷ; Tỉnh ủy |Ủy ban nhân dân tỉnh; Huyện ủy; Tỉnh ủy",
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "UỶ BAN NHÂN DÂN; thuỷ lợi; sức khoẻ |ỦY BAN NHÂN DÂN; thủy lợi; sức khỏe",
            "quý, quỹ, hoàn thành, ngoài, khuỷu |quý, quỹ, hoàn thành, ngoài, khuỷu",
            "Số: 219 /UBND-KGVX |Số: 219/UBND-KGVX",
            "Công điện số 1168/CD-BYT; 12/QD-UBND; 15/2020/ND-CP |Công điện số 1168/CĐ-BYT; 12/QĐ-UBND; 15/2020/NĐ-CP",
            "Số 374 - TB / TU |Số 374-TB/TU",
            "Thành viên BCD tỉnh |Thành viên BCĐ tỉnh",
            "**TM. ỦY BAN NHÂN DÂN** (*có Công điện kèm theo*) __Ghi chú__ |TM. ỦY BAN NHÂN DÂN (có Công điện kèm theo) Ghi chú",
            "### 2. Sở Y tế |2. Sở Y tế",
            "* Các sở, ban, ngành |- Các sở, ban, ngành",
            "ngày 19/01/2022 và 5/2 |ngày 19/01/2022 và 5/2"})
    void normalisesOneLine(String raw, String expected) {
        assertThat(TextNormalizer.normalize(raw.strip())).isEqualTo(expected.strip() + "\n");
    }

    @Test
    void decomposedWindowsTextWithHardSpacesBecomesPlain() {
        String raw = Normalizer.normalize("Kính\u00A0gửi:\u200B\r\n-  Sở Y tế;\r\n", Normalizer.Form.NFD);
        assertThat(TextNormalizer.normalize(raw)).isEqualTo("Kính gửi:\n- Sở Y tế;\n\n");
    }

    @Test
    void aParagraphCutByAPageBreakIsJoined() {
        DocumentLines lines = DocumentLines.of(TextNormalizer.normalize("của Ban Chỉ đạo tỉnh\n\nvà UBND tỉnh.\n\nĐoạn mới."));
        assertThat(lines.all()).containsExactly("của Ban Chỉ đạo tỉnh và UBND tỉnh.", "", "Đoạn mới.", "");
    }

    /** Backtracking blow-ups take minutes on such inputs; a linear parse takes well under a second (20 s leaves room for a busy machine). */
    @Test
    void hugeAdversarialInputsAreReadQuickly() {
        String[] inputs = {"1/".repeat(1_000_000), "a".repeat(2_000_000), "Số: ".repeat(300_000),
                ("- UBND các huyện, thị xã, thành phố, " + "các xã, ".repeat(50) + "\n").repeat(2_000),
                "chậm nhất " + " ".repeat(1_000_000) + "cuối tháng", "giao Sở ".repeat(200_000) + " chủ trì",
                "Kính gửi:\n" + "- Sở Y tế\n".repeat(100_000)};
        for (String input : inputs) {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Parsers.PARSER.parse(input, "12"));
        }
    }
}
