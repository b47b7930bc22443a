package vn.directive.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one phase of a wave cost: CPU of the application's JVM and of the PostgreSQL server, rows inserted, updated
 * and deleted per table, transactions committed and jobs executed. {@link #snapshot()} before and after the phase,
 * {@link Snapshot#minus} gives the phase's {@link Cost}.
 *
 * <ul>
 * <li><b>Application CPU</b>: the JVM's process CPU time ({@code OperatingSystemMXBean.getProcessCpuTime}): the
 * engine, the job executor, the web layer and the benchmark's driver threads (they do what people's requests would
 * do: query and complete tasks), and the JIT and GC threads.</li>
 * <li><b>PostgreSQL CPU</b>: from {@code /proc}: the postmaster's own utime+stime, its reaped children's
 * (cutime+cstime: backends that have ended, autovacuum workers) and the live children's utime+stime. The server is
 * the benchmark's own embedded one; runs are one after the other, so the delta is this phase's.</li>
 * <li><b>Rows</b>: {@code pg_stat_user_tables} n_tup_ins/upd/del of the run's database. A backend sends its counters
 * at most once a second while busy, and when it exits: the application's pool is soft-evicted before each snapshot
 * so every backend that worked exits and reports, and the snapshot waits for them to be gone.</li>
 * <li><b>Transactions</b>: {@code pg_stat_database.xact_commit} of the run's database: the engine's commands and
 * the driver's reads (each an autocommit transaction) alike.</li>
 * <li><b>Jobs</b>: the engine's metrics {@code job-successful} and {@code job-failed} (flushed with
 * {@code reportDbMetricsNow}), i.e. every job the job executor ran: async continuations and timers.</li>
 * </ul>
 */
final class EngineCost {

    private static final long CLOCK_TICKS = clockTicks();

    private final ApplicationContext context;
    private final JdbcTemplate meter;
    private final String database;
    private final Path postmasterPidFile;

    /** @param meter a connection of the benchmark's own (not the application's pool) to the run's database */
    EngineCost(ApplicationContext context, DataSource meter) {
        this.context = context;
        this.meter = new JdbcTemplate(meter);
        this.database = this.meter.queryForObject("select current_database()", String.class);
        this.postmasterPidFile = Path.of(this.meter.queryForObject("show data_directory", String.class), "postmaster.pid");
    }

    /** Counters now, after every backend of the application's pool has reported its table counters. */
    Snapshot snapshot() {
        flushApplicationBackends();
        ManagementService management = context.getBean(ManagementService.class);
        management.reportDbMetricsNow();
        long jobs = sum(management, Metrics.JOB_SUCCESSFUL);
        long failedJobs = sum(management, Metrics.JOB_FAILED);
        meter.execute("select pg_stat_clear_snapshot()");
        Map<String, long[]> rows = new TreeMap<>();
        meter.query("select relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables", rs -> {
            rows.put(rs.getString(1).toLowerCase(), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        });
        Long commits = meter.queryForObject("select xact_commit from pg_stat_database where datname = current_database()", Long.class);
        return new Snapshot(System.nanoTime(), processCpuNanos(), postgresCpuTicks(), rows, commits == null ? 0 : commits,
                jobs, failedJobs);
    }

    private static long sum(ManagementService management, String metric) {
        return management.createMetricsQuery().name(metric).sum();
    }

    /**
     * Soft-evicts the application's pool and waits (up to 10 s) until the backends it had are gone: a backend reports
     * its pending table counters when it exits. Connections in use are evicted when they are returned.
     */
    private void flushApplicationBackends() {
        DataSource application = context.getBean(DataSource.class);
        Timestamp before = meter.queryForObject("select now()", Timestamp.class);
        try {
            if (application.isWrapperFor(HikariDataSource.class)) {
                HikariDataSource hikari = application.unwrap(HikariDataSource.class);
                if (hikari.getHikariPoolMXBean() != null) {
                    hikari.getHikariPoolMXBean().softEvictConnections();
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < giveUp) {
            Long old = meter.queryForObject("select count(*) from pg_stat_activity where datname = ? and pid <> pg_backend_pid() "
                    + "and backend_type = 'client backend' and backend_start < ?", Long.class, database, before);
            if (old == null || old == 0) {
                return;
            }
            sleep(50);
        }
        System.out.println("  (some of the application's connections stayed busy: the last second of row counters may be missing)");
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** The postmaster's CPU, its reaped children's and its live children's, in clock ticks; -1 without /proc. */
    private long postgresCpuTicks() {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(postmasterPidFile).get(0).trim());
            long[] own = stat(postmaster);
            if (own == null) {
                return -1;
            }
            long ticks = own[1] + own[2] + own[3] + own[4];
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path p : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                    long[] child = stat(Long.parseLong(p.getFileName().toString()));
                    if (child != null && child[0] == postmaster) {
                        ticks += child[1] + child[2];
                    }
                }
            }
            return ticks;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** ppid, utime, stime, cutime, cstime of a process, or null when it is gone. */
    private static long[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime
            return new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                    Long.parseLong(f[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(getconf.getInputStream().readAllBytes()).trim();
            getconf.waitFor(5, TimeUnit.SECONDS);
            return Long.parseLong(out);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Snapshot(long nanos, long appCpuNanos, long postgresTicks, Map<String, long[]> rows, long commits, long jobs,
                    long failedJobs) {

        Cost minus(Snapshot before) {
            Map<String, long[]> written = new LinkedHashMap<>();
            rows.forEach((table, now) -> {
                long[] then = before.rows.getOrDefault(table, new long[3]);
                long[] delta = {now[0] - then[0], now[1] - then[1], now[2] - then[2]};
                if (delta[0] + delta[1] + delta[2] > 0) {
                    written.put(table, delta);
                }
            });
            return new Cost((nanos - before.nanos) / 1e9,
                    appCpuNanos < 0 || before.appCpuNanos < 0 ? -1 : (appCpuNanos - before.appCpuNanos) / 1e6,
                    postgresTicks < 0 || before.postgresTicks < 0 ? -1 : (postgresTicks - before.postgresTicks) * 1000.0 / CLOCK_TICKS,
                    written, commits - before.commits, jobs - before.jobs, failedJobs - before.failedJobs);
        }
    }

    /** One phase's cost; ms of CPU, rows per table as {inserted, updated, deleted}. */
    record Cost(double seconds, double appCpuMillis, double postgresCpuMillis, Map<String, long[]> rows, long commits,
                long jobs, long failedJobs) {

        static boolean isEngineTable(String table) {
            return table.startsWith("act_");
        }

        long engineRows() {
            return rows.entrySet().stream().filter(e -> isEngineTable(e.getKey()))
                    .mapToLong(e -> e.getValue()[0] + e.getValue()[1] + e.getValue()[2]).sum();
        }

        long applicationRows() {
            return rows.entrySet().stream().filter(e -> !isEngineTable(e.getKey()))
                    .mapToLong(e -> e.getValue()[0] + e.getValue()[1] + e.getValue()[2]).sum();
        }

        /** The engine tables that were written most, most first. */
        List<Map.Entry<String, long[]>> topEngineTables(int n) {
            return rows.entrySet().stream().filter(e -> isEngineTable(e.getKey()))
                    .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -(e.getValue()[0] + e.getValue()[1] + e.getValue()[2])))
                    .limit(n).toList();
        }

        String describe(int units) {
            return String.format("%.0f ms application CPU and %.0f ms PostgreSQL CPU per unit, %.1f engine rows written per unit "
                            + "(%.1f application rows), %.1f transactions (reads included) and %.2f jobs per unit%s",
                    appCpuMillis / units, postgresCpuMillis / units, engineRows() / (double) units,
                    applicationRows() / (double) units, commits / (double) units, jobs / (double) units,
                    failedJobs == 0 ? "" : ", " + failedJobs + " failed job executions");
        }
    }
}
