package vn.directive.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.directive.cascade.ReportFigures.Indicator;
import vn.directive.web.ApiException;

/** How the forms' text becomes the contract's indicators and figures, and what is refused. */
class ReportFiguresTest {

    private final ReportFigures figures = new ReportFigures(null, new ObjectMapper());
    private final List<Indicator> asked = List.of(new Indicator("mui3", "Số người tiêm mũi 3", "người"),
            new Indicator("ty_le", "Tỷ lệ bao phủ", "%"));

    @Test
    void numbersAreReadAsVietnameseWriteThem() {
        assertThat(ReportFigures.number("1.250")).isEqualByComparingTo("1250");
        assertThat(ReportFigures.number("1.234.567,5")).isEqualByComparingTo("1234567.5");
        assertThat(ReportFigures.number("12,5")).isEqualByComparingTo("12.5");
        assertThat(ReportFigures.number("12.5")).isEqualByComparingTo("12.5");
        assertThat(ReportFigures.number("1 250")).isEqualByComparingTo("1250");
        assertThat(ReportFigures.number("-3")).isEqualByComparingTo("-3");
        assertThat(ReportFigures.number("nhiều")).isNull();
        assertThat(ReportFigures.display(new BigDecimal("1234567.5000"))).isEqualTo("1.234.567,5");
        assertThat(ReportFigures.plain(new BigDecimal("1200.0000"))).isEqualTo("1200");
    }

    @Test
    void indicatorsTextIsOneIndicatorALine() {
        List<Indicator> read = ReportFigures.parseIndicatorsText("mui3; Số người tiêm mũi 3; người\n\nty_le;Tỷ lệ bao phủ;%\n");
        assertThat(read).containsExactlyElementsOf(asked);
        assertThat(ReportFigures.parseIndicatorsText(ReportFigures.indicatorsText(asked))).containsExactlyElementsOf(asked);
        assertThatThrownBy(() -> ReportFigures.parseIndicatorsText("mui3; a\nMũi-3; b"))
                .isInstanceOf(ApiException.class).hasMessageContaining("Dòng 2").hasMessageContaining("'Mũi-3'");
        assertThatThrownBy(() -> ReportFigures.parseIndicatorsText("mui3; a\nmui3; b"))
                .hasMessageContaining("Mã số liệu 'mui3' có hai lần");
        assertThat(ReportFigures.merge(asked.subList(0, 1), List.of(new Indicator("mui3", "khác", ""), asked.get(1))))
                .containsExactlyElementsOf(asked);
    }

    @Test
    void figuresNeedEveryIndicatorEachANumberAtLeastZero() {
        Map<String, BigDecimal> read = figures.submittedFigures(asked, Map.<String, Object>of("figuresText", "mui3: 1.250\nty_le = 87,5")::get);
        assertThat(read).containsOnlyKeys("mui3", "ty_le");
        assertThat(read.get("ty_le")).isEqualByComparingTo("87.5");
        assertThat(figures.figuresJson(read)).isEqualTo("{\"mui3\":1250,\"ty_le\":87.5}");
        assertThatThrownBy(() -> figures.submittedFigures(asked, Map.<String, Object>of("figuresText", "mui3: 5")::get))
                .hasMessageContaining("Chưa nhập Số liệu «Tỷ lệ bao phủ» (figures.ty_le)");
        assertThatThrownBy(() -> figures.submittedFigures(asked, Map.<String, Object>of("figures", "{\"mui3\": 5, \"ty_le\": \"x\"}")::get))
                .hasMessageContaining("Số liệu «Tỷ lệ bao phủ» (figures.ty_le) phải là một số, không phải 'x'");
        assertThatThrownBy(() -> figures.submittedFigures(asked, Map.<String, Object>of("figures", "[1]")::get))
                .hasMessageContaining("Số liệu báo cáo (figures) phải là một đối tượng JSON");
        assertThatThrownBy(() -> figures.submittedFigures(asked, Map.<String, Object>of("figuresText", "mui3 1250")::get))
                .hasMessageContaining("Dòng 1 – Số liệu báo cáo (figuresText): mỗi dòng một số liệu dạng 'mã: số'");
        assertThat(figures.submittedFigures(List.of(), name -> null)).isEmpty();
    }
}
