package vn.directive.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import vn.directive.cascade.CascadeProcess;

/**
 * kill -9 in the middle of a province's wave, then a restart on the same database: every request
 * answered 2xx before the kill is still there, no unit is lost or started twice, and the subordinates
 * the dead JVM had been starting are started within 60 s of the restart. Runs the real application in
 * a JVM of its own ({@link ForkedApp}), on the embedded default (an H2 file, the default URL) and on
 * the embedded PostgreSQL.
 *
 * <p>What the people do goes over REST as the demo users: the clerk of Lai Châu (12) registers a
 * directive for the province, then a driver thread acknowledges, assigns (every district, and under a
 * district every commune, as CHU_TRI) and issues, task after task, while the job executor starts the
 * subordinates. Once some communes are started and a district's issued document has not yet started all of its
 * communes, the JVM is killed, usually with the driver's next request in flight and the job executor holding
 * locked jobs.
 */
class CrashRecoveryIT {

    private static final String PROVINCE = "12";
    private static final Duration RESUME_WITHIN = Duration.ofSeconds(60);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ObjectMapper json = new ObjectMapper();

    /** A request answered 2xx before the kill. */
    record Confirmed(String taskKey, String unitCode, String taskId) {
    }

    @Test
    void h2FileDefault() throws Exception {
        Path dir = Path.of("target", "crash-recovery", "h2-" + System.currentTimeMillis()).toAbsolutePath();
        // the default URL, ./data/directive under the working directory, as `java -jar` runs it
        try (ForkedApp app = new ForkedApp(dir, Map.of(), List.of())) {
            killAndRestart("H2 file (default)", app);
        }
    }

    @Test
    void postgres() throws Exception {
        Path dir = Path.of("target", "crash-recovery", "postgres-" + System.currentTimeMillis()).toAbsolutePath();
        Map<String, String> env = Map.of("SPRING_PROFILES_ACTIVE", "postgres",
                "DB_URL", PostgresServer.newDatabase("crash"), "DB_USER", PostgresServer.USER,
                "DB_PASSWORD", PostgresServer.PASSWORD, "DIRECTIVE_DEMO", "true");
        try (ForkedApp app = new ForkedApp(dir, env, List.of())) {
            killAndRestart("PostgreSQL 17 (embedded)", app);
        }
    }

    private void killAndRestart(String database, ForkedApp app) throws Exception {
        app.start();
        app.awaitUp(Duration.ofMinutes(3));

        LocalDate deadline = LocalDate.now(VIETNAM).plusDays(30);
        Map<String, List<String>> children = new LinkedHashMap<>();
        List<String> districts = codes(app, PROVINCE, "DISTRICT");
        children.put(PROVINCE, districts);
        for (String district : districts) {
            children.put(district, codes(app, district, "COMMUNE"));
        }
        Set<String> allUnits = new LinkedHashSet<>(children.keySet());
        children.values().forEach(allUnits::addAll);

        JsonNode registered = app.read("vanthu." + PROVINCE, "POST", "/api/directives", Api.registration(
                "88/CĐ-BYT", PROVINCE, deadline.toString()));
        String id = registered.get("id").asText();
        String businessKey = registered.get("businessKey").asText();

        // the people work while the job executor starts subordinates; the JVM dies under them
        List<Confirmed> confirmed = new CopyOnWriteArrayList<>();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService driver = Executors.newSingleThreadExecutor();
        Future<?> driving = driver.submit(() -> drive(app, businessKey, children, deadline, confirmed, killed));
        int[] started = new int[1];
        // mid-wave: a commune started, and an issue confirmed whose communes are not all started yet (one job starts a
        // district's communes, so counting started units alone could see the last district's all at once)
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20)).until(() -> {
            started[0] = app.adminGet("/engine-rest/process-instance/count?businessKey=" + businessKey).get("count").asInt();
            return started[0] > 1 + districts.size() && started[0] < owed(confirmed, children).size();
        });
        killed.set(true);
        app.kill();
        int startedAtKill = started[0];
        driver.shutdown();
        assertThat(driver.awaitTermination(70, TimeUnit.SECONDS)).isTrue();
        driving.get(); // the driver's own failure, if any, before the kill
        int confirmedBeforeKill = confirmed.size();

        // the units whose start was confirmed before the kill: the recipient, and the subordinates of every issue
        Set<String> owed = owed(confirmed, children);
        assertThat(startedAtKill).as("killed mid-wave").isLessThan(owed.size());

        long restart = System.nanoTime();
        app.start();
        app.awaitUp(Duration.ofMinutes(3));
        double upSeconds = seconds(restart);

        // every 2xx before the kill is still there
        assertThat(app.adminGet("/api/directives/" + id).get("businessKey").asText()).isEqualTo(businessKey);
        Map<String, JsonNode> rows = new HashMap<>();
        app.adminGet("/api/directives/" + id + "/units").forEach(r -> rows.put(r.get("unitCode").asText(), r));
        List<String> missing = new ArrayList<>();
        for (Confirmed c : confirmed) {
            JsonNode row = rows.get(c.unitCode());
            String least = switch (c.taskKey()) {
                case CascadeProcess.USER_ACKNOWLEDGE -> "03";
                case CascadeProcess.USER_ASSIGN -> "04";
                default -> "05";
            };
            if (row == null || row.get("status").asText().compareTo(least) < 0 || row.get("acknowledgedAt").isNull()
                    || app.call("admin", "GET", "/engine-rest/task/" + c.taskId(), null).status() != 404) {
                missing.add(c + " -> " + row);
            }
        }

        // the dead JVM's work is picked up: every owed unit started, exactly once
        Map<String, Integer> instances = new TreeMap<>();
        double resumeSeconds;
        try {
            await().atMost(RESUME_WITHIN.minusNanos(System.nanoTime() - restart)).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions().until(() -> {
                        instances.clear();
                        instances.putAll(instancesByUnit(app, businessKey));
                        return instances.keySet().containsAll(owed);
                    });
        } catch (ConditionTimeoutException e) {
            // counted below as units lost
        } finally {
            resumeSeconds = seconds(restart);
        }
        List<String> lost = owed.stream().filter(u -> !instances.containsKey(u)).toList();
        List<String> duplicated = instances.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        String figures = String.format(java.util.Locale.ROOT, "| %s | %d of %d | %d | %d | %d of %d | %d | %.1f | %.1f |%n",
                database, startedAtKill, allUnits.size(), confirmedBeforeKill, missing.size(), lost.size(), owed.size(),
                duplicated.size(), upSeconds, resumeSeconds);
        Files.createDirectories(Path.of("target", "crash-recovery"));
        Files.writeString(Path.of("target", "crash-recovery", "figures.md"), figures, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println("Crash recovery " + figures);
        assertThat(missing).as("confirmed requests whose work is gone").isEmpty();
        assertThat(lost).as("units lost").isEmpty();
        assertThat(duplicated).as("units started twice").isEmpty();

        // the rest of the wave: the people carry on, every unit of the province gets exactly one instance
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService after = Executors.newSingleThreadExecutor();
        Future<?> drivingOn = after.submit(() -> drive(app, businessKey, children, deadline, new CopyOnWriteArrayList<>(), done));
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                if (drivingOn.isDone()) {
                    drivingOn.get();
                }
                instances.clear();
                instances.putAll(instancesByUnit(app, businessKey));
                return instances.keySet().containsAll(allUnits);
            });
        } finally {
            done.set(true);
            after.shutdown();
            after.awaitTermination(70, TimeUnit.SECONDS);
        }
        double waveSeconds = seconds(restart);
        List<String> duplicatedAtEnd = instances.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        int rowCount = app.adminGet("/api/directives/" + id + "/units").size();

        System.out.printf(java.util.Locale.ROOT, "Crash recovery %s: all %d units started %.1f s after the restart%n",
                database, allUnits.size(), waveSeconds);
        assertThat(duplicatedAtEnd).as("units started twice").isEmpty();
        assertThat(instances.keySet()).containsAll(allUnits);
        assertThat(rowCount).as("register rows, one per unit").isEqualTo(allUnits.size());
    }

    /**
     * Does what clerks and leaders do, task after task, over REST as each unit's demo user, recording each
     * 2xx; ends when {@code stop} is set or the application no longer answers.
     */
    private void drive(ForkedApp app, String businessKey, Map<String, List<String>> children, LocalDate deadline,
                       List<Confirmed> confirmed, AtomicBoolean stop) {
        try {
            while (!stop.get()) {
                JsonNode[] open = new JsonNode[1];
                // until the job executor has created tasks (or the test stops the driver)
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100)).until(() -> {
                    open[0] = stop.get() ? null : openTasks(app, businessKey);
                    return open[0] == null || !open[0].isEmpty();
                });
                if (open[0] == null) {
                    return;
                }
                JsonNode tasks = open[0];
                for (JsonNode task : tasks) {
                    if (stop.get()) {
                        return;
                    }
                    String taskId = task.get("id").asText();
                    String key = task.get("taskDefinitionKey").asText();
                    String unit = app.adminGet("/engine-rest/task/" + taskId + "/variables/unitCode").get("value").asText();
                    ForkedWave.Completion c = ForkedWave.completion(json, key, unit, children.getOrDefault(unit, List.of()),
                            deadline, (100 + confirmed.size()) + "/UBND-VX");
                    String user = c.user();
                    String variables = c.variables();
                    ForkedApp.Response r = app.call(user, "POST", "/engine-rest/task/" + taskId + "/complete",
                            "{\"variables\": " + variables + "}");
                    if (r.ok()) {
                        confirmed.add(new Confirmed(key, unit, taskId));
                    } else if (r.status() < 500) {
                        throw new AssertionError(key + " of " + unit + " as " + user + ": " + r.status() + " " + r.body());
                    }
                    // a 5xx rolled back: the task is still open and comes round again
                }
            }
        } catch (IOException e) {
            // the JVM was killed under the request: it was never answered, so it is not recorded
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (!stop.get()) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static JsonNode openTasks(ForkedApp app, String businessKey) throws Exception {
        return app.adminGet("/engine-rest/task?processInstanceBusinessKey=" + businessKey
                + "&taskDefinitionKeyIn=user_acknowledge,user_assign,user_issue_document"
                + "&sortBy=created&sortOrder=asc&maxResults=10");
    }

    /** How many process instances of the directive each unit has. */
    private Map<String, Integer> instancesByUnit(ForkedApp app, String businessKey) throws Exception {
        JsonNode list = app.adminGet("/engine-rest/process-instance?businessKey=" + businessKey);
        List<String> ids = new ArrayList<>();
        list.forEach(p -> ids.add(p.get("id").asText()));
        Map<String, Integer> byUnit = new TreeMap<>();
        if (ids.isEmpty()) {
            return byUnit;
        }
        JsonNode variables = app.read("admin", "POST", "/engine-rest/variable-instance?maxResults=100000",
                json.writeValueAsString(Map.of("variableName", "unitCode", "processInstanceIdIn", ids)));
        for (JsonNode v : variables) {
            if (v.get("executionId").asText().equals(v.get("processInstanceId").asText())) {
                byUnit.merge(v.get("value").asText(), 1, Integer::sum);
            }
        }
        return byUnit;
    }

    private static List<String> codes(ForkedApp app, String parent, String kind) throws Exception {
        List<String> codes = new ArrayList<>();
        app.adminGet("/api/units/" + parent + "/children").forEach(u -> {
            if (u.get("kind").asText().equals(kind)) {
                codes.add(u.get("code").asText());
            }
        });
        return codes;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** The units whose start was confirmed: the recipient, and the subordinates of every confirmed issue. */
    private static Set<String> owed(List<Confirmed> confirmed, Map<String, List<String>> children) {
        Set<String> owed = new LinkedHashSet<>(List.of(PROVINCE));
        confirmed.stream().filter(c -> c.taskKey().equals(CascadeProcess.USER_ISSUE_DOCUMENT))
                .forEach(c -> owed.addAll(children.get(c.unitCode())));
        return owed;
    }
}
