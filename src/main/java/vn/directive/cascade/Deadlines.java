package vn.directive.cascade;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.directive.calendar.WorkingDayCalendar;
import vn.directive.directive.DirectiveDraft.Urgency;

/**
 * The cascade's deadlines, in Vietnamese working days and Vietnam's time zone. "Now" is the engine's
 * clock, so tests move time by moving the clock, never by sleeping.
 */
@Component
public class Deadlines {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Reminders go out at the start of the working day. */
    private static final LocalTime MORNING = LocalTime.of(8, 0);

    private final WorkingDayCalendar calendar;

    public Deadlines(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
    }

    public Date now() {
        return ClockUtil.getCurrentTime();
    }

    /** Same working day for HOA_TOC and THUONG_KHAN, the next working day otherwise; due at that day's end. */
    public Date acknowledgementDue(Urgency urgency) {
        boolean urgent = urgency == Urgency.HOA_TOC || urgency == Urgency.THUONG_KHAN;
        return endOf(calendar.addWorkingDays(today(), urgent ? 0 : 1));
    }

    /** A report is due at the end of its deadline day. */
    public Date reportDue(LocalDate deadline) {
        return endOf(deadline);
    }

    /** The morning of the working day before the deadline. */
    public Date reminderAt(LocalDate deadline) {
        LocalDate d = deadline.minusDays(1);
        while (!calendar.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return Date.from(ZonedDateTime.of(d, MORNING, ZONE).toInstant());
    }

    public Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(ZONE).minusSeconds(1).toInstant());
    }

    public boolean isPast(Date due) {
        return due != null && ClockUtil.getCurrentTime().after(due);
    }
}
