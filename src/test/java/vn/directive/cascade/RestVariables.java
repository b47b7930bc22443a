package vn.directive.cascade;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Typed variables as a REST client sends them to /engine-rest task completions, for the cascade's REST scenarios. */
final class RestVariables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RestVariables() {
    }

    /** One row of an {@code assignments} list. */
    static Object[] row(String unit, String role, String task, String deadline) {
        return new Object[] {unit, role, task, deadline};
    }

    /** The {@code assignments} Json variable of those rows. */
    static Map<String, Object> jsonList(Object[]... rows) {
        var list = JSON.createArrayNode();
        for (Object[] r : rows) {
            list.addObject().put("unitCode", (String) r[0]).put("role", (String) r[1]).put("task", (String) r[2])
                    .put("reportDeadline", (String) r[3]);
        }
        return json(list.toString());
    }

    static Map<String, Object> json(String value) {
        return Map.of("type", "Json", "value", value);
    }

    static Map<String, Object> bool(boolean b) {
        return Map.of("value", b, "type", "Boolean");
    }

    static Map<String, Object> str(String s) {
        return Map.of("value", s, "type", "String");
    }
}
