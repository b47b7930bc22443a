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
     * The {@code days}-th working day strictly after {@code from} (Friday + 1 and Saturday + 1 are both
     * Monday). With 0, {@code from} itself when it is a working day, otherwise the next working day.
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
