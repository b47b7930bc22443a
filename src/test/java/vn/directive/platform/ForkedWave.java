package vn.directive.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import vn.directive.cascade.CascadeProcess;

/**
 * A province's wave driven over REST against one or more {@link ForkedApp} nodes on the same database, as the
 * people do it: each unit's clerk acknowledges and issues, its leader assigns (every district, and under a
 * district every commune, as CHU_TRI), its officer reports. Requests go round the nodes in turn. Every answer's
 * status is counted ({@link #statuses()}); a 5xx leaves the task open and it comes round again.
 */
final class ForkedWave {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String FAN_OUT = "user_acknowledge,user_assign,user_issue_document";
    static final String ALL = FAN_OUT + ",user_report";

    private final ObjectMapper json = new ObjectMapper();
    private final List<ForkedApp> nodes;
    private final AtomicLong turn = new AtomicLong();
    final String province;
    final Map<String, List<String>> children = new LinkedHashMap<>();
    final Set<String> units = new LinkedHashSet<>();
    final LocalDate deadline = LocalDate.now(VIETNAM).plusDays(30);
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    /** Completions answered 2xx, by node index. */
    final Map<Integer, AtomicInteger> completedOn = new ConcurrentHashMap<>();
    /** Units whose report the drivers leave open for now. */
    final Set<String> holdReports = ConcurrentHashMap.newKeySet();
    String id;
    String businessKey;

    ForkedWave(List<ForkedApp> nodes, String province) throws Exception {
        this.nodes = nodes;
        this.province = province;
        List<String> districts = codes(nodes.get(0), province, "DISTRICT");
        children.put(province, districts);
        for (String district : districts) {
            children.put(district, codes(nodes.get(0), district, "COMMUNE"));
        }
        units.addAll(children.keySet());
        children.values().forEach(units::addAll);
    }

    /** The province's clerk registers a directive for the province on {@code node}. */
    void register(ForkedApp node, String number) throws Exception {
        JsonNode registered = node.read("vanthu." + province, "POST", "/api/directives",
                Api.registration(number, province, deadline.toString()));
        id = registered.get("id").asText();
        businessKey = registered.get("businessKey").asText();
    }

    /** The next node in turn. */
    ForkedApp next() {
        return nodes.get((int) (turn.getAndIncrement() % nodes.size()));
    }

    Map<Integer, Integer> statuses() {
        Map<Integer, Integer> copy = new TreeMap<>();
        statuses.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    /**
     * Completes the open tasks of the given keys (up to 100), those whose id hashes to {@code part} of
     * {@code parts}, so that several drivers never race for one task. Returns how many were completed.
     * Reads and completions alike go to the next node in turn.
     */
    int step(String keys, int part, int parts) throws Exception {
        ForkedApp.Response list = counted(next().call("admin", "GET", "/engine-rest/task?processInstanceBusinessKey="
                + businessKey + "&taskDefinitionKeyIn=" + keys + "&sortBy=created&sortOrder=asc&maxResults=100", null));
        if (!list.ok()) {
            return 0;
        }
        List<JsonNode> mine = new ArrayList<>();
        for (JsonNode task : json.readTree(list.body())) {
            if (Math.floorMod(task.get("id").asText().hashCode(), parts) == part) {
                mine.add(task);
            }
        }
        if (mine.isEmpty()) {
            return 0;
        }
        Map<String, String> unitOf = unitCodes(mine.stream().map(t -> t.get("processInstanceId").asText()).toList());
        if (unitOf == null) {
            return 0;
        }
        int done = 0;
        for (JsonNode task : mine) {
            String taskId = task.get("id").asText();
            String key = task.get("taskDefinitionKey").asText();
            String unit = unitOf.get(task.get("processInstanceId").asText());
            if (key.equals(CascadeProcess.USER_REPORT) && holdReports.contains(unit)) {
                continue;
            }
            Completion c = completion(json, key, unit, children.getOrDefault(unit, List.of()), deadline, "15/UBND-VX");
            String user = c.user();
            String variables = c.variables();
            int node = (int) (turn.getAndIncrement() % nodes.size());
            ForkedApp.Response r = counted(nodes.get(node).call(user, "POST", "/engine-rest/task/" + taskId + "/complete",
                    "{\"variables\": " + variables + "}"));
            if (r.ok()) {
                done++;
                completedOn.computeIfAbsent(node, n -> new AtomicInteger()).incrementAndGet();
            } else if (r.status() < 500) {
                throw new AssertionError(key + " of " + unit + " as " + user + ": " + r.status() + " " + r.body());
            }
        }
        return done;
    }

    /** Who completes a task of that kind and what they submit, as the demo users of a wave do. */
    record Completion(String user, String variables) {
    }

    static Completion completion(ObjectMapper json, String key, String unit, List<String> children, LocalDate deadline,
                                 String implementingNumber) throws Exception {
        return switch (key) {
            case CascadeProcess.USER_ACKNOWLEDGE -> new Completion("vanthu." + unit,
                    "{\"accepted\": {\"value\": true, \"type\": \"Boolean\"}}");
            case CascadeProcess.USER_ASSIGN -> {
                List<Map<String, String>> assignments = new ArrayList<>();
                for (String child : children) {
                    assignments.add(Map.of("unitCode", child, "role", "CHU_TRI",
                            "task", "Triển khai tại đơn vị", "reportDeadline", deadline.toString()));
                }
                yield new Completion("lanhdao." + unit, "{\"assignments\": {\"type\": \"Json\", \"value\": "
                        + json.writeValueAsString(json.writeValueAsString(assignments)) + "}}");
            }
            case CascadeProcess.USER_ISSUE_DOCUMENT -> new Completion("vanthu." + unit,
                    "{\"implementingNumber\": {\"value\": \"" + implementingNumber + "\", \"type\": \"String\"}, "
                            + "\"implementingDate\": {\"value\": \"" + LocalDate.now(VIETNAM).minusDays(1)
                            + "\", \"type\": \"String\"}}");
            default -> new Completion("chuyenvien." + unit,
                    "{\"reportSummary\": {\"value\": \"Đã triển khai đến toàn bộ đơn vị trực thuộc\", \"type\": \"String\"}}");
        };
    }

    private ForkedApp.Response counted(ForkedApp.Response r) {
        statuses.computeIfAbsent(r.status(), s -> new AtomicInteger()).incrementAndGet();
        return r;
    }

    /** The unit of each of the process instances, or null when the read failed. */
    private Map<String, String> unitCodes(List<String> processInstanceIds) throws Exception {
        ForkedApp.Response r = counted(next().call("admin", "POST", "/engine-rest/variable-instance?maxResults=100000",
                json.writeValueAsString(Map.of("variableName", "unitCode", "processInstanceIdIn", processInstanceIds))));
        if (!r.ok()) {
            return null;
        }
        Map<String, String> byInstance = new HashMap<>();
        for (JsonNode v : json.readTree(r.body())) {
            if (v.get("executionId").asText().equals(v.get("processInstanceId").asText())) {
                byInstance.put(v.get("processInstanceId").asText(), v.get("value").asText());
            }
        }
        return byInstance;
    }

    /** How many running process instances of the directive each unit has. */
    Map<String, Integer> instancesByUnit(ForkedApp node) throws Exception {
        List<String> ids = new ArrayList<>();
        node.adminGet("/engine-rest/process-instance?businessKey=" + businessKey).forEach(p -> ids.add(p.get("id").asText()));
        Map<String, Integer> byUnit = new TreeMap<>();
        if (ids.isEmpty()) {
            return byUnit;
        }
        JsonNode variables = node.read("admin", "POST", "/engine-rest/variable-instance?maxResults=100000",
                json.writeValueAsString(Map.of("variableName", "unitCode", "processInstanceIdIn", ids)));
        for (JsonNode v : variables) {
            if (v.get("executionId").asText().equals(v.get("processInstanceId").asText())) {
                byUnit.merge(v.get("value").asText(), 1, Integer::sum);
            }
        }
        return byUnit;
    }

    /** How many open tasks of the directive each unit has (by the unitCode of the task's instance). */
    Map<String, Integer> openTasksByUnit(ForkedApp node) throws Exception {
        JsonNode tasks = node.adminGet("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&maxResults=100000");
        Map<String, String> unitOf = new HashMap<>();
        List<String> ids = new ArrayList<>();
        tasks.forEach(t -> ids.add(t.get("processInstanceId").asText()));
        if (!ids.isEmpty()) {
            JsonNode variables = node.read("admin", "POST", "/engine-rest/variable-instance?maxResults=100000",
                    json.writeValueAsString(Map.of("variableName", "unitCode", "processInstanceIdIn", ids)));
            for (JsonNode v : variables) {
                if (v.get("executionId").asText().equals(v.get("processInstanceId").asText())) {
                    unitOf.put(v.get("processInstanceId").asText(), v.get("value").asText());
                }
            }
        }
        Map<String, Integer> byUnit = new TreeMap<>();
        tasks.forEach(t -> byUnit.merge(unitOf.get(t.get("processInstanceId").asText()), 1, Integer::sum));
        return byUnit;
    }

    /** How many open tasks of the directive there are of each task key. */
    Map<String, Integer> openTaskKeys() {
        Map<String, Integer> keys = new TreeMap<>();
        try {
            nodes.get(0).adminGet("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&maxResults=100000")
                    .forEach(t -> keys.merge(t.get("taskDefinitionKey").asText(), 1, Integer::sum));
            keys.put("(instances)", count(nodes.get(0), "/engine-rest/process-instance/count?businessKey=" + businessKey));
            keys.put("(jobs)", count(nodes.get(0), "/engine-rest/job/count"));
        } catch (Exception e) {
            keys.put(e.toString(), -1);
        }
        return keys;
    }

    /** The register's rows of the directive: unit code to status code. */
    Map<String, String> register(ForkedApp node) throws Exception {
        Map<String, String> rows = new TreeMap<>();
        node.adminGet("/api/directives/" + id + "/units").forEach(r -> rows.put(r.get("unitCode").asText(),
                r.get("status").asText()));
        return rows;
    }

    int count(ForkedApp node, String path) throws Exception {
        return node.adminGet(path).get("count").asInt();
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
}
