package vn.directive.cascade;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.directive.calendar.WorkingDays;
import vn.directive.directive.DirectiveDraft.Urgency;

/**
 * The cascade's deadlines, counted by the working-day calendar ({@link WorkingDays}) in Vietnam's time
 * zone. "Now" is the engine's clock, so tests move time by moving the clock, never by sleeping.
 */
@Component
public class Deadlines {

    private final WorkingDays workingDays;
    private final int subordinateLeadDays;

    public Deadlines(WorkingDays workingDays,
                     @Value("${directive.cascade.subordinate-lead-working-days:2}") int subordinateLeadDays) {
        this.workingDays = workingDays;
        this.subordinateLeadDays = Math.max(0, subordinateLeadDays);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDays.ZONE);
    }

    public Date now() {
        return ClockUtil.getCurrentTime();
    }

    /**
     * Same working day for HOA_TOC and THUONG_KHAN, the next working day otherwise; due at that day's end.
     * Received on a day off, both are due on the first working day after it (the arrival day is not counted).
     */
    public Date acknowledgementDue(Urgency urgency) {
        boolean urgent = urgency == Urgency.HOA_TOC || urgency == Urgency.THUONG_KHAN;
        return workingDays.after(urgent ? 0 : 1);
    }

    /** A report is due at the end of its deadline day. */
    public Date reportDue(LocalDate deadline) {
        return workingDays.endOf(deadline);
    }

    /** The morning of the working day before the deadline. */
    public Date reminderAt(LocalDate deadline) {
        return reminderBefore(reportDue(deadline));
    }

    /** The reminder of a report due then (the model's reminder timer: ${deadlines.reminderBefore(reportDue)}). */
    public Date reminderBefore(Date reportDue) {
        return workingDays.dayBefore(reportDue);
    }

    /**
     * The deadline proposed to a subordinate: some working days before the unit's own, so the unit has time
     * to sum its subordinates' reports up; the unit's own deadline when that would leave the subordinate
     * no working day from today.
     */
    public LocalDate subordinateDeadline(LocalDate own) {
        LocalDate proposed = workingDays.workingDaysBefore(own, subordinateLeadDays);
        return proposed.isAfter(today()) ? proposed : own;
    }

    public Date endOf(LocalDate day) {
        return workingDays.endOf(day);
    }

    public boolean isPast(Date due) {
        return due != null && ClockUtil.getCurrentTime().after(due);
    }
}
