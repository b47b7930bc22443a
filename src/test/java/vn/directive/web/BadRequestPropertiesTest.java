package vn.directive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.directive.DirectiveApplication;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.directive.DirectiveDraft;
import vn.directive.registration.DirectiveService;

/**
 * Contract section 2, "bad input never gets a 500 and never changes state", by generated requests: at least
 * 1,000 a run, to every endpoint of the contract (registration, parse, the reads, the calendar, the units, the
 * compliance report), the registration's start form, and to the completion of every kind of task (/engine-rest/task/{id}/complete and submit-form),
 * each with wrong types, over-long values, dates outside the calendar, unknown variables, malformed bodies and
 * content types, unknown ids and other units' users. Every answer must be below 500; a request that would change
 * something must be refused with 4xx and leave the register and the engine's runtime tables as they were.
 * The figures of each run go to {@code target/bad-requests/figures.md}.
 */
class BadRequestPropertiesTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TODAY = LocalDate.now().toString();
    private static final String DEADLINE = LocalDate.now().plusDays(20).toString();
    private static final String SUB_DEADLINE = LocalDate.now().plusDays(10).toString();

    private static ConfigurableApplicationContext context;
    private static ProcessEngine engine;
    private static JdbcTemplate jdbc;
    private static HttpClient client;
    private static String base;
    /** Open tasks to complete: kind → {task id, the user who may, a user of another unit}. */
    private static final Map<String, String[]> TASKS = new TreeMap<>();

    private static final AtomicInteger SENT = new AtomicInteger();
    private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    private static final AtomicInteger STATE_CHANGING = new AtomicInteger();
    private static final Map<String, AtomicInteger> BY_STATUS = new ConcurrentHashMap<>();
    private static long startedAt;

    /** One generated request. {@code changes}: it would change state if it were accepted. */
    record Try(String label, String method, String path, String user, String contentType, String body, boolean changes,
               Integer expected) {
        @Override
        public String toString() {
            return label + " " + method + " " + path + " as " + user + " [" + contentType + "] "
                    + (body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "… (" + body.length() + ")" : body);
        }
    }

    @BeforeContainer
    static void start() throws Exception {
        context = new SpringApplicationBuilder(DirectiveApplication.class).profiles("test")
                .run("--server.port=0", "--logging.level.root=warn");
        engine = context.getBean(ProcessEngine.class);
        ProcessEngines.registerProcessEngine(engine);
        jdbc = context.getBean(JdbcTemplate.class);
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");

        DirectiveService directives = context.getBean(DirectiveService.class);
        TaskService tasks = engine.getTaskService();
        ManagementService management = engine.getManagementService();
        // Mường Tè district (107): acknowledgement, assignment, issue; Mường Tè township (03433): report;
        // Thu Lũm (03436): an overdue acknowledgement for its own leaders
        String ack = directives.register(draft("901/CĐ-TTg"), "107", LocalDate.parse(DEADLINE), "Công điện 901").processInstanceId();
        String assign = directives.register(draft("902/CĐ-TTg"), "107", LocalDate.parse(DEADLINE), "Công điện 902").processInstanceId();
        complete(tasks, assign, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        String issue = directives.register(draft("903/CĐ-TTg"), "107", LocalDate.parse(DEADLINE), "Công điện 903").processInstanceId();
        complete(tasks, issue, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        complete(tasks, issue, CascadeProcess.USER_ASSIGN, Map.of(Var.ASSIGNMENTS, "[" + assignment("03433", "x", SUB_DEADLINE) + "]"));
        String report = directives.register(draft("904/CĐ-TTg"), "03433", LocalDate.parse(DEADLINE), "Công điện 904").processInstanceId();
        complete(tasks, report, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        String overdue = directives.register(draft("905/CĐ-TTg"), "03436", LocalDate.parse(DEADLINE), "Công điện 905").processInstanceId();
        Job timer = management.createJobQuery().processInstanceId(overdue).activityId(CascadeProcess.TIMER_ACKNOWLEDGE_DUE).singleResult();
        management.executeJob(timer.getId());

        TASKS.put(CascadeProcess.USER_ACKNOWLEDGE, new String[] {task(tasks, ack, CascadeProcess.USER_ACKNOWLEDGE), "vanthu.107", "vanthu.105"});
        TASKS.put(CascadeProcess.USER_ASSIGN, new String[] {task(tasks, assign, CascadeProcess.USER_ASSIGN), "lanhdao.107", "lanhdao.03433"});
        TASKS.put(CascadeProcess.USER_ISSUE_DOCUMENT, new String[] {task(tasks, issue, CascadeProcess.USER_ISSUE_DOCUMENT), "vanthu.107", "vanthu.03433"});
        TASKS.put(CascadeProcess.USER_REPORT, new String[] {task(tasks, report, CascadeProcess.USER_REPORT), "chuyenvien.03433", "chuyenvien.03436"});
        TASKS.put(CascadeProcess.USER_HANDLE_OVERDUE, new String[] {task(tasks, overdue, CascadeProcess.USER_HANDLE_OVERDUE), "lanhdao.03436", "lanhdao.03433"});
        startedAt = System.nanoTime();
    }

    @AfterContainer
    static void stop() throws IOException {
        if (context == null) {
            return;
        }
        long seconds = Duration.ofNanos(System.nanoTime() - startedAt).toSeconds();
        String figures = "| date | requests sent | of them state-changing | 5xx seen | statuses | seconds |\n"
                + "|---|---|---|---|---|---|\n"
                + "| " + LocalDate.now() + " | " + SENT.get() + " | " + STATE_CHANGING.get() + " | " + SERVER_ERRORS.get() + " | "
                + new TreeMap<>(BY_STATUS) + " | " + seconds + " |\n";
        Path out = Path.of("target", "bad-requests");
        Files.createDirectories(out);
        Files.writeString(out.resolve("figures.md"), figures);
        System.out.println("Bad requests:\n" + figures);
        context.close();
    }

    @Property(tries = 1200, shrinking = ShrinkingMode.OFF)
    void noBadRequestGetsA5xxOrChangesAnything(@ForAll("badRequests") Try t) throws Exception {
        String before = t.changes() ? state() : null;
        HttpResponse<String> response = send(t);
        int status = response.statusCode();
        SENT.incrementAndGet();
        BY_STATUS.computeIfAbsent(String.valueOf(status), s -> new AtomicInteger()).incrementAndGet();
        if (status >= 500) {
            SERVER_ERRORS.incrementAndGet();
        }
        assertThat(status).as(t + " → " + response.body()).isLessThan(500);
        if (t.changes()) {
            STATE_CHANGING.incrementAndGet();
            assertThat(status).as(t + " → " + response.body()).isBetween(400, 499);
            assertThat(state()).as(t + " → " + response.body()).isEqualTo(before);
            if (status != 401 && status != 403) {
                assertThat(JSON.readTree(response.body()).path("error").asText()).as(t + " → " + response.body()).isNotBlank();
            }
        }
        if (t.expected() != null) {
            assertThat(status).as(t + " → " + response.body()).isEqualTo(t.expected());
        }
    }

    @Provide
    Arbitrary<Try> badRequests() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, completions()),
                net.jqwik.api.Tuple.of(3, registrations()),
                net.jqwik.api.Tuple.of(1, parses()),
                net.jqwik.api.Tuple.of(1, starts()),
                net.jqwik.api.Tuple.of(2, reads()));
    }

    // ---------------------------------------------------------------- task completions

    Arbitrary<Try> completions() {
        Arbitrary<String> kind = Arbitraries.of(new ArrayList<>(TASKS.keySet()));
        Arbitrary<String> action = Arbitraries.of("/complete", "/submit-form");
        return Combinators.combine(kind, action, Arbitraries.integers().between(0, 9), Arbitraries.randomValue(r -> new java.util.Random(r.nextLong())))
                .as((k, a, who, random) -> {
                    String[] task = TASKS.get(k);
                    if (who == 0) {
                        // another unit's user, with a body that would be good for the right one: as if unknown
                        return new Try(k + " by another unit", "POST", "/engine-rest/task/" + task[0] + a, task[2],
                                "application/json", body(good(k)), true, 404);
                    }
                    if (who == 1) {
                        return new Try("unknown task", "POST", "/engine-rest/task/" + alnum(random, 1, 40) + a, task[1],
                                "application/json", body(good(k)), true, 404);
                    }
                    return new Try(k, "POST", "/engine-rest/task/" + task[0] + a, task[1], "application/json",
                            badBody(k, random), true, null);
                });
    }

    /** A body always refused for a task of kind {@code k}. */
    private static String badBody(String k, java.util.Random r) {
        int mode = r.nextInt(10);
        if (mode == 0) {
            return pick(r, "", "{}", "{\"variables\": {}}", "[]", "null", "{\"variables\": 5}", "{\"variables\": []}",
                    "{\"variables\": {\"accepted\": ", "no json", "{\"variables\": {\"x\": {\"value\": \"" + "y".repeat(5000) + "\"}}}");
        }
        ObjectNode v = good(k);
        if (mode == 1) {
            // a variable the task does not take, such as one of the instance's own
            v.set(pick(r, "unitCode", "hasSubordinates", "directiveId", "dueAt", "reportDeadline", "role",
                    "subordinates", token(r, 1, 20)), anyValue(r));
            return body(v);
        }
        switch (k) {
            case CascadeProcess.USER_ACKNOWLEDGE -> {
                int m = r.nextInt(4);
                if (m == 0) {
                    v.set(Var.ACCEPTED, notABoolean(r));
                } else if (m == 1) {
                    v.set(Var.ACCEPTED, typed("Boolean", NODES.booleanNode(false)));
                    v.set(Var.REFUSAL_REASON, typed(maybe(r, "String"), NODES.textNode("r".repeat(2001 + r.nextInt(3000)))));
                } else if (m == 2) {
                    v.set(Var.ACCEPTED, typed(null, NODES.booleanNode(false)));
                    v.set(Var.REFUSAL_REASON, wrongForString(r));
                } else {
                    v.set(Var.ACCEPTED, typed("String", NODES.textNode("false")));
                    v.set(Var.REFUSAL_REASON, typed("String", NODES.textNode(" ".repeat(r.nextInt(5)))));
                }
            }
            case CascadeProcess.USER_ASSIGN -> {
                int m = r.nextInt(7);
                String sub = switch (m) {
                    case 0 -> assignment("03433", "t".repeat(4001 + r.nextInt(26000)), SUB_DEADLINE);
                    case 1 -> assignment(token(r, 1, 40), "x", SUB_DEADLINE);
                    case 2 -> assignment("03433", "x", outOfCalendar(r));
                    case 3 -> assignment("03433", "x", LocalDate.parse(DEADLINE).plusDays(1 + r.nextInt(400)).toString());
                    case 4 -> assignment("03433", "x", token(r, 0, 12));
                    default -> null;
                };
                if (sub != null) {
                    v.set(Var.ASSIGNMENTS, typed("Json", NODES.textNode("[" + sub + "]")));
                } else if (m == 5) {
                    v.set(Var.ASSIGNMENTS, pick(r, typed("Integer", NODES.numberNode(5)), typed(null, NODES.numberNode(7)),
                            typed("Json", NODES.textNode("{}")), typed("String", NODES.textNode("not json")),
                            typed("Boolean", NODES.booleanNode(true)), typed("Json", NODES.textNode("[1, 2]"))));
                } else {
                    v.remove(Var.ASSIGNMENTS);
                    v.set(Var.CHU_TRI, typed("Json", NODES.textNode("[\"03433\"]")));
                    v.set(Var.SUBORDINATE_DEADLINE, typed("String", NODES.textNode(SUB_DEADLINE)));
                    switch (r.nextInt(4)) {
                        case 0 -> v.set(Var.COMMON_TASK, typed("String", NODES.textNode("c".repeat(4001 + r.nextInt(26000)))));
                        case 1 -> v.set(Var.SUBORDINATE_DEADLINE, typed("String", NODES.textNode(outOfCalendar(r))));
                        case 2 -> v.set(Var.CHU_TRI, typed(maybe(r, "Integer"), NODES.numberNode(r.nextInt())));
                        default -> v.set(Var.COMMON_TASK, wrongForString(r));
                    }
                }
            }
            case CascadeProcess.USER_ISSUE_DOCUMENT -> {
                switch (r.nextInt(7)) {
                    case 0 -> v.set(Var.IMPLEMENTING_NUMBER, typed("String", NODES.textNode("1" + " ".repeat(64 + r.nextInt(300)) + "/VX")));
                    case 1 -> v.set(Var.IMPLEMENTING_NUMBER, wrongForString(r));
                    case 2 -> v.set(Var.IMPLEMENTING_DATE, typed("String", NODES.textNode(outOfCalendar(r))));
                    case 3 -> v.set(Var.IMPLEMENTING_DATE, typed(maybe(r, "String"),
                            NODES.textNode(LocalDate.now().plusDays(1 + r.nextInt(3000)).toString())));
                    case 4 -> v.set(Var.IMPLEMENTING_DATE, pick(r, typed("Date", NODES.textNode(TODAY + "T00:00:00.000+0700")),
                            typed("Integer", NODES.numberNode(20260101)), typed("String", NODES.textNode(token(r, 1, 12)))));
                    case 5 -> v.set(Var.IMPLEMENTING_SUBJECT, typed("String", NODES.textNode("s".repeat(2001 + r.nextInt(3000)))));
                    default -> v.set(Var.IMPLEMENTING_SUBJECT, wrongForString(r));
                }
            }
            case CascadeProcess.USER_REPORT -> {
                switch (r.nextInt(3)) {
                    case 0 -> v.set(Var.REPORT_SUMMARY, wrongForString(r));
                    case 1 -> v.set(Var.REPORT_SUMMARY, typed(maybe(r, "String"), NODES.textNode("b".repeat(4001 + r.nextInt(21000)))));
                    default -> v.set(Var.REPORT_SUMMARY, typed("String", NODES.textNode(" \n".repeat(r.nextInt(4)))));
                }
            }
            case CascadeProcess.USER_HANDLE_OVERDUE -> {
                switch (r.nextInt(5)) {
                    case 0 -> v.set(Var.ACTION, pick(r, typed("String", NODES.textNode(token(r, 0, 30))),
                            typed("Integer", NODES.numberNode(1)), typed("Json", NODES.textNode("\"REMIND\""))));
                    case 1 -> {
                        v.set(Var.ACTION, typed("String", NODES.textNode("EXTEND")));
                        v.set(Var.NEW_DEADLINE, typed("String", NODES.textNode(outOfCalendar(r))));
                    }
                    case 2 -> {
                        v.set(Var.ACTION, typed("String", NODES.textNode("EXTEND")));
                        v.set(Var.NEW_DEADLINE, pick(r, typed("Date", NODES.textNode(DEADLINE + "T00:00:00.000+0700")),
                                typed("String", NODES.textNode(token(r, 0, 12))),
                                typed("String", NODES.textNode(LocalDate.now().minusDays(1 + r.nextInt(300)).toString()))));
                    }
                    case 3 -> v.set(Var.NOTE, typed(maybe(r, "String"), NODES.textNode("n".repeat(4001 + r.nextInt(5000)))));
                    default -> v.set(Var.NOTE, wrongForString(r));
                }
            }
            default -> throw new IllegalStateException(k);
        }
        return body(v);
    }

    /** What the right user may submit: every refusal above is this with something broken. */
    private static ObjectNode good(String k) {
        ObjectNode v = NODES.objectNode();
        switch (k) {
            case CascadeProcess.USER_ACKNOWLEDGE -> v.set(Var.ACCEPTED, typed(null, NODES.booleanNode(true)));
            case CascadeProcess.USER_ASSIGN -> v.set(Var.ASSIGNMENTS,
                    typed("Json", NODES.textNode("[" + assignment("03433", "x", SUB_DEADLINE) + "]")));
            case CascadeProcess.USER_ISSUE_DOCUMENT -> {
                v.set(Var.IMPLEMENTING_NUMBER, typed(null, NODES.textNode("9/UBND-VX")));
                v.set(Var.IMPLEMENTING_DATE, typed(null, NODES.textNode(TODAY)));
            }
            case CascadeProcess.USER_REPORT -> v.set(Var.REPORT_SUMMARY, typed(null, NODES.textNode("Đã xong")));
            case CascadeProcess.USER_HANDLE_OVERDUE -> v.set(Var.ACTION, typed(null, NODES.textNode("REMIND")));
            default -> throw new IllegalStateException(k);
        }
        return v;
    }

    private static ObjectNode notABoolean(java.util.Random r) {
        String text;
        do {
            text = pick(r, "yes", "1", "0", "TRUE!", "t", "", " ", "null", "truee", token(r, 0, 10));
        } while (text.trim().equalsIgnoreCase("true") || text.trim().equalsIgnoreCase("false"));
        return switch (r.nextInt(6)) {
            case 0 -> typed(null, NODES.textNode(text));
            case 1 -> typed("Json", NODES.textNode(text));
            case 2 -> typed("Boolean", NODES.textNode(text));
            case 3 -> typed(maybe(r, "Integer"), NODES.numberNode(r.nextInt(3)));
            case 4 -> typed(null, NODES.arrayNode().add(true));
            default -> typed("Object", NODES.textNode(text));
        };
    }

    /** Anything but a String for a String field. */
    private static ObjectNode wrongForString(java.util.Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> typed(maybe(r, "Integer"), NODES.numberNode(r.nextInt()));
            case 1 -> typed(maybe(r, "Boolean"), NODES.booleanNode(r.nextBoolean()));
            case 2 -> typed("Json", NODES.textNode("\"text\""));
            case 3 -> typed("Double", NODES.numberNode(r.nextDouble()));
            case 4 -> typed(null, NODES.objectNode().put("a", 1));
            case 5 -> typed("Long", NODES.numberNode(5L));
            default -> typed("Object", NODES.textNode("x"));
        };
    }

    private static ObjectNode anyValue(java.util.Random r) {
        return r.nextBoolean() ? wrongForString(r) : typed(maybe(r, "String"), NODES.textNode(token(r, 0, 20)));
    }

    private static String outOfCalendar(java.util.Random r) {
        int year = r.nextBoolean() ? 1 + r.nextInt(1999) : 2101 + r.nextInt(7899);
        return String.format("%04d-%02d-%02d", year, 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    private static String maybe(java.util.Random r, String type) {
        return r.nextBoolean() ? type : null;
    }

    private static ObjectNode typed(String type, com.fasterxml.jackson.databind.JsonNode value) {
        ObjectNode node = NODES.objectNode();
        if (type != null) {
            node.put("type", type);
        }
        node.set("value", value);
        return node;
    }

    private static String body(ObjectNode variables) {
        return NODES.objectNode().set("variables", variables).toString();
    }

    private static String assignment(String unitCode, String task, String deadline) {
        return NODES.objectNode().put("unitCode", unitCode).put("role", "CHU_TRI").put("task", task)
                .put("reportDeadline", deadline).toString();
    }

    // ---------------------------------------------------------------- registration

    Arbitrary<Try> registrations() {
        return Arbitraries.randomValue(r -> {
            ObjectNode directive = NODES.objectNode().put("number", (1000 + r.nextInt(1_000_000)) + "/CĐ-TTg")
                    .put("issuer", "Thủ tướng Chính phủ").put("type", "CONG_DIEN").put("subject", "Về phòng, chống dịch")
                    .put("urgency", "KHAN").put("issuedOn", "2026-01-19");
            ObjectNode request = NODES.objectNode();
            request.set("directive", directive);
            request.put("recipient", "107").put("reportDeadline", DEADLINE).put("text", "Công điện ...");
            String contentType = "application/json";
            String user = "vanthu.107";
            String raw = null;
            String label;
            switch (r.nextInt(14)) {
                case 0 -> {
                    label = "number too long";
                    directive.put("number", "1/" + "X".repeat(63 + r.nextInt(300)));
                }
                case 1 -> {
                    label = "issuer too long";
                    directive.put("issuer", "Ủ".repeat(256 + r.nextInt(1000)));
                }
                case 2 -> {
                    label = "subject too long";
                    directive.put("subject", "s".repeat(2001 + r.nextInt(5000)));
                }
                case 3 -> {
                    label = "symbol too long";
                    directive.put("symbol", "S".repeat(65 + r.nextInt(200)));
                }
                case 4 -> {
                    label = "text too long";
                    request.put("text", r.nextInt(3) == 0 ? "ệ".repeat(Limits.TEXT_BYTES / 3 + 1 + r.nextInt(1000))
                            : "t".repeat(Limits.TEXT_CHARS + 1 + r.nextInt(60_000)));
                }
                case 5 -> {
                    label = "deadline outside the calendar";
                    request.put("reportDeadline", outOfCalendar(r));
                }
                case 6 -> {
                    label = "malformed deadline";
                    request.put("reportDeadline", token(r, 0, 12));
                }
                case 7 -> {
                    label = "issued outside the calendar";
                    directive.put("issuedOn", outOfCalendar(r));
                }
                case 8 -> {
                    label = "wrong types";
                    switch (r.nextInt(5)) {
                        case 0 -> request.put("directive", "a string");
                        case 1 -> request.put("recipient", 107);
                        case 2 -> request.set("reportDeadline", NODES.arrayNode().add(2026));
                        case 3 -> request.set("text", NODES.objectNode().put("a", 1));
                        default -> directive.set("number", NODES.arrayNode().add("1/X"));
                    }
                }
                case 9 -> {
                    label = "content type";
                    contentType = pick(r, "*/*", "text/plain", "application/xml", "garbage", "text/*",
                            "multipart/form-data", "application/x-www-form-urlencoded", "", "application/*");
                }
                case 10 -> {
                    label = "malformed body";
                    raw = pick(r, "", "{", "null", "[]", "\"x\"", "{\"directive\": ", "42", token(r, 1, 50));
                }
                case 11 -> {
                    label = "unknown recipient";
                    request.put("recipient", token(r, 0, 60));
                }
                case 12 -> {
                    label = "another province's clerk";
                    user = "vanthu.11";
                }
                default -> {
                    label = "bad enum";
                    directive.put("urgency", token(r, 1, 10).toUpperCase() + "_X");
                }
            }
            if (label.equals("unknown recipient") && request.get("recipient").asText().equals("107")) {
                request.put("recipient", "nope");
            }
            return new Try("registration: " + label, "POST", "/api/directives", user, contentType,
                    raw != null ? raw : request.toString(), true, null);
        });
    }

    // ---------------------------------------------------------------- the registration's start form

    private static final String SEED = seed();

    private static String seed() {
        try {
            return new String(BadRequestPropertiesTest.class.getResourceAsStream("/seeds/001_c4338ab285b75807.txt").readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Arbitrary<Try> starts() {
        return Arbitraries.randomValue(r -> {
            ObjectNode v = NODES.objectNode();
            v.set("text", typed("String", NODES.textNode(SEED)));
            v.set("reportDeadline", typed("String", NODES.textNode(DEADLINE)));
            String key = "directive_registration";
            String label;
            switch (r.nextInt(8)) {
                case 0 -> {
                    label = "text not a String";
                    v.set("text", wrongForString(r));
                }
                case 1 -> {
                    label = "no directive in the text";
                    v.set("text", typed(maybe(r, "String"), NODES.textNode(pick(r, "Xin chào", "", "   ", token(r, 1, 200)))));
                }
                case 2 -> {
                    label = "text too long";
                    v.set("text", typed("String", NODES.textNode("t".repeat(Limits.TEXT_CHARS + 1 + r.nextInt(1000)))));
                }
                case 3 -> {
                    label = "deadline outside the calendar";
                    v.set("reportDeadline", typed("String", NODES.textNode(outOfCalendar(r))));
                }
                case 4 -> {
                    label = "deadline malformed or of another type";
                    v.set("reportDeadline", pick(r, typed("String", NODES.textNode(token(r, 0, 12))),
                            typed("Date", NODES.textNode(DEADLINE + "T00:00:00.000+0700")), typed(null, NODES.numberNode(20261231))));
                }
                case 5 -> {
                    label = "unknown variable";
                    v.set(pick(r, "directiveId", "unitCode", token(r, 1, 20)), anyValue(r));
                }
                case 6 -> {
                    label = "unknown recipient";
                    v.set("recipient", typed("String", NODES.textNode("x" + token(r, 0, 20))));
                }
                default -> {
                    label = "unknown process";
                    key = "no_such_process_" + alnum(r, 1, 10);
                }
            }
            return new Try("start form: " + label, "POST", "/engine-rest/process-definition/key/" + key
                    + pick(r, "/start", "/submit-form"), "vanthu.03436", "application/json", body(v), true, null);
        });
    }

    // ---------------------------------------------------------------- parse and reads

    Arbitrary<Try> parses() {
        return Arbitraries.randomValue(r -> {
            String contentType = pick(r, "text/plain; charset=UTF-8", "*/*", "application/json", "garbage",
                    "application/x-www-form-urlencoded", "text/plain");
            String body = switch (r.nextInt(5)) {
                case 0 -> "";
                case 1 -> token(r, 0, 2000);
                case 2 -> "Số: " + r.nextInt(1000) + "/UBND-VX\nKính gửi: " + token(r, 0, 200) + "\nV/v " + token(r, 0, 100);
                case 3 -> new String(new char[] {0, 1, 2, 0xFFFD}) + token(r, 0, 20);
                default -> "x".repeat(Limits.TEXT_BYTES + 1);
            };
            String issuer = pick(r, "", "?issuer=" + enc(token(r, 0, 40)), "?issuer=107", "?issuer=%00",
                    "?issuer=" + "9".repeat(300));
            return new Try("parse", "POST", "/api/directives/parse" + issuer, "vanthu.107", contentType, body, false, null);
        });
    }

    Arbitrary<Try> reads() {
        return Arbitraries.randomValue(r -> {
            String anything = enc(r.nextInt(4) == 0 ? "9".repeat(r.nextInt(3000)) : token(r, 0, 60));
            String number = pick(r, enc(token(r, 0, 12)), String.valueOf(r.nextLong()), "-1", "99999999999999999999",
                    "1e9", "", "2147483648", "10001");
            String date = pick(r, outOfCalendar(r), enc(token(r, 0, 12)), "2026-02-30", "+99999-01-01", "",
                    "2026-13-01", TODAY);
            String path = switch (r.nextInt(12)) {
                case 0 -> "/api/directives/" + anything;
                case 1 -> "/api/directives/" + anything + "/units";
                case 2 -> "/api/calendar/working-days?from=" + date + "&add=" + number;
                case 3 -> "/api/calendar/holidays?year=" + number;
                case 4 -> "/api/calendar/working-day?date=" + date;
                case 5 -> "/api/units/" + anything;
                case 6 -> "/api/units/" + anything + "/children";
                case 7 -> "/api/units?kind=" + anything;
                case 8 -> "/api/reports/compliance?directive=" + anything;
                case 9 -> "/api/reports/compliance?unit=" + anything;
                case 10 -> "/api/calendar/working-days?from=" + date;
                default -> "/api/directives/" + anything + "/units/" + anything + "/history";
            };
            return new Try("read", "GET", path, pick(r, "vanthu.107", "admin", "lanhdao.12"),
                    null, null, false, null);
        });
    }

    // ---------------------------------------------------------------- plumbing

    private static String alnum(java.util.Random r, int min, int max) {
        int n = min + r.nextInt(max - min + 1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append("abcdef0123456789-".charAt(r.nextInt(17)));
        }
        return s.toString();
    }

    private static String token(java.util.Random r, int min, int max) {
        int n = min + r.nextInt(max - min + 1);
        String alphabet = "abcXYZ019 -_/.:%?&#ệĐ\"'<>{}[]\\\t";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    @SafeVarargs
    private static <T> T pick(java.util.Random r, T... values) {
        return values[r.nextInt(values.length)];
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static HttpResponse<String> send(Try t) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + t.path())).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (t.user() + ":" + (t.user().equals("admin") ? "admin-secret" : "demo")).getBytes(StandardCharsets.UTF_8)));
        if (t.contentType() != null && !t.contentType().isEmpty()) {
            request.header("Content-Type", t.contentType());
        }
        request.method(t.method(), t.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(t.body(), StandardCharsets.UTF_8));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The register and the engine's runtime tables, in a few numbers that any accepted write would move. */
    private static String state() {
        List<String> parts = new ArrayList<>();
        for (String sql : List.of("select count(*) from directive", "select count(*) from directive_unit",
                "select count(*) from overdue_decision", "select count(*) from ACT_RU_TASK",
                "select count(*) from ACT_RU_EXECUTION", "select count(*) from ACT_RU_VARIABLE",
                "select count(*) from ACT_RU_INCIDENT", "select count(*) from ACT_RU_JOB",
                "select count(*) from ACT_HI_PROCINST", "select coalesce(sum(reminders), 0) from directive_unit",
                "select count(acknowledged_at) + count(refusal_reason) + count(implementing_number) + count(reported_at) "
                        + "+ count(closed_at) from directive_unit")) {
            parts.add(String.valueOf(jdbc.queryForObject(sql, Long.class)));
        }
        parts.add(jdbc.queryForList("select status from directive_unit order by directive_id, unit_code", String.class).toString());
        return String.join(" ", parts);
    }

    private static DirectiveDraft draft(String number) {
        return new DirectiveDraft(number, null, null, DirectiveDraft.DirectiveType.CONG_DIEN, "Thủ tướng Chính phủ", null,
                LocalDate.of(2026, 1, 19), "Về phòng, chống dịch", DirectiveDraft.Urgency.THUONG, DirectiveDraft.Secrecy.THUONG,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    private static String task(TaskService tasks, String processInstanceId, String key) {
        Task t = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
        if (t == null) {
            throw new IllegalStateException("no task " + key + " in " + processInstanceId);
        }
        return t.getId();
    }

    private static void complete(TaskService tasks, String processInstanceId, String key, Map<String, Object> variables) {
        tasks.complete(task(tasks, processInstanceId, key), variables);
    }
}
