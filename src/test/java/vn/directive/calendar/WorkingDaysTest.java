package vn.directive.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays(VietnameseWorkingDayCalendar.bundled());

    private static Date at(String isoOffsetDateTime) {
        return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void afterCountsFromTheEnginesTodayInVietnam() {
        ClockUtil.setCurrentTime(at("2024-02-07T10:00:00+07:00"));
        assertThat(workingDays.after(0)).isEqualTo(at("2024-02-07T23:59:59+07:00"));
        assertThat(workingDays.after(1)).isEqualTo(at("2024-02-15T23:59:59+07:00"));
    }

    @Test
    void theDayIsTheVietnameseDayNotTheServersOrUtc() {
        // 20:00 UTC on 7 February is 03:00 on 8 February in Hanoi, the first day of the Tết break
        ClockUtil.setCurrentTime(at("2024-02-07T20:00:00Z"));
        assertThat(workingDays.after(0)).isEqualTo(at("2024-02-15T23:59:59+07:00"));
        assertThat(workingDays.after(1)).isEqualTo(at("2024-02-15T23:59:59+07:00"));
    }

    @Test
    void fromADayOffTheFirstWorkingDayAfterItIsDayOne() {
        // Saturday 14 February 2026, the first day of the Tết break (14–22 February)
        ClockUtil.setCurrentTime(at("2026-02-14T10:00:00+07:00"));
        assertThat(workingDays.after(0)).isEqualTo(at("2026-02-23T23:59:59+07:00"));
        assertThat(workingDays.after(1)).isEqualTo(at("2026-02-23T23:59:59+07:00"));
        assertThat(workingDays.after(2)).isEqualTo(at("2026-02-24T23:59:59+07:00"));
        // a Sunday
        assertThat(workingDays.after(at("2024-06-02T22:00:00+07:00"), 1)).isEqualTo(at("2024-06-03T23:59:59+07:00"));
        // a make-up Saturday is worked: counted from like a weekday
        assertThat(workingDays.after(at("2026-01-10T09:00:00+07:00"), 0)).isEqualTo(at("2026-01-10T23:59:59+07:00"));
        assertThat(workingDays.after(at("2026-01-10T09:00:00+07:00"), 1)).isEqualTo(at("2026-01-12T23:59:59+07:00"));
    }

    @Test
    void afterAGivenInstant() {
        assertThat(workingDays.after(at("2024-12-31T09:00:00+07:00"), 1)).isEqualTo(at("2025-01-02T23:59:59+07:00"));
    }

    @Test
    void endOfADay() {
        assertThat(workingDays.endOf(LocalDate.of(2024, 6, 3))).isEqualTo(at("2024-06-03T23:59:59+07:00"));
    }

    @Test
    void dayBeforeIsEightOClockOfThePreviousWorkingDay() {
        assertThat(workingDays.dayBefore(at("2024-02-15T23:59:59+07:00"))).isEqualTo(at("2024-02-07T08:00:00+07:00"));
        assertThat(workingDays.dayBefore(at("2024-06-04T23:59:59+07:00"))).isEqualTo(at("2024-06-03T08:00:00+07:00"));
    }
}
