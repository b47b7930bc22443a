package vn.directive.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/** Dates as Vietnamese documents write them: 30/12/2026, and 16:30 30/12/2026 in Vietnam's time. */
public final class VietnameseDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME_DAY = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private VietnameseDates() {
    }

    public static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    public static String timeAndDay(Date instant) {
        return instant == null ? null : TIME_DAY.format(instant.toInstant().atZone(WorkingDays.ZONE));
    }
}
