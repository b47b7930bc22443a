package vn.directive.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped for 30 s in the middle of a province's wave, then started again on the same data
 * directory and port. The application (its own JVM, {@link ForkedApp}) stays up; {@code /actuator/health}
 * answers DOWN (503) during the outage and UP after it; the people's requests meanwhile are answered 503
 * {@code {"error":"database-unavailable"}}, never 500; the job executor's acquisition fails and resumes; and the
 * wave then finishes with every unit started once and its report carried up: nothing lost.
 *
 * <p>The server is a zonky embedded PostgreSQL of the test's own (not {@link PostgresServer}'s, which other
 * tests share): {@link EmbeddedPostgres#close()} stops it with {@code pg_ctl stop -m fast} and keeps the data
 * directory ({@code setCleanDataDirectory(false)}); a new builder on that directory and port starts it again
 * without {@code initdb}.
 */
class DatabaseOutageIT {

    private static final String PROVINCE = "12";
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final int STOP_AFTER_COMMUNES = 40;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aThirtySecondOutageInTheMiddleOfAWaveIsSurvived() throws Exception {
        Path dir = Path.of("target", "db-outage", "run-" + System.currentTimeMillis()).toAbsolutePath();
        Path data = dir.resolve("pgdata");
        Files.createDirectories(dir);
        int port = freePort();
        EmbeddedPostgres[] postgres = {start(data, port)};
        try (Connection c = postgres[0].getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database directive");
        }
        Map<String, String> env = Map.of("SPRING_PROFILES_ACTIVE", "postgres",
                "DB_URL", postgres[0].getJdbcUrl(PostgresServer.USER, "directive"), "DB_USER", PostgresServer.USER,
                "DB_PASSWORD", PostgresServer.PASSWORD, "DIRECTIVE_DEMO", "true");
        try (ForkedApp app = new ForkedApp(dir.resolve("app"), env, List.of("--server.tomcat.basedir=.",
                "--server.tomcat.accesslog.enabled=true"))) {
            app.start();
            app.awaitUp(Duration.ofMinutes(3));
            ForkedWave wave = new ForkedWave(List.of(app), PROVINCE);
            wave.register(app, "89/CĐ-BYT");

            // two people's drivers work on, through the outage, on everything open: fan-out and reports
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService drivers = Executors.newFixedThreadPool(2);
            List<Future<?>> running = new ArrayList<>();
            for (int part = 0; part < 2; part++) {
                int mine = part;
                running.add(drivers.submit(() -> {
                    while (!stop.get()) {
                        if (wave.step(ForkedWave.ALL, mine, 2) == 0) {
                            await().pollDelay(Duration.ofMillis(200)).until(() -> true);
                        }
                    }
                    return null;
                }));
            }
            try {
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() ->
                        wave.count(app, "/engine-rest/process-instance/count?businessKey=" + wave.businessKey)
                                >= 1 + 8 + STOP_AFTER_COMMUNES);
                Map<Integer, Integer> before = wave.statuses();

                // the outage: health polled throughout
                long stopped = System.nanoTime();
                postgres[0].close();
                double[] down = {-1};
                AtomicInteger healthDown = new AtomicInteger();
                AtomicInteger healthOther = new AtomicInteger();
                ForkedApp.Response[] probe = {null};
                await().atMost(OUTAGE.plusSeconds(15)).pollInterval(Duration.ofMillis(250)).until(() -> {
                    HttpResponse<String> h = health(app);
                    if (h.statusCode() == 503 && h.body().contains("DOWN")) {
                        healthDown.incrementAndGet();
                        if (down[0] < 0) {
                            down[0] = seconds(stopped);
                            // the application's own API, as the province's clerk
                            probe[0] = app.call("vanthu." + PROVINCE, "GET", "/api/directives/" + wave.id, null);
                        }
                    } else {
                        healthOther.incrementAndGet();
                    }
                    return System.nanoTime() - stopped >= OUTAGE.toNanos();
                });
                Map<Integer, Integer> during = minus(wave.statuses(), before);
                long restarted = System.nanoTime();
                postgres[0] = start(data, port);
                await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250)).until(() -> {
                    HttpResponse<String> h = health(app);
                    return h.statusCode() == 200 && h.body().contains("UP");
                });
                double up = seconds(restarted);
                double outage = (restarted - stopped) / 1e9;

                // the wave finishes: every unit reports, the province last
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
                    for (Future<?> f : running) {
                        if (f.isDone()) {
                            f.get(); // a driver's failure
                        }
                    }
                    return wave.count(app, "/engine-rest/process-instance/count?businessKey=" + wave.businessKey) == 0;
                });
                double finished = seconds(restarted);
                stop.set(true);

                Map<String, String> register = wave.register(app);
                int instances = wave.count(app, "/engine-rest/history/process-instance/count?processDefinitionKey="
                        + "directive_handling&processInstanceBusinessKey=" + wave.businessKey);
                long lost = wave.units.stream().filter(u -> !"06".equals(register.get(u))).count();
                int incidents = wave.count(app, "/engine-rest/incident/count");
                int noRetries = wave.count(app, "/engine-rest/job/count?noRetriesLeft=true");
                Map<Integer, Integer> all = wave.statuses();
                int answered503 = during.getOrDefault(503, 0);
                String figures = String.format(Locale.ROOT, "| %.1f | %.1f | %.1f | %d | %d | %d of %d | %d | %d | %.1f |%n",
                        outage, down[0], up, answered503, all.getOrDefault(500, 0), lost, wave.units.size(), instances,
                        incidents, finished);
                Files.writeString(dir.getParent().resolve("figures.md"), figures, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                System.out.println("Database outage | PostgreSQL down (s) | health DOWN after (s) | UP after the restart (s) "
                        + "| requests answered 503 | answered 500 | units lost | process instances | incidents "
                        + "| wave finished after the restart (s) |\n"
                        + figures + "all answers: " + all + "; /api during the outage: " + probe[0] + "; health "
                        + healthDown.get() + " of " + (healthDown.get() + healthOther.get()) + " polls DOWN");

                assertThat(probe[0].status()).isEqualTo(503);
                assertThat(probe[0].body()).contains("\"error\":\"database-unavailable\"");
                assertThat(down[0]).as("health DOWN").isPositive();
                assertThat(answered503).as("requests answered 503 during the outage").isPositive();
                assertThat(all.keySet()).as("answers, never a 500").allMatch(s -> s / 100 == 2 || s == 503);
                assertThat(lost).as("units lost").isZero();
                assertThat(register.keySet()).containsExactlyInAnyOrderElementsOf(wave.units);
                assertThat(instances).as("one process instance per unit, ever").isEqualTo(wave.units.size());
                assertThat(incidents).isZero();
                assertThat(noRetries).isZero();
            } finally {
                stop.set(true);
                drivers.shutdown();
                drivers.awaitTermination(70, TimeUnit.SECONDS);
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            postgres[0].close();
        }
    }

    private static EmbeddedPostgres start(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setRegisterShutdownHook(true).start();
    }

    private HttpResponse<String> health(ForkedApp app) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(app.uri("/actuator/health")).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<Integer, Integer> minus(Map<Integer, Integer> now, Map<Integer, Integer> before) {
        Map<Integer, Integer> d = new java.util.TreeMap<>();
        now.forEach((k, v) -> {
            int n = v - before.getOrDefault(k, 0);
            if (n > 0) {
                d.put(k, n);
            }
        });
        return d;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
