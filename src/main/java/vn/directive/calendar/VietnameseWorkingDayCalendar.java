package vn.directive.calendar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The civil servants' calendar of 2000–2100: the official schedule of a year where there is one
 * ({@link OfficialSchedule}), the Labour Code's rule otherwise ({@link StatutoryHolidays}).
 *
 * <p>All 101 years are laid out once at start (about 37,000 days, a few milliseconds): for every day the
 * number of working days before it, and for every working day its position. Adding N working days is then
 * two array reads, whatever N (counted from the day after {@code from}, see {@link #addWorkingDays}); the tables are never written after construction, so sharing them between
 * threads needs no locking.
 */
@Component
public class VietnameseWorkingDayCalendar implements WorkingDayCalendar {

    private static final Logger log = LoggerFactory.getLogger(VietnameseWorkingDayCalendar.class);

    static final String MAKE_UP_REASON = "Làm bù";
    static final String WORKING_REASON = "Ngày làm việc";

    private static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);

    /** Holiday name or "Làm bù" for the days that differ from the plain weekday/weekend pattern. */
    private final String[] specialReason;
    private final boolean[] working;
    /** workingBefore[i]: working days in [FIRST_DAY, FIRST_DAY + i). One longer than the day count. */
    private final int[] workingBefore;
    /** workingDay[k]: the day index of the k-th working day. */
    private final int[] workingDay;
    private final List<List<Holiday>> holidaysByYear;

    /**
     * @param officialDir property {@code directive.calendar.official-dir}: a directory of {@code <year>.csv}
     *                    files that take precedence over the bundled ones; blank for none
     */
    public VietnameseWorkingDayCalendar(@Value("${directive.calendar.official-dir:}") String officialDir) {
        Path externalDir = externalDir(officialDir);
        int dayCount = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
        specialReason = new String[dayCount];
        working = new boolean[dayCount];
        for (int i = 0; i < dayCount; i++) {
            working[i] = !StatutoryHolidays.isWeekend(FIRST_DAY.plusDays(i));
        }
        holidaysByYear = new ArrayList<>();
        List<String> official = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            Optional<OfficialSchedule> schedule = OfficialSchedule.find(year, externalDir);
            List<Holiday> daysOff = schedule.isPresent()
                    ? schedule.get().daysOff() : StatutoryHolidays.of(year, LunarCalendar.VIETNAM);
            schedule.ifPresent(s -> official.add(s.year() + " (" + s.origin() + ")"));
            for (Holiday h : daysOff) {
                specialReason[index(h.date())] = h.name();
                working[index(h.date())] = false;
            }
            for (Holiday h : schedule.map(OfficialSchedule::makeUpDays).orElse(List.of())) {
                specialReason[index(h.date())] = MAKE_UP_REASON;
                working[index(h.date())] = true;
            }
            holidaysByYear.add(daysOff);
        }
        workingBefore = new int[dayCount + 1];
        int[] positions = new int[dayCount];
        int count = 0;
        for (int i = 0; i < dayCount; i++) {
            workingBefore[i] = count;
            if (working[i]) {
                positions[count++] = i;
            }
        }
        workingBefore[dayCount] = count;
        workingDay = Arrays.copyOf(positions, count);
        log.info("Working-day calendar {}..{}: official schedules {}, the Labour Code's rule for the other years",
                FIRST_YEAR, LAST_YEAR, official);
    }

    /** The calendar with the bundled official schedules only. */
    public static VietnameseWorkingDayCalendar bundled() {
        return new VietnameseWorkingDayCalendar("");
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return working[index(date)];
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be >= 0, not " + days);
        }
        int i = index(from);
        // Civil Code 2015 art. 147: the day of the event is not counted, day 1 is the first working day after
        // it. workingBefore[i + 1] counts the working days up to and including from, so the days-th one after
        // it has rank workingBefore[i + 1] + days - 1; 0 asks for from itself, or the next working day.
        long rank = days == 0 ? workingBefore[i] : (long) workingBefore[i + 1] + days - 1;
        if (rank >= workingDay.length) {
            throw new IllegalArgumentException(days + " working days after " + from + " is beyond " + LAST_YEAR);
        }
        return FIRST_DAY.plusDays(workingDay[(int) rank]);
    }

    @Override
    public LocalDate previousWorkingDay(LocalDate date) {
        int rank = workingBefore[index(date)] - 1;
        if (rank < 0) {
            throw new IllegalArgumentException("No working day before " + date + " in " + FIRST_YEAR + ".." + LAST_YEAR);
        }
        return FIRST_DAY.plusDays(workingDay[rank]);
    }

    @Override
    public List<Holiday> holidays(int year) {
        checkYear(year);
        return holidaysByYear.get(year - FIRST_YEAR);
    }

    @Override
    public String reason(LocalDate date) {
        String special = specialReason[index(date)];
        if (special != null) {
            return special;
        }
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY ? "Thứ Bảy" : d == DayOfWeek.SUNDAY ? "Chủ nhật" : WORKING_REASON;
    }

    private static int index(LocalDate date) {
        checkYear(date.getYear());
        return (int) (date.toEpochDay() - FIRST_DAY.toEpochDay());
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("The calendar covers " + FIRST_YEAR + ".." + LAST_YEAR + ", not " + year);
        }
    }

    private static Path externalDir(String officialDir) {
        if (officialDir == null || officialDir.isBlank()) {
            return null;
        }
        Path dir = Path.of(officialDir.trim());
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("directive.calendar.official-dir is not a directory: " + dir.toAbsolutePath());
        }
        return dir;
    }
}
