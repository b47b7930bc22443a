package vn.directive.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes, each its own JVM ({@link ForkedApp}) with its job executor, on one database of the
 * embedded PostgreSQL: Camunda's own cluster model, nothing shared but the database. The clerk of Lai Châu (12)
 * registers a directive on node A; then the people (two drivers, their requests alternating between the nodes)
 * acknowledge, assign and issue down the province's 115 units while both job executors start the subordinates,
 * and the communes', districts' and then the province's officers report. Checked: the deployment was made once,
 * one process instance and one open task per unit, no incident, every report carried up to the province, and
 * both nodes executed jobs (each node logs the jobs it acquired: ENGINE-14022 at DEBUG).
 */
class TwoNodesIT {

    private static final String PROVINCE = "12";
    private static final Pattern ACQUIRED = Pattern.compile("ENGINE-14022 Acquired (\\d+) jobs");

    @Test
    void twoNodesRunAProvincesWaveAndItsRollUp() throws Exception {
        Path dir = Path.of("target", "two-nodes", "run-" + System.currentTimeMillis()).toAbsolutePath();
        Map<String, String> env = Map.of("SPRING_PROFILES_ACTIVE", "postgres",
                "DB_URL", PostgresServer.newDatabase("nodes"), "DB_USER", PostgresServer.USER,
                "DB_PASSWORD", PostgresServer.PASSWORD, "DIRECTIVE_DEMO", "true");
        // each node logs the jobs it acquires, and every request it answers (<dir>/logs/access_log.*)
        List<String> args = List.of("--logging.level.org.camunda.bpm.engine.jobexecutor=DEBUG",
                "--server.tomcat.basedir=.", "--server.tomcat.accesslog.enabled=true");
        long t0 = System.nanoTime();
        try (ForkedApp a = new ForkedApp(dir.resolve("a"), env, args);
             ForkedApp b = new ForkedApp(dir.resolve("b"), env, args)) {
            // the first start on an empty database creates the schema: one node first (README, Run several nodes)
            a.start();
            a.awaitUp(Duration.ofMinutes(3));
            int deploymentsAfterA = a.adminGet("/engine-rest/deployment/count").get("count").asInt();
            b.start();
            b.awaitUp(Duration.ofMinutes(3));
            double upSeconds = seconds(t0);
            // the same jar deploys the same resources: the second node's deployment is filtered as a duplicate
            assertThat(b.adminGet("/engine-rest/deployment/count").get("count").asInt()).isEqualTo(deploymentsAfterA);
            assertThat(b.adminGet("/engine-rest/process-definition/count?key=directive_handling").get("count").asInt())
                    .isEqualTo(1);

            ForkedWave wave = new ForkedWave(List.of(a, b), PROVINCE);
            wave.register(a, "88/CĐ-BYT");
            // the generated ids are UUIDs (the starter's StrongUuidGenerator), never a block of numbers per node
            assertThat(wave.id).isNotBlank();
            String anInstance = a.adminGet("/engine-rest/process-instance?businessKey=" + wave.businessKey)
                    .get(0).get("id").asText();
            assertThat(anInstance).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

            // fan-out: acknowledge, assign, issue until every commune holds its report task
            long fanOut = System.nanoTime();
            drive(wave, ForkedWave.FAN_OUT, () -> wave.count(a, "/engine-rest/task/count?processInstanceBusinessKey="
                    + wave.businessKey + "&taskDefinitionKey=user_report") >= 106);
            double fanOutSeconds = seconds(fanOut);
            Map<String, Integer> instances = wave.instancesByUnit(b);
            assertThat(instances.keySet()).containsExactlyInAnyOrderElementsOf(wave.units);
            assertThat(instances.values()).as("process instances per unit").allMatch(n -> n == 1);
            Map<String, Integer> open = wave.openTasksByUnit(a);
            assertThat(open.values()).as("open tasks per unit").allMatch(n -> n == 1);
            assertThat(open).hasSize(106);
            assertThat(wave.count(b, "/engine-rest/incident/count")).isZero();

            // roll-up: the communes report, then the districts, until the province's report task is open
            long rollUp = System.nanoTime();
            wave.holdReports.add(PROVINCE);
            drive(wave, "user_report", () -> wave.count(b, "/engine-rest/task/count?processInstanceBusinessKey="
                    + wave.businessKey + "&taskDefinitionKey=user_report") == 1
                    && wave.count(b, "/engine-rest/process-instance/count?businessKey=" + wave.businessKey) == 1);
            assertThat(wave.openTasksByUnit(a)).containsExactly(Map.entry(PROVINCE, 1));
            assertThat(wave.count(a, "/engine-rest/incident/count")).isZero();
            // the province reports too: every row of the register is REPORTED
            wave.holdReports.clear();
            drive(wave, "user_report", () -> wave.count(a, "/engine-rest/process-instance/count?businessKey="
                    + wave.businessKey) == 0);
            double rollUpSeconds = seconds(rollUp);
            Map<String, String> register = wave.register(b);
            assertThat(register.keySet()).containsExactlyInAnyOrderElementsOf(wave.units);
            assertThat(register.values()).as("register statuses").allMatch("06"::equals);
            assertThat(wave.count(b, "/engine-rest/incident/count")).isZero();
            assertThat(wave.statuses().keySet()).as("answers").allMatch(s -> s / 100 == 2);

            int jobsA = acquired(a);
            int jobsB = acquired(b);
            String figures = String.format(Locale.ROOT, "| %d | %d | %d | %d | %d | %.1f | %.1f | %.1f |%n",
                    wave.units.size(), wave.completedOn.get(0).get(), wave.completedOn.get(1).get(), jobsA, jobsB,
                    upSeconds, fanOutSeconds, rollUpSeconds);
            Files.createDirectories(dir.getParent());
            Files.writeString(dir.getParent().resolve("figures.md"), figures, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            System.out.println("Two nodes | units | tasks completed on A | on B | jobs on A | on B | both up (s) | "
                    + "fan-out (s) | roll-up (s) |\n" + figures);
            assertThat(jobsA).as("jobs executed by node A").isPositive();
            assertThat(jobsB).as("jobs executed by node B").isPositive();
        }
    }

    /** Two drivers complete the open tasks of {@code keys} until {@code done}, each on its own half of the tasks. */
    static void drive(ForkedWave wave, String keys, Check done) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService drivers = Executors.newFixedThreadPool(2);
        List<Future<?>> running = new ArrayList<>();
        for (int part = 0; part < 2; part++) {
            int mine = part;
            running.add(drivers.submit(() -> {
                while (!stop.get()) {
                    if (wave.step(keys, mine, 2) == 0) {
                        await().pollDelay(Duration.ofMillis(200)).until(() -> true);
                    }
                }
                return null;
            }));
        }
        try {
            await().atMost(Duration.ofSeconds(100)).pollInterval(Duration.ofMillis(500))
                    .conditionEvaluationListener(c -> {
                        if (c.getRemainingTimeInMS() < 600) {
                            System.out.println("Still waiting; answers so far " + wave.statuses() + "; open "
                                    + wave.openTaskKeys());
                        }
                    }).until(() -> {
                for (Future<?> f : running) {
                    if (f.isDone()) {
                        f.get(); // a driver's failure
                    }
                }
                return done.check();
            });
        } finally {
            stop.set(true);
            drivers.shutdown();
            drivers.awaitTermination(70, TimeUnit.SECONDS);
        }
        for (Future<?> f : running) {
            f.get();
        }
    }

    interface Check {
        boolean check() throws Exception;
    }

    /** Jobs the node's job executor acquired, from its log. */
    static int acquired(ForkedApp node) throws Exception {
        int jobs = 0;
        Matcher m = ACQUIRED.matcher(Files.readString(node.log().toPath(), StandardCharsets.UTF_8));
        while (m.find()) {
            jobs += Integer.parseInt(m.group(1));
        }
        return jobs;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
