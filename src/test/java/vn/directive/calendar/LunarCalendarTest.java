package vn.directive.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.directive.calendar.LunarCalendar.LunarDate;

class LunarCalendarTest {

    private final LunarCalendar vietnam = LunarCalendar.VIETNAM;
    private final LunarCalendar china = new LunarCalendar(8);

    /**
     * Mùng 1 Tết and Giỗ Tổ (10/3) in Vietnam. 2030 is one of the years where the new moon (2 February,
     * 16:07 UTC) falls before midnight in Hanoi but after midnight in Beijing: Tết is on 2 February in
     * Vietnam and on 3 February in China.
     */
    @ParameterizedTest(name = "{0}: Tết {1}, Giỗ Tổ {2}")
    @CsvSource({
            "2021, 2021-02-12, 2021-04-21",
            "2022, 2022-02-01, 2022-04-10",
            "2023, 2023-01-22, 2023-04-29",
            "2024, 2024-02-10, 2024-04-18",
            "2025, 2025-01-29, 2025-04-07",
            "2026, 2026-02-17, 2026-04-26",
            "2027, 2027-02-06, 2027-04-16",
            "2028, 2028-01-26, 2028-04-04",
            "2029, 2029-02-13, 2029-04-23",
            "2030, 2030-02-02, 2030-04-12",
            "2031, 2031-01-23, 2031-04-01",
            "2032, 2032-02-11, 2032-04-19",
            "2033, 2033-01-31, 2033-04-09",
            "2034, 2034-02-19, 2034-04-28",
            "2035, 2035-02-08, 2035-04-17"})
    void tetAndHungKingsDay(int year, LocalDate tet, LocalDate hungKings) {
        assertThat(vietnam.newYear(year)).isEqualTo(tet);
        assertThat(vietnam.toSolar(new LunarDate(year, 3, 10, false))).isEqualTo(hungKings);
        assertThat(vietnam.toLunar(tet)).isEqualTo(new LunarDate(year, 1, 1, false));
        assertThat(vietnam.toLunar(tet.minusDays(1)).month()).isEqualTo(12);
    }

    @Test
    void theTimeZoneDecidesTheDayWhenTheNewMoonFallsBetween16And17Utc() {
        // Tết Đinh Hợi: 17 February 2007 in Vietnam, 18 February in China (new moon 16:14 UTC)
        assertThat(vietnam.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
        assertThat(china.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 18));
        assertThat(china.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 3));
        assertThat(vietnam.toLunar(LocalDate.of(2030, 2, 2))).isEqualTo(new LunarDate(2030, 1, 1, false));
        assertThat(china.toLunar(LocalDate.of(2030, 2, 2))).isEqualTo(new LunarDate(2029, 12, 30, false));
    }

    @Test
    void hungKingsDayIsInTheOrdinaryThirdMonthWhenTheThirdMonthIsRepeated() {
        // 2031 has a leap third month starting on 21 April
        LocalDate leapThirdMonth = vietnam.toSolar(new LunarDate(2031, 3, 1, true));
        assertThat(leapThirdMonth).isEqualTo(LocalDate.of(2031, 4, 21));
        assertThat(vietnam.toSolar(new LunarDate(2031, 3, 10, false))).isEqualTo(LocalDate.of(2031, 4, 1));
        assertThat(vietnam.toLunar(LocalDate.of(2031, 4, 30))).isEqualTo(new LunarDate(2031, 3, 10, true));
    }

    @Test
    void knownLeapMonths() {
        assertThat(vietnam.toLunar(LocalDate.of(2020, 5, 23))).isEqualTo(new LunarDate(2020, 4, 1, true));
        assertThat(vietnam.toLunar(LocalDate.of(2023, 3, 22))).isEqualTo(new LunarDate(2023, 2, 1, true));
        assertThat(vietnam.toLunar(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarDate(2025, 6, 1, true));
    }

    @Test
    void aLeapMonthTheYearDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> vietnam.toSolar(new LunarDate(2024, 3, 10, true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vietnam.toSolar(new LunarDate(2031, 4, 1, true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Also guards 2054-05-07 and 2062-04-09, where the mean lunation overshoots the true new moon. */
    @Test
    void everyDayOfTheRangeConvertsBackToItself() {
        LunarDate previous = null;
        for (LocalDate d = LocalDate.of(2000, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
            LunarDate lunar = vietnam.toLunar(d);
            assertThat(vietnam.toSolar(lunar)).as("%s = %s", d, lunar).isEqualTo(d);
            assertThat(lunar.day()).as("%s = %s", d, lunar).isBetween(1, 30);
            if (previous != null && lunar.day() != 1) {
                assertThat(lunar.day()).as("%s follows %s", d, previous).isEqualTo(previous.day() + 1);
            }
            previous = lunar;
        }
    }
}
