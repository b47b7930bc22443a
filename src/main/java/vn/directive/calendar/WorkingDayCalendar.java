package vn.directive.calendar;

import java.time.LocalDate;
import java.util.List;

/** Vietnamese working days: what every deadline of the cascade is counted in. */
public interface WorkingDayCalendar {

    boolean isWorkingDay(LocalDate date);

    /**
     * The {@code days}-th working day strictly after {@code from} (Friday + 1 and Saturday + 1 are both
     * Monday). With 0, {@code from} itself when it is a working day, otherwise the next working day.
     */
    LocalDate addWorkingDays(LocalDate from, int days);

    /** The days off of a year other than ordinary weekends, in date order. */
    List<Holiday> holidays(int year);

    record Holiday(LocalDate date, String name) {
    }
}
