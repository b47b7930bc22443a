package vn.directive.benchmark;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.directive.calendar.VietnameseWorkingDayCalendar;

/**
 * Adding N working days from random dates of 2000–2090: the table lookup must not grow with N; walking
 * day by day is the baseline it replaces. {@code build} is the one-off cost at start.
 * <pre>java -cp target/test-classes:target/classes:$(test classpath) org.openjdk.jmh.Main \
 *     WorkingDayCalendarBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingDayCalendarBenchmark {

    @State(Scope.Thread)
    public static class Dates {

        private static final int COUNT = 4096;

        @Param({"1", "10", "250"})
        int days;

        VietnameseWorkingDayCalendar calendar;
        LocalDate[] from;
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            calendar = VietnameseWorkingDayCalendar.bundled();
            SplittableRandom random = new SplittableRandom(42);
            long first = LocalDate.of(2000, 1, 1).toEpochDay();
            long last = LocalDate.of(2090, 12, 31).toEpochDay();
            from = new LocalDate[COUNT];
            for (int i = 0; i < COUNT; i++) {
                from[i] = LocalDate.ofEpochDay(random.nextLong(first, last));
            }
        }

        LocalDate nextFrom() {
            next = (next + 1) & (COUNT - 1);
            return from[next];
        }
    }

    @Benchmark
    public LocalDate addWorkingDays(Dates state) {
        return state.calendar.addWorkingDays(state.nextFrom(), state.days);
    }

    @Benchmark
    public LocalDate walkDayByDay(Dates state) {
        LocalDate d = state.nextFrom();
        // the same rule as the table: from not counted, 0 = from or the next working day
        if (state.days == 0) {
            while (!state.calendar.isWorkingDay(d)) {
                d = d.plusDays(1);
            }
        }
        for (int i = 0; i < state.days; i++) {
            do {
                d = d.plusDays(1);
            } while (!state.calendar.isWorkingDay(d));
        }
        return d;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public VietnameseWorkingDayCalendar build() {
        return VietnameseWorkingDayCalendar.bundled();
    }
}
