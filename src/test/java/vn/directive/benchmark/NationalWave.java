package vn.directive.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.directive.DirectiveApplication;
import vn.directive.cascade.CascadeTestSupport;
import vn.directive.directive.DirectiveDraft.Urgency;
import vn.directive.registration.DirectiveService;
import vn.directive.unit.UnitDataset;
import vn.directive.unit.UnitKind;
import vn.directive.unit.UnitRegistry;

/**
 * One directive to every administrative unit of the country, played through the real models and services
 * on an embedded PostgreSQL, with the application's configuration (tuned) and with the Spring Boot starter's
 * defaults (stock), alternately, each run on a fresh database of the same server; per unit it measures the CPU of
 * the application and of PostgreSQL, the engine rows written per table and the jobs run ({@link EngineCost}).
 * See README, section Benchmark.
 *
 * <pre>./mvnw -Pbench test-compile exec:java -Dbench.main=vn.directive.benchmark.NationalWave -Dexec.args="--dataset vn-2021"</pre>
 * Options: --dataset vn-2021|vn-2025, --provinces N (only the first N provinces; 0 = all), --threads N
 * (driver threads, default 4), --no-stock, --queries N (clerk query samples, default 200), --pairs N (tuned and stock
 * runs, alternating, each on a fresh database; default 3), --history LEVEL (the tuned runs' engine history level
 * instead of application.yml's, e.g. activity to compare), --sample-db (what the database's sessions wait on during
 * the fan-out, sampled from pg_stat_activity: for profiling).
 */
public final class NationalWave {

    private static final String ADMIN_PASSWORD = "bench-admin";
    private static final String CLERK = "bench.clerk";
    private static final String CLERK_PASSWORD = "bench-clerk";
    private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(30);
    private static final Path OUT = Path.of("target", "benchmark");

    record Options(String dataset, int provinces, int threads, boolean stock, int queries, boolean sampleDatabase, int pairs,
                   String history, int warmUpPairs) {

        static Options parse(String[] args) {
            String dataset = "vn-2021";
            int provinces = 0;
            int threads = 4;
            boolean stock = true;
            int queries = 200;
            boolean sampleDatabase = false;
            int pairs = 3;
            String history = null;
            int warmUpPairs = 1;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--dataset" -> dataset = args[++i];
                    case "--provinces" -> provinces = Integer.parseInt(args[++i]);
                    case "--threads" -> threads = Integer.parseInt(args[++i]);
                    case "--no-stock" -> stock = false;
                    case "--queries" -> queries = Integer.parseInt(args[++i]);
                    case "--sample-db" -> sampleDatabase = true;
                    case "--pairs" -> pairs = Integer.parseInt(args[++i]);
                    case "--history" -> history = args[++i];
                    case "--warm-up" -> warmUpPairs = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (use --dataset vn-2021|vn-2025, --provinces N, --threads N, --no-stock, --queries N, "
                            + "--pairs N, --warm-up N, --history LEVEL, --sample-db)");
                }
            }
            if (pairs < 1) {
                throw new IllegalArgumentException("--pairs must be at least 1");
            }
            return new Options(dataset, provinces, threads, stock, queries, sampleDatabase, pairs, history, Math.max(0, warmUpPairs));
        }
    }

    /** What one run of one configuration measured; the roll-up and the queries only in tuned runs. */
    record Run(String name, int units, long provinces, long districts, long communes, double fanOutSeconds,
               long[] acknowledgedAtNanos, Double rollUpSeconds, Latency clerkByGroup, Latency clerkByFilter,
               int clerkVisible, Latency status, int statusRows, long peakHeapBytes, long peakLiveHeapBytes, long databaseBytes, long openTasks,
               EngineCost.Cost fanOutCost, EngineCost.Cost rollUpCost) {
    }

    record Latency(double p50, double p95, double max) {

        static Latency of(List<Double> millis) {
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Latency(percentile(sorted, 0.50), percentile(sorted, 0.95), sorted[sorted.length - 1]);
        }

        private static double percentile(double[] sorted, double p) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Files.createDirectories(OUT);
        System.out.printf("National wave: dataset %s, %s, %d driver threads, %d cores, max heap %d MB%n",
                options.dataset(), options.provinces() == 0 ? "all provinces" : options.provinces() + " provinces",
                options.threads(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        List<Run> tuned = new ArrayList<>();
        List<Run> stock = new ArrayList<>();
        EmbeddedPostgres.Builder server = EmbeddedPostgres.builder();
        if (options.sampleDatabase()) {
            // what each statement costs the server, planning included (--sample-db prints the top of it)
            server.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track_planning", "on");
        }
        try (EmbeddedPostgres postgres = server.start()) {
            // Every run shares this JVM, so the first ones also warm the JIT for the later ones (a run was up to twice
            // as fast as the same configuration's first): unmeasured warm-up pairs first, then alternately, each run
            // on a fresh database of the same server and each pair in the other order than the one before, so that
            // what drift is left (the JIT, the server's caches, another load) falls on both configurations alike.
            for (int pair = 1; pair <= options.warmUpPairs(); pair++) {
                run("warm-up-tuned-" + pair, postgres, options, List.of("postgres"), true);
                if (options.stock()) {
                    run("warm-up-stock-" + pair, postgres, options, List.of("postgres", "bench-stock"), false);
                }
            }
            for (int pair = 1; pair <= options.pairs(); pair++) {
                boolean tunedFirst = pair % 2 == 1 || !options.stock();
                if (tunedFirst) {
                    tuned.add(run("tuned-" + pair, postgres, options, List.of("postgres"), true));
                }
                if (options.stock()) {
                    stock.add(run("stock-" + pair, postgres, options, List.of("postgres", "bench-stock"), false));
                }
                if (!tunedFirst) {
                    tuned.add(run("tuned-" + pair, postgres, options, List.of("postgres"), true));
                }
            }
            report(options, tuned, stock);
            plot(tuned, stock);
        }
        System.exit(0); // the engines' and the pool's non-daemon threads are gone; this ends exec:java at once
    }

    private static void createDatabases(EmbeddedPostgres postgres, String... names) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String name : names) {
                s.execute("create database " + name);
            }
        }
    }

    private static Run run(String name, EmbeddedPostgres postgres, Options options, List<String> profiles, boolean full)
            throws Exception {
        String database = name.replace('-', '_');
        createDatabases(postgres, database);
        try {
            return runOn(name, database, postgres, options, profiles, full);
        } finally {
            dropDatabase(postgres, database); // a full 2021 run leaves 600-850 MB; the next run gets a fresh one
        }
    }

    /**
     * Stock runs without the indexes the application adds for speed: V3 (on the engine's tables) and V4 (compliance).
     * Their names are read from the migrations, so a new index there is dropped too. And with the engine's own
     * indexes as the engine creates them: V46's partial indexes are built again over every row.
     */
    private static void dropTuningIndexes(JdbcTemplate jdbc) throws IOException {
        var partial = java.util.regex.Pattern.compile(
                "(?i)create\\s+(unique\\s+)?index\\s+(\\w+)\\s+on\\s+(\\w+)\\s*\\(([^)]*)\\)\\s+where");
        var m = partial.matcher(migration("db/vendor/postgresql/V46__engine_partial_indexes.sql"));
        while (m.find()) {
            String name = m.group(2);
            String table = m.group(3);
            String columns = m.group(4);
            jdbc.execute("drop index " + name);
            // the engine declares its unique ones as constraints
            jdbc.execute(m.group(1) == null ? "create index " + name + " on " + table + " (" + columns + ")"
                    : "alter table " + table + " add constraint " + name + " unique (" + columns + ")");
        }
        var createIndex = java.util.regex.Pattern.compile("(?i)create\\s+(?:unique\\s+)?index\\s+(\\w+)");
        for (String migration : List.of("db/migration/V3__performance_indexes.sql", "db/migration/V4__compliance_indexes.sql")) {
            var created = createIndex.matcher(migration(migration));
            while (created.find()) {
                jdbc.execute("drop index if exists " + created.group(1));
            }
        }
    }

    private static String migration(String path) throws IOException {
        try (var in = NationalWave.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("migration " + path + " not found");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void dropDatabase(EmbeddedPostgres postgres, String name) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        }
    }

    private static Run runOn(String name, String database, EmbeddedPostgres postgres, Options options, List<String> profiles,
                             boolean full) throws Exception {
        // command-line arguments, so that they win over the profiles' files
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", database));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        properties.put("directive.demo", "false");
        properties.put("directive.admin-password", ADMIN_PASSWORD);
        properties.put("directive.units.dataset", options.dataset());
        properties.put("logging.level.org.camunda.bpm.engine.jobexecutor", "error");
        if (full && options.history() != null) {
            properties.put("camunda.bpm.history-level", options.history()); // e.g. activity: the level before lean
        }
        System.out.printf("%n== %s: starting the application (profiles %s) ==%n", name, profiles);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DirectiveApplication.class)
                .profiles(profiles.toArray(String[]::new))
                .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new))) {
            UnitRegistry units = context.getBean(UnitRegistry.class);
            Wave.Tree tree = Wave.Tree.of(units, UnitDataset.NATIONAL_RECIPIENT, options.provinces());
            Wave wave = new Wave(context, tree, options.threads());
            System.out.printf("%s: tree of %d units (%d provinces, %d districts, %d communes)%n", name, tree.size(),
                    tree.count(units, UnitKind.PROVINCE), tree.count(units, UnitKind.DISTRICT),
                    tree.count(units, UnitKind.COMMUNE));
            if (!full) {
                dropTuningIndexes(context.getBean(JdbcTemplate.class));
            }
            warmUp(context, units, options.threads());
            EngineCost meter = new EngineCost(context, postgres.getDatabase("postgres", database));
            HeapPeak heap = HeapPeak.start();
            wave.start(CascadeTestSupport.draft("1/CĐ-TTg", Urgency.HOA_TOC));
            DatabaseWaits waits = options.sampleDatabase() ? DatabaseWaits.start(postgres, context.getBean(JdbcTemplate.class)) : null;
            EngineCost.Snapshot beforeFanOut = meter.snapshot();
            Wave.Phase fanOut = wave.fanOut(PHASE_TIMEOUT);
            EngineCost.Cost fanOutCost = meter.snapshot().minus(beforeFanOut);
            if (waits != null) {
                waits.stop(name, context.getBean(JdbcTemplate.class));
            }
            System.out.printf("%s: fan-out %.1f s (%.0f units/s)%n", name, fanOut.seconds(), fanOut.unitsPerSecond(tree.size()));
            System.out.printf("%s: fan-out cost: %s%n", name, fanOutCost.describe(tree.size()));
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long openTasks = wave.openReports();
            if (!full) {
                return new Run(name, tree.size(), tree.count(units, UnitKind.PROVINCE), tree.count(units, UnitKind.DISTRICT),
                        tree.count(units, UnitKind.COMMUNE), fanOut.seconds(), fanOut.acknowledgedAtNanos(), null, null,
                        null, 0, null, 0, heap.stop(), heap.live(), databaseSize(jdbc), openTasks, fanOutCost, null);
            }
            Http http = new Http(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
            String probe = tree.leaves().stream().sorted().findFirst().orElseThrow();
            int visible = openProbeDirective(context, probe, wave);
            Latency byGroup = http.latency(options.queries(), CLERK, CLERK_PASSWORD,
                    "/engine-rest/task?candidateGroups=" + probe + ".clerks&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15",
                    body -> countTasks(body) == visible);
            Latency byFilter = http.latency(options.queries(), CLERK, CLERK_PASSWORD,
                    "/engine-rest/task?taskDefinitionKey=user_acknowledge&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15",
                    body -> countTasks(body) == visible);
            System.out.printf("%s: clerk of %s sees %d task(s) among %d open: by group p50 %.1f ms p95 %.1f ms, "
                    + "by filter p50 %.1f ms p95 %.1f ms%n", name, probe, visible, openTasks + visible, byGroup.p50(),
                    byGroup.p95(), byFilter.p50(), byFilter.p95());
            String id = wave.registration().id();
            Latency status = http.latency(20, "admin", ADMIN_PASSWORD, "/api/directives/" + id + "/units",
                    body -> countRows(body) == tree.size());
            System.out.printf("%s: status read of %d units p50 %.0f ms p95 %.0f ms%n", name, tree.size(), status.p50(), status.p95());
            EngineCost.Snapshot beforeRollUp = meter.snapshot();
            Wave.Phase rollUp = wave.rollUp(PHASE_TIMEOUT);
            EngineCost.Cost rollUpCost = meter.snapshot().minus(beforeRollUp);
            System.out.printf("%s: roll-up %.1f s%n", name, rollUp.seconds());
            System.out.printf("%s: roll-up cost: %s%n", name, rollUpCost.describe(tree.size()));
            return new Run(name, tree.size(), tree.count(units, UnitKind.PROVINCE), tree.count(units, UnitKind.DISTRICT),
                    tree.count(units, UnitKind.COMMUNE), fanOut.seconds(), fanOut.acknowledgedAtNanos(), rollUp.seconds(),
                    byGroup, byFilter, visible, status, tree.size(), heap.stop(), heap.live(), databaseSize(jdbc), openTasks,
                    fanOutCost, rollUpCost);
        }
    }

    /**
     * A database in production holds open work when the national directive arrives, and autovacuum has
     * gathered statistics on it: a province's wave first (Lai Châu, 115 units), left open with every
     * commune holding its report task, then {@code analyze}. Analyzing after a finished wave would give
     * statistics of empty ACT_RU_* tables, and the plans PostgreSQL caches from them read thousands of
     * index rows per variable read until autovacuum analyzes again (a minute later, most of the wave).
     */
    private static void warmUp(ConfigurableApplicationContext context, UnitRegistry units, int threads) {
        long start = System.nanoTime();
        Wave warmUp = new Wave(context, Wave.Tree.of(units, "12", 0), threads);
        warmUp.start(CascadeTestSupport.draft("9/CĐ-UBND", Urgency.KHAN));
        warmUp.fanOut(PHASE_TIMEOUT);
        context.getBean(JdbcTemplate.class).execute("analyze");
        System.out.printf("warm-up wave of %d units and analyze: %.1f s%n", warmUp.tree().size(), (System.nanoTime() - start) / 1e9);
    }

    /**
     * A clerk of one commune, and a second directive sent to that commune alone: with the national wave
     * open, the clerk's Tasklist holds exactly this one acknowledgement.
     */
    private static int openProbeDirective(ConfigurableApplicationContext context, String commune, Wave wave) {
        IdentityService identity = context.getBean(IdentityService.class);
        Group group = identity.newGroup(commune + ".clerks");
        group.setName("Văn thư " + commune);
        group.setType("UNIT");
        identity.saveGroup(group);
        User clerk = identity.newUser(CLERK);
        clerk.setFirstName("Văn thư");
        clerk.setLastName(commune);
        clerk.setPassword(CLERK_PASSWORD);
        identity.saveUser(clerk);
        identity.createMembership(CLERK, group.getId());
        context.getBean(DirectiveService.class).register(CascadeTestSupport.draft("2/CV-UBND", Urgency.THUONG), commune,
                LocalDate.now().plusDays(10), null);
        return 1;
    }

    private static long databaseSize(JdbcTemplate jdbc) {
        Long bytes = jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
        return bytes == null ? 0 : bytes;
    }

    private static int countTasks(String body) {
        return body.equals("[]") ? 0 : body.split("\"taskDefinitionKey\"", -1).length - 1;
    }

    private static int countRows(String body) {
        return body.split("\"unitCode\"", -1).length - 1;
    }

    /** HTTP Basic GETs against the running application, timed on the client. */
    private record Http(int port, HttpClient client) {

        Http(int port) {
            this(port, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
        }

        Latency latency(int samples, String user, String password, String path,
                        java.util.function.Predicate<String> expected) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/json").GET().build();
            List<Double> millis = new ArrayList<>();
            int warmUp = Math.max(5, samples / 10);
            for (int i = 0; i < warmUp + samples; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                double elapsed = (System.nanoTime() - start) / 1e6;
                if (response.statusCode() != 200 || !expected.test(response.body())) {
                    throw new IllegalStateException("GET " + path + " as " + user + " answered " + response.statusCode()
                            + ": " + response.body().substring(0, Math.min(300, response.body().length())));
                }
                if (i >= warmUp) {
                    millis.add(elapsed);
                }
            }
            return Latency.of(millis);
        }
    }

    /** What the database's client sessions are doing, sampled every 50 ms from pg_stat_activity. */
    private static final class DatabaseWaits {
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        private final Map<String, Integer> seen = new java.util.concurrent.ConcurrentHashMap<>();

        static DatabaseWaits start(EmbeddedPostgres postgres, JdbcTemplate application) {
            application.execute("create extension if not exists pg_stat_statements");
            application.queryForList("select pg_stat_statements_reset()");
            DatabaseWaits w = new DatabaseWaits();
            JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
            w.sampler.scheduleAtFixedRate(() -> jdbc.query("select state, coalesce(wait_event_type, 'CPU') as t, "
                    + "coalesce(wait_event, '') as e, left(regexp_replace(query, '\\s+', ' ', 'g'), 90) as q "
                    + "from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid() "
                    + "and state <> 'idle'", rs -> {
                        w.seen.merge(rs.getString("t") + "/" + rs.getString("e") + " " + rs.getString("state"), 1, Integer::sum);
                        if ("active".equals(rs.getString("state"))) {
                            w.seen.merge("  query: " + rs.getString("q"), 1, Integer::sum);
                        }
                    }), 0, 50, TimeUnit.MILLISECONDS);
            return w;
        }

        void stop(String name, JdbcTemplate application) {
            sampler.shutdownNow();
            System.out.println(name + ": database sessions during the fan-out (samples every 50 ms):");
            seen.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(40)
                    .forEach(e -> System.out.printf("%7d  %s%n", e.getValue(), e.getKey()));
            System.out.println(name + ": statements by the server's time (execution + planning, ms), top 25:");
            application.query("select calls, round(total_exec_time) as ex, round(total_plan_time) as pl, rows, "
                    + "left(regexp_replace(query, '\\s+', ' ', 'g'), 110) as q from pg_stat_statements "
                    + "where dbid = (select oid from pg_database where datname = current_database()) "
                    + "order by total_exec_time + total_plan_time desc limit 25", rs -> {
                        System.out.printf("%8d ms exec %6d ms plan %8d calls %9d rows  %s%n", rs.getLong("ex"), rs.getLong("pl"),
                                rs.getLong("calls"), rs.getLong("rows"), rs.getString("q"));
                    });
            application.query("select sum(calls), round(sum(total_exec_time)), round(sum(total_plan_time)) from pg_stat_statements "
                    + "where dbid = (select oid from pg_database where datname = current_database())", rs -> {
                        System.out.printf("all statements: %d calls, %d ms exec, %d ms plan%n", rs.getLong(1), rs.getLong(2), rs.getLong(3));
                    });
            System.out.println(name + ": rows read by sequential scans, and by index (top 12 each):");
            application.query("select relname, seq_scan, seq_tup_read from pg_stat_user_tables order by seq_tup_read desc limit 12",
                    rs -> {
                        System.out.printf("%12d rows in %8d seq scans of %s%n", rs.getLong(3), rs.getLong(2), rs.getString(1));
                    });
            application.query("select indexrelname, idx_scan, idx_tup_read from pg_stat_user_indexes order by idx_tup_read desc limit 12",
                    rs -> {
                        System.out.printf("%12d rows in %8d scans of index %s%n", rs.getLong(3), rs.getLong(2), rs.getString(1));
                    });
            application.query("select relname, n_live_tup, n_dead_tup, last_autoanalyze, last_analyze, autoanalyze_count "
                    + "from pg_stat_user_tables where relname in ('act_ru_execution', 'act_ru_variable', 'act_ru_task', 'act_ru_job')",
                    rs -> {
                        System.out.printf("%s: %d live, %d dead rows, last analyze %s / auto %s (%d autoanalyzes)%n",
                                rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(5), rs.getString(4), rs.getLong(6));
                    });
            // the engine's most frequent read (an execution's variables), planned as a cached generic plan would be
            String executionId = application.queryForObject("select ID_ from ACT_RU_EXECUTION limit 1", String.class);
            application.execute((java.sql.Connection c) -> {
                try (Statement s = c.createStatement()) {
                    s.execute("set plan_cache_mode = force_generic_plan");
                    s.execute("prepare variables_of(varchar) as select RES.*, EXECUTION.ACT_INST_ID_ from ACT_RU_VARIABLE RES "
                            + "left join ACT_RU_EXECUTION EXECUTION on RES.EXECUTION_ID_ = EXECUTION.ID_ "
                            + "left join ACT_RU_EXECUTION PARENT_EXECUTION on EXECUTION.PARENT_ID_ = PARENT_EXECUTION.ID_ "
                            + "where EXECUTION_ID_ = $1 and TASK_ID_ is null");
                    try (java.sql.ResultSet rs = s.executeQuery("explain (analyze, buffers) execute variables_of('" + executionId + "')")) {
                        System.out.println(name + ": generic plan of the variable read now:");
                        while (rs.next()) {
                            System.out.println("    " + rs.getString(1));
                        }
                    }
                    s.execute("deallocate variables_of");
                    s.execute("reset plan_cache_mode");
                }
                return null;
            });
        }
    }

    /** The largest used heap seen, sampled every 100 ms. */
    private static final class HeapPeak {
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heap-sampler");
            t.setDaemon(true);
            return t;
        });
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong peakLive = new AtomicLong();

        static HeapPeak start() {
            HeapPeak h = new HeapPeak();
            h.sampler.scheduleAtFixedRate(() -> {
                h.peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                // what the heap's pools held after their last collection: the live data, without the garbage that
                // the collector lets pile up while the heap has room (which the used heap above includes)
                long live = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null)
                        .mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
                h.peakLive.accumulateAndGet(live, Math::max);
            }, 0, 100, TimeUnit.MILLISECONDS);
            return h;
        }

        long stop() {
            sampler.shutdownNow();
            return peak.get();
        }

        long live() {
            return peakLive.get();
        }
    }

    private static void report(Options options, List<Run> tunedRuns, List<Run> stockRuns) {
        Run first = tunedRuns.get(0);
        boolean withStock = !stockRuns.isEmpty();
        Run tuned = medianRun(tunedRuns);
        Run stock = withStock ? medianRun(stockRuns) : null;
        StringBuilder out = new StringBuilder();
        out.append(String.format("%n| National wave (%d units: %d provinces, %d districts, %d communes), median of %d %s | tuned | stock |%n",
                first.units(), first.provinces(), first.districts(), first.communes(), tunedRuns.size(),
                withStock ? "alternating pairs" : "tuned runs"));
        out.append("|---|---|---|\n");
        row(out, "Fan-out (s)", fmt(median(tunedRuns, Run::fanOutSeconds), 1), withStock ? fmt(median(stockRuns, Run::fanOutSeconds), 1) : "-");
        row(out, "Fan-out (units/s)", fmt(first.units() / median(tunedRuns, Run::fanOutSeconds), 0),
                withStock ? fmt(first.units() / median(stockRuns, Run::fanOutSeconds), 0) : "-");
        if (withStock) {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < Math.min(tunedRuns.size(), stockRuns.size()); i++) {
                ratios.add(stockRuns.get(i).fanOutSeconds() / tunedRuns.get(i).fanOutSeconds());
            }
            row(out, "Fan-out speed-up (stock time / tuned time), median of the pairs (min-max)",
                    fmt(median(ratios), 2) + "x (" + fmt(ratios.stream().mapToDouble(d -> d).min().orElseThrow(), 2) + "-"
                            + fmt(ratios.stream().mapToDouble(d -> d).max().orElseThrow(), 2) + ")", "");
        }
        int units = first.units();
        costRows(out, "fan-out", units, tunedRuns.stream().map(Run::fanOutCost).toList(),
                withStock ? stockRuns.stream().map(Run::fanOutCost).toList() : List.of());
        row(out, "Roll-up (s)", fmt(median(tunedRuns, Run::rollUpSeconds), 1), "-");
        costRows(out, "roll-up", units, tunedRuns.stream().map(Run::rollUpCost).toList(), List.of());
        row(out, "Open tasks during the queries", String.valueOf(tuned.openTasks() + tuned.clerkVisible()), "-");
        row(out, "Clerk query by candidate group p50 / p95 (ms)", fmt(median(tunedRuns, r -> r.clerkByGroup().p50()), 1) + " / "
                + fmt(median(tunedRuns, r -> r.clerkByGroup().p95()), 1), "-");
        row(out, "Clerk query by filter (authorizations) p50 / p95 (ms)", fmt(median(tunedRuns, r -> r.clerkByFilter().p50()), 1)
                + " / " + fmt(median(tunedRuns, r -> r.clerkByFilter().p95()), 1), "-");
        row(out, "Status read of " + tuned.statusRows() + " units p50 / p95 (ms)", fmt(median(tunedRuns, r -> r.status().p50()), 0)
                + " / " + fmt(median(tunedRuns, r -> r.status().p95()), 0), "-");
        row(out, "Peak used heap (MB)", fmt(median(tunedRuns, r -> (double) (r.peakHeapBytes() >> 20)), 0),
                withStock ? fmt(median(stockRuns, r -> (double) (r.peakHeapBytes() >> 20)), 0) : "-");
        row(out, "Peak heap after collection (MB, live data)", fmt(median(tunedRuns, r -> (double) (r.peakLiveHeapBytes() >> 20)), 0),
                withStock ? fmt(median(stockRuns, r -> (double) (r.peakLiveHeapBytes() >> 20)), 0) : "-");
        row(out, "Database size after the run (MB)", fmt(median(tunedRuns, r -> (double) (r.databaseBytes() >> 20)), 0),
                withStock ? fmt(median(stockRuns, r -> (double) (r.databaseBytes() >> 20)), 0) + " (after fan-out only)" : "-");

        out.append(String.format("%nEngine rows written per unit in the fan-out, by table (inserted / updated / deleted), "
                + "median run (%s%s):%n%n", tuned.name(), withStock ? ", " + stock.name() : ""));
        out.append("| Table | tuned | stock |\n|---|---|---|\n");
        java.util.LinkedHashSet<String> tables = new java.util.LinkedHashSet<>();
        tuned.fanOutCost().topEngineTables(10).forEach(e -> tables.add(e.getKey()));
        if (withStock) {
            stock.fanOutCost().topEngineTables(10).forEach(e -> tables.add(e.getKey()));
        }
        for (String table : tables) {
            row(out, table, perUnit(tuned.fanOutCost().rows().get(table), units),
                    withStock ? perUnit(stock.fanOutCost().rows().get(table), units) : "-");
        }

        out.append("\nRuns, pair by pair (odd pairs ran tuned first, even pairs stock first):\n\n");
        for (int i = 0; i < tunedRuns.size(); i++) {
            Run t = tunedRuns.get(i);
            out.append(String.format("- %s: fan-out %.1f s%s; %s%n", t.name(), t.fanOutSeconds(),
                    t.rollUpSeconds() == null ? "" : String.format(", roll-up %.1f s", t.rollUpSeconds()),
                    t.fanOutCost().describe(units)));
            if (i < stockRuns.size()) {
                Run s = stockRuns.get(i);
                out.append(String.format("- %s: fan-out %.1f s (%.2fx the tuned run of its pair); %s%n", s.name(), s.fanOutSeconds(),
                        s.fanOutSeconds() / t.fanOutSeconds(), s.fanOutCost().describe(units)));
            }
        }
        out.append(String.format("%nCommand: `MAVEN_OPTS=-Xmx3g ./mvnw -B -Pbench test-compile exec:java "
                + "-Dbench.main=vn.directive.benchmark.NationalWave -Dexec.args=\"--dataset %s%s --pairs %d%s%s%s%s\"`%n",
                options.dataset(), options.provinces() == 0 ? "" : " --provinces " + options.provinces(), options.pairs(),
                options.stock() ? "" : " --no-stock", options.history() == null ? "" : " --history " + options.history(),
                options.threads() == 4 ? "" : " --threads " + options.threads(),
                options.queries() == 200 ? "" : " --queries " + options.queries()));
        System.out.println(out);
        try {
            Files.writeString(OUT.resolve("national-wave.md"), out.toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Per unit, median over the runs: CPU of the application and of PostgreSQL, rows written, transactions, jobs. */
    private static void costRows(StringBuilder out, String phase, int units, List<EngineCost.Cost> tuned, List<EngineCost.Cost> stock) {
        costRow(out, "Application CPU per unit, " + phase + " (ms, JVM process)", units, tuned, stock, EngineCost.Cost::appCpuMillis, 1);
        costRow(out, "PostgreSQL CPU per unit, " + phase + " (ms, server processes)", units, tuned, stock,
                EngineCost.Cost::postgresCpuMillis, 1);
        costRow(out, "Engine rows written per unit, " + phase + " (act_* inserted + updated + deleted)", units, tuned, stock,
                c -> (double) c.engineRows(), 1);
        costRow(out, "Application rows written per unit, " + phase + " (register, history, ...)", units, tuned, stock,
                c -> (double) c.applicationRows(), 1);
        costRow(out, "Transactions committed per unit, " + phase + " (the driver's reads included)", units, tuned, stock, c -> (double) c.commits(), 1);
        costRow(out, "Jobs executed per unit, " + phase + " (engine metric job-successful)", units, tuned, stock,
                c -> (double) c.jobs(), 2);
    }

    private static void costRow(StringBuilder out, String what, int units, List<EngineCost.Cost> tuned, List<EngineCost.Cost> stock,
                                java.util.function.ToDoubleFunction<EngineCost.Cost> value, int decimals) {
        row(out, what, fmt(median(tuned.stream().map(c -> value.applyAsDouble(c) / units).toList()), decimals),
                stock.isEmpty() ? "-" : fmt(median(stock.stream().map(c -> value.applyAsDouble(c) / units).toList()), decimals));
    }

    private static String perUnit(long[] rows, int units) {
        if (rows == null) {
            return "0";
        }
        return String.format("%.2f / %.2f / %.2f", rows[0] / (double) units, rows[1] / (double) units, rows[2] / (double) units);
    }

    /** The run whose fan-out took the median time (the lower middle one of an even number). */
    private static Run medianRun(List<Run> runs) {
        List<Run> sorted = runs.stream().sorted(java.util.Comparator.comparingDouble(Run::fanOutSeconds)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static Double median(List<Run> runs, java.util.function.Function<Run, Double> value) {
        return median(runs.stream().map(value).toList());
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty() || values.stream().anyMatch(java.util.Objects::isNull)) {
            return null;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void row(StringBuilder out, String what, String tuned, String stock) {
        out.append("| ").append(what).append(" | ").append(tuned).append(" | ").append(stock).append(" |\n");
    }

    private static String fmt(Double value, int decimals) {
        return value == null ? "-" : String.format("%." + decimals + "f", value);
    }

    /** Units acknowledged over time: every run, tuned in blue, stock in orange. */
    private static void plot(List<Run> tunedRuns, List<Run> stockRuns) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(520)
                .title("National wave: units acknowledged after the national assignment (" + tunedRuns.get(0).units() + " units)")
                .xAxisTitle("seconds").yAxisTitle("units acknowledged").build();
        chart.getStyler().setMarkerSize(0);
        java.awt.Color[] blues = {new java.awt.Color(0x1f, 0x4e, 0x9c), new java.awt.Color(0x3a, 0x7b, 0xd5), new java.awt.Color(0x8a, 0xb4, 0xec)};
        java.awt.Color[] oranges = {new java.awt.Color(0xc4, 0x4e, 0x00), new java.awt.Color(0xf0, 0x8a, 0x24), new java.awt.Color(0xf7, 0xbf, 0x7e)};
        for (int i = 0; i < tunedRuns.size(); i++) {
            Run run = tunedRuns.get(i);
            series(chart, "tuned, run " + (i + 1) + " (" + fmt(run.fanOutSeconds(), 1) + " s)", run.acknowledgedAtNanos(),
                    blues[i % blues.length]);
        }
        for (int i = 0; i < stockRuns.size(); i++) {
            Run run = stockRuns.get(i);
            series(chart, "stock Camunda defaults, run " + (i + 1) + " (" + fmt(run.fanOutSeconds(), 1) + " s)",
                    run.acknowledgedAtNanos(), oranges[i % oranges.length]);
        }
        Path png = OUT.resolve("national-wave.png");
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        System.out.println("Plot: " + png.toAbsolutePath());
    }

    private static void series(XYChart chart, String name, long[] nanos, java.awt.Color color) {
        int step = Math.max(1, nanos.length / 500);
        List<Double> x = new ArrayList<>(List.of(0.0));
        List<Double> y = new ArrayList<>(List.of(0.0));
        for (int i = 0; i < nanos.length; i += step) {
            x.add(nanos[i] / 1e9);
            y.add((double) (i + 1));
        }
        x.add(nanos[nanos.length - 1] / 1e9);
        y.add((double) nanos.length);
        chart.addSeries(name, x, y).setMarker(SeriesMarkers.NONE).setLineColor(color);
    }
}
