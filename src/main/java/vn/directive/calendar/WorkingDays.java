package vn.directive.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The working-day calendar as BPMN expressions see it, bean {@code workingDays}: e.g. a timer
 * {@code ${workingDays.after(1)}} fires at the end of the next working day (from a Sunday or a holiday, the
 * first working day after it). "Now" is the engine's clock
 * ({@link ClockUtil}), so tests that move the engine clock move these dates too. Days are Vietnamese days
 * ({@link #ZONE}); a deadline day ends at 23:59:59 so that work handed in any time on the day is on time.
 */
@Component(WorkingDays.BEAN_NAME)
public class WorkingDays {

    public static final String BEAN_NAME = "workingDays";
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Office hours start; reminders are sent then. */
    public static final LocalTime START_OF_DAY = LocalTime.of(8, 0);
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final WorkingDayCalendar calendar;

    public WorkingDays(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The end of the {@code days}-th working day after the engine's today (today not counted, see
     * {@link WorkingDayCalendar#addWorkingDays}); 0 = the end of today if it is worked, else of the next working day.
     */
    public Date after(int days) {
        return after(ClockUtil.getCurrentTime(), days);
    }

    /** The end of the {@code days}-th working day after the Vietnamese day of {@code from}, that day not counted. */
    public Date after(Date from, int days) {
        return endOf(calendar.addWorkingDays(localDate(from), days));
    }

    /** 23:59:59 of {@code date} in Vietnam. */
    public Date endOf(LocalDate date) {
        return Date.from(date.atTime(END_OF_DAY).atZone(ZONE).toInstant());
    }

    /** 08:00 of the working day before the Vietnamese day of {@code due}: when to remind about it. */
    public Date dayBefore(Date due) {
        LocalDate day = calendar.previousWorkingDay(localDate(due));
        return Date.from(day.atTime(START_OF_DAY).atZone(ZONE).toInstant());
    }

    /** The {@code days}-th working day before {@code date} ({@code date} itself with 0). */
    public LocalDate workingDaysBefore(LocalDate date, int days) {
        LocalDate day = date;
        for (int i = 0; i < days; i++) {
            day = calendar.previousWorkingDay(day);
        }
        return day;
    }

    private static LocalDate localDate(Date instant) {
        return instant.toInstant().atZone(ZONE).toLocalDate();
    }
}
