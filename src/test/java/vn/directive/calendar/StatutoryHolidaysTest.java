package vn.directive.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.directive.calendar.WorkingDayCalendar.Holiday;

class StatutoryHolidaysTest {

    private static Holiday h(String date, String name) {
        return new Holiday(LocalDate.parse(date), name);
    }

    @Test
    void year2027ByTheLabourCode() {
        // Tết on a Saturday: 29 Chạp to mùng 4, with two substitute days for the weekend
        assertThat(StatutoryHolidays.of(2027, LunarCalendar.VIETNAM)).containsExactly(
                h("2027-01-01", "Tết Dương lịch"),
                h("2027-02-05", "Tết Nguyên đán"),
                h("2027-02-06", "Tết Nguyên đán"),
                h("2027-02-07", "Tết Nguyên đán"),
                h("2027-02-08", "Tết Nguyên đán"),
                h("2027-02-09", "Tết Nguyên đán"),
                h("2027-02-10", "Nghỉ bù Tết Nguyên đán"),
                h("2027-02-11", "Nghỉ bù Tết Nguyên đán"),
                h("2027-04-16", "Giỗ Tổ Hùng Vương"),
                h("2027-04-30", "Ngày Chiến thắng"),
                h("2027-05-01", "Ngày Quốc tế Lao động"),
                h("2027-05-03", "Nghỉ bù Ngày Quốc tế Lao động"),
                h("2027-09-02", "Quốc khánh"),
                h("2027-09-03", "Quốc khánh"));
    }

    @Test
    void consecutiveWeekendHolidaysGiveConsecutiveSubstitutesAfterTheWholeBreak() {
        // 2034: Giỗ Tổ Friday 28/4, 30/4 Sunday, 1/5 Monday -> substitute Tuesday 2/5
        assertThat(StatutoryHolidays.of(2034, LunarCalendar.VIETNAM))
                .filteredOn(h -> h.date().getMonthValue() == 4 || h.date().getMonthValue() == 5)
                .containsExactly(
                        h("2034-04-28", "Giỗ Tổ Hùng Vương"),
                        h("2034-04-30", "Ngày Chiến thắng"),
                        h("2034-05-01", "Ngày Quốc tế Lao động"),
                        h("2034-05-02", "Nghỉ bù Ngày Chiến thắng"));
        // 2028: 1/1 Saturday -> Monday 3/1; 2/9 Saturday -> Friday 1/9 and substitute Monday 4/9
        List<Holiday> y2028 = StatutoryHolidays.of(2028, LunarCalendar.VIETNAM);
        assertThat(y2028).contains(h("2028-01-03", "Nghỉ bù Tết Dương lịch"),
                h("2028-09-01", "Quốc khánh"), h("2028-09-02", "Quốc khánh"),
                h("2028-09-04", "Nghỉ bù Quốc khánh"));
    }

    @Test
    void nationalDayCompanionFollowsThePrimeMinistersChoicesOf2021To2025() {
        assertThat(StatutoryHolidays.nationalDayCompanion(LocalDate.of(2021, 9, 2))).isEqualTo("2021-09-03");
        assertThat(StatutoryHolidays.nationalDayCompanion(LocalDate.of(2022, 9, 2))).isEqualTo("2022-09-01");
        assertThat(StatutoryHolidays.nationalDayCompanion(LocalDate.of(2023, 9, 2))).isEqualTo("2023-09-01");
        assertThat(StatutoryHolidays.nationalDayCompanion(LocalDate.of(2024, 9, 2))).isEqualTo("2024-09-03");
        assertThat(StatutoryHolidays.nationalDayCompanion(LocalDate.of(2025, 9, 2))).isEqualTo("2025-09-01");
    }

    @Test
    void everyYearHasElevenHolidaysAndOneWeekdaySubstituteForEachOnAWeekend() {
        for (int year = 2000; year <= 2100; year++) {
            List<Holiday> days = StatutoryHolidays.of(year, LunarCalendar.VIETNAM);
            List<Holiday> holidays = days.stream().filter(h -> !h.name().startsWith("Nghỉ bù ")).toList();
            List<Holiday> substitutes = days.stream().filter(h -> h.name().startsWith("Nghỉ bù ")).toList();
            assertThat(holidays).as("holidays of %d", year).hasSize(11);
            assertThat(substitutes).as("substitutes of %d", year)
                    .hasSize((int) holidays.stream().filter(h -> StatutoryHolidays.isWeekend(h.date())).count())
                    .allSatisfy(s -> assertThat(s.date().getDayOfWeek())
                            .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
            assertThat(days).extracting(Holiday::date).isSorted().doesNotHaveDuplicates()
                    .extracting(LocalDate::getYear).containsOnly(year);
        }
    }
}
