package vn.directive.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Placeholder until the Vietnamese holiday calendar lands: skips Saturdays and Sundays only. */
@Component
public class WeekendOnlyCalendar implements WorkingDayCalendar {

    @Override
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be >= 0");
        }
        LocalDate d = from;
        if (days == 0) {
            while (!isWorkingDay(d)) {
                d = d.plusDays(1);
            }
        }
        for (int i = 0; i < days; i++) {
            d = d.plusDays(1);
            while (!isWorkingDay(d)) {
                d = d.plusDays(1);
            }
        }
        return d;
    }

    @Override
    public List<Holiday> holidays(int year) {
        return List.of();
    }
}
