package vn.directive.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.directive.calendar.LunarCalendar.LunarDate;
import vn.directive.calendar.WorkingDayCalendar.Holiday;

/**
 * The days off of a year by the Labour Code 2019 alone, for years without an official schedule.
 *
 * <ul>
 *   <li>Article 112.1: Tết Dương lịch 1/1; Tết Nguyên đán 5 days, here the last day of the lunar year and
 *   the first four of the new one; Giỗ Tổ Hùng Vương 10/3 lunar (the ordinary third month, never the leap
 *   one); 30/4; 1/5; Quốc khánh 2/9 and one adjacent day (see {@link #nationalDayCompanion}).</li>
 *   <li>Article 111.3: every holiday that falls on a Saturday or Sunday gives the next working day off;
 *   several such holidays give consecutive substitute days, in the order of the holidays.</li>
 * </ul>
 * In 2000–2100 no two holidays ever fall on the same date (Giỗ Tổ is at the latest on 29/4), so each
 * date carries one name.
 */
final class StatutoryHolidays {

    static final String NEW_YEAR = "Tết Dương lịch";
    static final String TET = "Tết Nguyên đán";
    static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương";
    static final String REUNIFICATION = "Ngày Chiến thắng";
    static final String LABOUR_DAY = "Ngày Quốc tế Lao động";
    static final String NATIONAL_DAY = "Quốc khánh";
    static final String SUBSTITUTE_PREFIX = "Nghỉ bù ";

    private StatutoryHolidays() {
    }

    static List<Holiday> of(int year, LunarCalendar lunar) {
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), NEW_YEAR);
        LocalDate tet = lunar.newYear(year);
        for (LocalDate d = tet.minusDays(1); d.isBefore(tet.plusDays(4)); d = d.plusDays(1)) {
            days.put(d, TET);
        }
        days.put(lunar.toSolar(new LunarDate(year, 3, 10, false)), HUNG_KINGS);
        days.put(LocalDate.of(year, 4, 30), REUNIFICATION);
        days.put(LocalDate.of(year, 5, 1), LABOUR_DAY);
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        days.put(nationalDay, NATIONAL_DAY);
        days.put(nationalDayCompanion(nationalDay), NATIONAL_DAY);

        Map<LocalDate, String> withSubstitutes = new TreeMap<>(days);
        LocalDate lastSubstitute = null;
        for (Map.Entry<LocalDate, String> day : days.entrySet()) {
            if (!isWeekend(day.getKey())) {
                continue;
            }
            LocalDate substitute = lastSubstitute != null && lastSubstitute.isAfter(day.getKey())
                    ? lastSubstitute : day.getKey();
            do {
                substitute = substitute.plusDays(1);
            } while (isWeekend(substitute) || days.containsKey(substitute));
            lastSubstitute = substitute;
            withSubstitutes.put(substitute, SUBSTITUTE_PREFIX + day.getValue());
        }
        return withSubstitutes.entrySet().stream().map(e -> new Holiday(e.getKey(), e.getValue())).toList();
    }

    /**
     * The day next to 2/9 that joins the break to a weekend, as the Prime Minister chose in 2021–2025:
     * 1/9 when 2/9 is a Tuesday (Monday 1/9 follows the weekend), a Friday (Thursday 1/9, 2022) or a
     * Saturday (Friday 1/9, 2023); otherwise 3/9 (Monday → Tuesday 3/9 in 2024, Thursday → Friday 3/9 in
     * 2021, Sunday → Monday 3/9; Wednesday joins no weekend and takes 3/9 as well).
     */
    static LocalDate nationalDayCompanion(LocalDate nationalDay) {
        DayOfWeek d = nationalDay.getDayOfWeek();
        boolean before = d == DayOfWeek.TUESDAY || d == DayOfWeek.FRIDAY || d == DayOfWeek.SATURDAY;
        return before ? nationalDay.minusDays(1) : nationalDay.plusDays(1);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
