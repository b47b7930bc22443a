package vn.directive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The limits' helpers: UTF-8 length without encoding, and the refusals naming the field and the limit. */
class LimitsTest {

    @Property(tries = 300)
    void utf8LengthIsTheLengthOfTheEncodedBytes(@ForAll String text) {
        assertThat(Limits.utf8Length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Example
    void vietnameseLettersTakeTwoOrThreeBytes() {
        assertThat(Limits.utf8Length("a")).isEqualTo(1);
        assertThat(Limits.utf8Length("Đ")).isEqualTo(2);
        assertThat(Limits.utf8Length("ệ")).isEqualTo(3);
        assertThat(Limits.utf8Length("\uD83D\uDE00")).isEqualTo(4);
        // under the register's 1,048,576 characters, over the 2 MB a text may take
        assertThat(Limits.utf8Length("ệ".repeat(700_000))).isGreaterThan(Limits.TEXT_BYTES);
    }

    @Example
    void refusalsNameTheFieldAndTheLimit() {
        assertThatThrownBy(() -> Limits.requireLength("directive.issuer", "x".repeat(256), Limits.ISSUER))
                .isInstanceOf(ApiException.class).hasMessageContaining("directive.issuer").hasMessageContaining("255");
        assertThatThrownBy(() -> Limits.requireCalendarYear("reportDeadline", LocalDate.of(2101, 1, 1)))
                .hasMessageContaining("reportDeadline").hasMessageContaining("2000").hasMessageContaining("2100");
        Limits.requireCalendarYear("reportDeadline", LocalDate.of(2100, 12, 31));
        Limits.requireLength("directive.issuer", "x".repeat(255), Limits.ISSUER);
    }
}
