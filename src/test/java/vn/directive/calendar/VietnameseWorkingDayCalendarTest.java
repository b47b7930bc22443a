package vn.directive.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.directive.calendar.WorkingDayCalendar.Holiday;

class VietnameseWorkingDayCalendarTest {

    private static final VietnameseWorkingDayCalendar calendar = VietnameseWorkingDayCalendar.bundled();

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static List<String> holidays(int year) {
        return calendar.holidays(year).stream().map(h -> h.date() + " " + h.name()).toList();
    }

    @Test
    void official2021() {
        assertThat(holidays(2021)).containsExactly(
                "2021-01-01 Tết Dương lịch",
                "2021-02-10 Tết Nguyên đán", "2021-02-11 Tết Nguyên đán", "2021-02-12 Tết Nguyên đán",
                "2021-02-15 Tết Nguyên đán", "2021-02-16 Tết Nguyên đán",
                "2021-04-21 Giỗ Tổ Hùng Vương",
                "2021-04-30 Ngày Chiến thắng", "2021-05-01 Ngày Quốc tế Lao động",
                "2021-05-03 Nghỉ bù Ngày Quốc tế Lao động",
                "2021-09-02 Quốc khánh", "2021-09-03 Quốc khánh");
    }

    @Test
    void official2022() {
        assertThat(holidays(2022)).containsExactly(
                "2022-01-01 Tết Dương lịch", "2022-01-03 Nghỉ bù Tết Dương lịch",
                "2022-01-31 Tết Nguyên đán", "2022-02-01 Tết Nguyên đán", "2022-02-02 Tết Nguyên đán",
                "2022-02-03 Tết Nguyên đán", "2022-02-04 Tết Nguyên đán",
                "2022-04-10 Giỗ Tổ Hùng Vương", "2022-04-11 Nghỉ bù Giỗ Tổ Hùng Vương",
                "2022-04-30 Ngày Chiến thắng", "2022-05-01 Ngày Quốc tế Lao động",
                "2022-05-02 Nghỉ bù Ngày Chiến thắng", "2022-05-03 Nghỉ bù Ngày Quốc tế Lao động",
                "2022-09-01 Quốc khánh", "2022-09-02 Quốc khánh");
    }

    @Test
    void official2023() {
        assertThat(holidays(2023)).containsExactly(
                "2023-01-01 Tết Dương lịch", "2023-01-02 Nghỉ bù Tết Dương lịch",
                "2023-01-20 Tết Nguyên đán", "2023-01-21 Tết Nguyên đán", "2023-01-22 Tết Nguyên đán",
                "2023-01-23 Tết Nguyên đán", "2023-01-24 Tết Nguyên đán",
                "2023-01-25 Nghỉ bù Tết Nguyên đán", "2023-01-26 Nghỉ bù Tết Nguyên đán",
                "2023-04-29 Giỗ Tổ Hùng Vương", "2023-04-30 Ngày Chiến thắng",
                "2023-05-01 Ngày Quốc tế Lao động",
                "2023-05-02 Nghỉ bù Giỗ Tổ Hùng Vương", "2023-05-03 Nghỉ bù Ngày Chiến thắng",
                "2023-09-01 Quốc khánh", "2023-09-02 Quốc khánh", "2023-09-04 Nghỉ bù Quốc khánh");
        // Friday 27 January 2023 was worked: the decree moved it to 20 January
        assertThat(calendar.isWorkingDay(d("2023-01-27"))).isTrue();
    }

    @Test
    void official2024() {
        assertThat(holidays(2024)).containsExactly(
                "2024-01-01 Tết Dương lịch",
                "2024-02-08 Tết Nguyên đán", "2024-02-09 Tết Nguyên đán", "2024-02-10 Tết Nguyên đán",
                "2024-02-11 Tết Nguyên đán", "2024-02-12 Tết Nguyên đán",
                "2024-02-13 Nghỉ bù Tết Nguyên đán", "2024-02-14 Nghỉ bù Tết Nguyên đán",
                "2024-04-18 Giỗ Tổ Hùng Vương",
                "2024-04-29 Nghỉ hoán đổi (làm bù thứ Bảy 04/05/2024)",
                "2024-04-30 Ngày Chiến thắng", "2024-05-01 Ngày Quốc tế Lao động",
                "2024-09-02 Quốc khánh", "2024-09-03 Quốc khánh");
        assertThat(calendar.isWorkingDay(d("2024-05-04"))).isTrue();
        assertThat(calendar.reason(d("2024-05-04"))).isEqualTo("Làm bù");
        assertThat(calendar.isWorkingDay(d("2024-02-15"))).isTrue();
    }

    @Test
    void official2025() {
        assertThat(holidays(2025)).containsExactly(
                "2025-01-01 Tết Dương lịch",
                "2025-01-27 Tết Nguyên đán", "2025-01-28 Tết Nguyên đán", "2025-01-29 Tết Nguyên đán",
                "2025-01-30 Tết Nguyên đán", "2025-01-31 Tết Nguyên đán",
                "2025-04-07 Giỗ Tổ Hùng Vương",
                "2025-04-30 Ngày Chiến thắng", "2025-05-01 Ngày Quốc tế Lao động",
                "2025-05-02 Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)",
                "2025-09-01 Quốc khánh", "2025-09-02 Quốc khánh");
        assertThat(calendar.isWorkingDay(d("2025-04-26"))).isTrue();
        // the statutory rule would have given Monday 3 February off for mùng 4 on a Saturday
        assertThat(calendar.isWorkingDay(d("2025-02-03"))).isTrue();
    }

    @Test
    void official2026() {
        assertThat(holidays(2026)).containsExactly(
                "2026-01-01 Tết Dương lịch", "2026-01-02 Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)",
                "2026-02-16 Tết Nguyên đán", "2026-02-17 Tết Nguyên đán", "2026-02-18 Tết Nguyên đán",
                "2026-02-19 Tết Nguyên đán", "2026-02-20 Tết Nguyên đán",
                "2026-04-26 Giỗ Tổ Hùng Vương", "2026-04-27 Nghỉ bù Giỗ Tổ Hùng Vương",
                "2026-04-30 Ngày Chiến thắng", "2026-05-01 Ngày Quốc tế Lao động",
                "2026-09-02 Quốc khánh", "2026-09-03 Quốc khánh");
        assertThat(calendar.isWorkingDay(d("2026-01-10"))).isTrue();
    }

    @Test
    void yearsWithoutAnOfficialScheduleFollowTheLabourCode() {
        for (int year : new int[] {2000, 2020, 2027, 2050, 2100}) {
            assertThat(calendar.holidays(year)).isEqualTo(StatutoryHolidays.of(year, LunarCalendar.VIETNAM));
        }
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // across Tết 2024 (8-14 February off, 10-11 February a weekend as well)
            "2024-02-07, 0, 2024-02-07",
            "2024-02-07, 1, 2024-02-15",
            "2024-02-07, 2, 2024-02-16",
            // from a holiday: 0 gives the next working day, and so does 1 (the first working day after it is day 1)
            "2025-01-29, 0, 2025-02-03",
            "2025-01-29, 1, 2025-02-03",
            "2025-01-29, 2, 2025-02-04",
            "2024-02-10, 0, 2024-02-15",
            "2024-02-10, 1, 2024-02-15",
            "2026-01-01, 1, 2026-01-05",
            // from a weekend: Friday, Saturday and Sunday + 1 are all Monday
            "2024-05-31, 1, 2024-06-03",
            "2024-06-01, 0, 2024-06-03",
            "2024-06-01, 1, 2024-06-03",
            "2024-06-01, 2, 2024-06-04",
            "2024-06-02, 1, 2024-06-03",
            "2024-06-02, 5, 2024-06-07",
            // Tết 2026 (official schedule): 14–22 February off; Friday 13 and Saturday 14 + 1 are Monday 23
            "2026-02-13, 1, 2026-02-23",
            "2026-02-14, 0, 2026-02-23",
            "2026-02-14, 1, 2026-02-23",
            "2026-02-14, 2, 2026-02-24",
            "2026-02-17, 1, 2026-02-23",
            "2026-02-22, 1, 2026-02-23",
            // a substitute day: Giỗ Tổ 2026 on Sunday 26 April, Monday 27 off instead
            "2026-04-24, 1, 2026-04-28",
            "2026-04-26, 1, 2026-04-28",
            "2026-04-27, 0, 2026-04-28",
            "2026-04-27, 1, 2026-04-28",
            // 2023: 25–26 January were substitute days for Tết, Friday 27 was worked
            "2023-01-26, 1, 2023-01-27",
            "2023-01-22, 1, 2023-01-27",
            // across the year's end: 1/1/2027 is a Friday
            "2026-12-31, 1, 2027-01-04",
            "2026-12-30, 2, 2027-01-04",
            // a make-up Saturday counts, and is counted from like any working day
            "2024-05-03, 1, 2024-05-04",
            "2024-04-26, 1, 2024-05-02",
            "2024-04-27, 1, 2024-05-02",
            "2024-05-04, 0, 2024-05-04",
            "2024-05-04, 1, 2024-05-06",
            "2026-01-09, 1, 2026-01-10",
            "2026-01-10, 1, 2026-01-12",
            "2026-01-11, 1, 2026-01-12",
            // a year of working days
            "2025-01-02, 250, 2026-01-05"})
    void addWorkingDays(LocalDate from, int days, LocalDate expected) {
        assertThat(calendar.addWorkingDays(from, days)).isEqualTo(expected);
    }

    /** Art. 147 walked out: skip {@code from}, then count every working day; 0 stays on a working {@code from}. */
    @Test
    void addingMatchesCountingDayByDay() {
        for (LocalDate from = d("2020-12-01"); from.isBefore(d("2027-02-01")); from = from.plusDays(1)) {
            for (int days : new int[] {0, 1, 2, 3, 7, 22}) {
                LocalDate walked = from;
                if (days == 0) {
                    while (!calendar.isWorkingDay(walked)) {
                        walked = walked.plusDays(1);
                    }
                }
                for (int i = 0; i < days; i++) {
                    do {
                        walked = walked.plusDays(1);
                    } while (!calendar.isWorkingDay(walked));
                }
                assertThat(calendar.addWorkingDays(from, days)).as("%s + %d", from, days).isEqualTo(walked);
            }
        }
    }

    @Test
    void oneWorkingDayIsNeverMoreThanTheFirstWorkingDayAfterTheEvent() {
        for (LocalDate from = d("2000-01-01"); from.isBefore(d("2100-12-01")); from = from.plusDays(1)) {
            LocalDate next = from.plusDays(1);
            while (!calendar.isWorkingDay(next)) {
                next = next.plusDays(1);
            }
            assertThat(calendar.addWorkingDays(from, 1)).as("%s + 1", from).isEqualTo(next);
            if (!calendar.isWorkingDay(from)) {
                assertThat(calendar.addWorkingDays(from, 0)).as("%s + 0 from a day off", from).isEqualTo(next);
            }
        }
    }

    @Test
    void previousWorkingDay() {
        assertThat(calendar.previousWorkingDay(d("2024-02-15"))).isEqualTo(d("2024-02-07"));
        assertThat(calendar.previousWorkingDay(d("2024-05-06"))).isEqualTo(d("2024-05-04"));
        assertThat(calendar.previousWorkingDay(d("2024-06-04"))).isEqualTo(d("2024-06-03"));
    }

    @Test
    void reasons() {
        assertThat(calendar.reason(d("2024-06-01"))).isEqualTo("Thứ Bảy");
        assertThat(calendar.reason(d("2024-06-02"))).isEqualTo("Chủ nhật");
        assertThat(calendar.reason(d("2024-06-03"))).isEqualTo("Ngày làm việc");
        assertThat(calendar.reason(d("2024-02-10"))).isEqualTo("Tết Nguyên đán");
        assertThat(calendar.reason(d("2027-05-03"))).isEqualTo("Nghỉ bù Ngày Quốc tế Lao động");
        assertThat(calendar.isWorkingDay(d("2027-05-03"))).isFalse();
    }

    @Test
    void datesOutsideTheCalendarAreRefused() {
        assertThatThrownBy(() -> calendar.isWorkingDay(d("1999-12-31"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.holidays(2101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2100-12-20"), 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond 2100");
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2100-12-31"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond 2100");
        assertThat(calendar.addWorkingDays(d("2100-12-31"), 0)).isEqualTo(d("2100-12-31"));
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2024-01-02"), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.previousWorkingDay(d("2000-01-03")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOperatorsDirectoryOverridesTheBundledSchedules(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2024.csv"), """
                # test schedule
                date,kind,name
                2024-01-01,NGHI,Tết Dương lịch
                2024-03-08,NGHI,Ngày nghỉ thử
                2024-03-09,LAM_BU,Làm bù
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2030.csv"), """
                date,kind,name
                2030-01-01,NGHI,Tết Dương lịch
                """, StandardCharsets.UTF_8);
        VietnameseWorkingDayCalendar overridden = new VietnameseWorkingDayCalendar(dir.toString());

        assertThat(overridden.holidays(2024)).containsExactly(
                new Holiday(d("2024-01-01"), "Tết Dương lịch"), new Holiday(d("2024-03-08"), "Ngày nghỉ thử"));
        assertThat(overridden.isWorkingDay(d("2024-02-12"))).isTrue();
        assertThat(overridden.isWorkingDay(d("2024-03-09"))).isTrue();
        assertThat(overridden.holidays(2030)).hasSize(1);
        assertThat(overridden.holidays(2025)).isEqualTo(calendar.holidays(2025));
    }

    @Test
    void aBrokenScheduleStopsTheStartNamingTheLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2024.csv"), """
                date,kind,name
                2024-01-01,NGHI,Tết Dương lịch
                2024-03-11,LAM_BU,Làm bù
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new VietnameseWorkingDayCalendar(dir.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2024.csv line 3").hasMessageContaining("not a Saturday or Sunday");

        Files.writeString(dir.resolve("2024.csv"), "date,kind,name\n2025-01-01,NGHI,Tết Dương lịch\n");
        assertThatThrownBy(() -> new VietnameseWorkingDayCalendar(dir.toString()))
                .hasMessageContaining("not in 2024");

        assertThatThrownBy(() -> new VietnameseWorkingDayCalendar(dir.resolve("missing").toString()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("official-dir");
    }
}
