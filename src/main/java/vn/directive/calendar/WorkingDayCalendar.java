package vn.directive.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Vietnamese working days: what every deadline of the cascade is counted in. Dates outside the years
 * {@link #FIRST_YEAR}..{@link #LAST_YEAR} are refused with {@link IllegalArgumentException}.
 */
public interface WorkingDayCalendar {

    int FIRST_YEAR = 2000;
    int LAST_YEAR = 2100;

    boolean isWorkingDay(LocalDate date);

    /**
     * The {@code days}-th working day strictly after {@code from}: the day of the event is not counted and
     * day 1 is the first working day after it (Civil Code 2015, art. 147), whether {@code from} is worked or
     * not. Friday + 1, Saturday + 1 and Sunday + 1 are all Monday; the last day before Tết + 1 is the first
     * working day after it; a make-up Saturday is a working day like any other.
     *
     * <p>With 0, "by the end of the same working day": {@code from} itself when it is a working day,
     * otherwise the next working day, so that from a day off 0 and 1 give the same day (an urgent and an
     * ordinary document that arrive on a Sunday are both due on Monday). Negative {@code days} are refused.
     */
    LocalDate addWorkingDays(LocalDate from, int days);

    /** The last working day strictly before {@code date}. */
    LocalDate previousWorkingDay(LocalDate date);

    /** The days off of a year other than ordinary weekends, in date order. */
    List<Holiday> holidays(int year);

    /**
     * Why a day is or is not worked, in Vietnamese: the holiday's name, "Làm bù" (a make-up weekend day),
     * "Thứ Bảy", "Chủ nhật" or "Ngày làm việc".
     */
    String reason(LocalDate date);

    record Holiday(LocalDate date, String name) {
    }
}
