package vn.directive.directive.parse;

import java.time.LocalDate;

/** Counts working days for "trong N ngày làm việc"; the application passes its Vietnamese working-day calendar. */
@FunctionalInterface
public interface WorkingDayAdder {

    /** The {@code days}-th working day after {@code from}; may refuse dates it has no calendar for. */
    LocalDate addWorkingDays(LocalDate from, int days);
}
