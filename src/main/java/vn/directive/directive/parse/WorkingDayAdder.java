package vn.directive.directive.parse;

import java.time.LocalDate;

/** Counts working days for "trong N ngày làm việc"; the application passes its Vietnamese working-day calendar. */
@FunctionalInterface
public interface WorkingDayAdder {

    /**
     * The {@code days}-th working day after {@code from}, {@code from} not counted even when it is a day off
     * (Civil Code 2015, art. 147: a text issued on a Saturday with "trong 1 ngày làm việc" is due on Monday);
     * may refuse dates it has no calendar for.
     */
    LocalDate addWorkingDays(LocalDate from, int days);
}
