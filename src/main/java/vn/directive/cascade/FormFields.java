package vn.directive.cascade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.directive.RegistrationProcess;
import vn.directive.web.ApiException;
import vn.directive.web.FieldLabels;
import vn.directive.web.Limits;

/**
 * The variables each task of the cascade (and the registration's start form) takes, with their type and longest value ({@link Limits}): a Boolean
 * is a Boolean, a String field takes only a String, a date is a String {@code YYYY-MM-DD} within the calendar's
 * years. Over REST ({@link #fromRest}) each submitted variable is checked against its declared type and rewritten
 * into the one form the engine then stores, so the process never meets a value its expressions cannot read; through
 * the Java API ({@link #check}, from {@link TaskRules}) the same types and limits apply to the values given.
 */
public final class FormFields {

    private FormFields() {
    }

    enum Kind { BOOLEAN, STRING, DATE, JSON }

    record Field(Kind kind, int max) {
    }

    private static final Map<String, Map<String, Field>> TASKS = withExtensionRequests(Map.of(
            CascadeProcess.USER_ACKNOWLEDGE, fields(
                    Var.ACCEPTED, new Field(Kind.BOOLEAN, 0),
                    Var.REFUSAL_REASON, new Field(Kind.STRING, Limits.REFUSAL_REASON)),
            CascadeProcess.USER_ASSIGN, fields(
                    Var.ASSIGNMENTS, new Field(Kind.JSON, 0),
                    Var.CHU_TRI, new Field(Kind.JSON, 0),
                    Var.PHOI_HOP, new Field(Kind.JSON, 0),
                    Var.DE_BIET, new Field(Kind.JSON, 0),
                    Var.COMMON_TASK, new Field(Kind.STRING, Limits.TASK_TEXT),
                    Var.SUBORDINATE_DEADLINE, new Field(Kind.DATE, 0),
                    Var.INDICATORS, new Field(Kind.JSON, 0),
                    Var.INDICATORS_TEXT, new Field(Kind.STRING, Limits.TASK_TEXT)),
            CascadeProcess.USER_ISSUE_DOCUMENT, fields(
                    Var.IMPLEMENTING_NUMBER, new Field(Kind.STRING, Limits.DOCUMENT_NUMBER),
                    Var.IMPLEMENTING_DATE, new Field(Kind.DATE, 0),
                    Var.IMPLEMENTING_SUBJECT, new Field(Kind.STRING, Limits.SUBJECT),
                    Var.REPORT_TO, new Field(Kind.JSON, 0)),
            CascadeProcess.USER_REPORT, fields(
                    Var.REPORT_SUMMARY, new Field(Kind.STRING, Limits.REPORT_SUMMARY),
                    Var.FIGURES, new Field(Kind.JSON, 0),
                    Var.FIGURES_TEXT, new Field(Kind.STRING, Limits.TASK_TEXT)),
            // completed with no variables
            CascadeProcess.USER_ACKNOWLEDGE_AMENDMENT, fields(),
            CascadeProcess.USER_HANDLE_OVERDUE, fields(
                    Var.ACTION, new Field(Kind.STRING, 16),
                    Var.NEW_DEADLINE, new Field(Kind.DATE, 0),
                    Var.NOTE, new Field(Kind.STRING, Limits.NOTE)),
            // the recall start form (bpmn/document_recall.bpmn)
            vn.directive.directive.RecallProcess.KEY, fields(
                    vn.directive.directive.RecallProcess.Var.DOCUMENT_NUMBER, new Field(Kind.STRING, Limits.DOCUMENT_NUMBER),
                    vn.directive.directive.RecallProcess.Var.REASON, new Field(Kind.STRING, Limits.REFUSAL_REASON)),
            // the registration's start form (bpmn/directive_registration.bpmn); the text is transient, the register keeps it
            RegistrationProcess.KEY, fields(
                    RegistrationProcess.Var.TEXT, new Field(Kind.STRING, Limits.TEXT_CHARS),
                    RegistrationProcess.Var.RECIPIENT, new Field(Kind.STRING, Limits.UNIT_CODE),
                    RegistrationProcess.Var.REPORT_DEADLINE, new Field(Kind.DATE, 0))));

    /** bpmn/extension_request.bpmn: its start form, the decision and the answer (no variables). */
    private static Map<String, Map<String, Field>> withExtensionRequests(Map<String, Map<String, Field>> cascade) {
        Map<String, Map<String, Field>> all = new HashMap<>(cascade);
        all.put(ExtensionProcess.KEY, fields(
                ExtensionProcess.Var.DOCUMENT_NUMBER, new Field(Kind.STRING, Limits.DOCUMENT_NUMBER),
                ExtensionProcess.Var.NEW_DEADLINE, new Field(Kind.DATE, 0),
                ExtensionProcess.Var.REASON, new Field(Kind.STRING, Limits.REFUSAL_REASON)));
        all.put(ExtensionProcess.USER_DECIDE_EXTENSION, fields(
                ExtensionProcess.Var.APPROVED, new Field(Kind.BOOLEAN, 0),
                ExtensionProcess.Var.NEW_DEADLINE, new Field(Kind.DATE, 0),
                ExtensionProcess.Var.REASON, new Field(Kind.STRING, Limits.REFUSAL_REASON)));
        all.put(ExtensionProcess.USER_RECEIVE_ANSWER, fields());
        return Map.copyOf(all);
    }

    private static Map<String, Field> fields(Object... nameAndField) {
        Map<String, Field> m = new LinkedHashMap<>();
        for (int i = 0; i < nameAndField.length; i += 2) {
            m.put((String) nameAndField[i], (Field) nameAndField[i + 1]);
        }
        return m;
    }

    /** Is {@code taskKey} one of the cascade's tasks, whose variables this class knows? */
    public static boolean knows(String taskKey) {
        return taskKey != null && TASKS.containsKey(taskKey);
    }

    /** The names of the variables the task takes (the decision variables of user_handle_overdue, ...). */
    public static List<String> namesOf(String taskKey) {
        Map<String, Field> f = TASKS.get(taskKey);
        return f == null ? List.of() : new ArrayList<>(f.keySet());
    }

    /**
     * A REST submission's {@code variables} object for a task of the cascade: each variable must be one the task
     * takes, of its type; the object is rewritten in place to one typed value per variable (Boolean, String or
     * Json) and the plain values returned for {@link TaskRules}.
     *
     * @throws ApiException 400 naming the variable
     */
    public static Map<String, Object> fromRest(String taskKey, ObjectNode variables) {
        Map<String, Field> known = TASKS.get(taskKey);
        Map<String, Object> values = new HashMap<>();
        if (known == null) {
            return values;
        }
        List<String> names = new ArrayList<>();
        variables.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            Field field = known.get(name);
            if (field == null) {
                throw ApiException.badRequest("unknown-variable", "Variable '" + name + "' is not taken by task "
                        + taskKey + "; it takes " + String.join(", ", known.keySet()));
            }
            JsonNode typed = variables.get(name);
            JsonNode value = typed != null && typed.isObject() ? typed.get("value") : typed;
            String type = typed != null && typed.isObject() && typed.hasNonNull("type") ? typed.get("type").asText() : null;
            if (value == null || value.isNull()) {
                variables.set(name, typed("Null", null));
                values.put(name, null);
                continue;
            }
            Object plain = switch (field.kind()) {
                case BOOLEAN -> booleanOf(name, value);
                case STRING, DATE -> stringOf(name, type, value, field);
                case JSON -> jsonOf(name, type, value);
            };
            variables.set(name, typed(canonical(field), plain));
            values.put(name, plain);
        }
        return values;
    }

    /**
     * The types and lengths of the values a task is completed with, whichever way they came; {@code accepted}
     * given as the String "true" or "false" counts as that Boolean (the listener stores it as one).
     *
     * @throws ApiException 400 for a wrong type, 422 for a value too long or a date outside the calendar's years
     */
    public static void check(String taskKey, Map<String, Object> values) {
        Map<String, Field> known = TASKS.get(taskKey);
        if (known == null) {
            return;
        }
        for (Map.Entry<String, Field> e : known.entrySet()) {
            Object value = values.get(e.getKey());
            if (value == null) {
                continue;
            }
            String name = e.getKey();
            Field field = e.getValue();
            switch (field.kind()) {
                case BOOLEAN -> SubmittedVariables.bool(name, value);
                case STRING -> {
                    if (!(value instanceof String s)) {
                        throw mustBeString(name, value);
                    }
                    tooLong(name, s, field.max());
                }
                case DATE -> {
                    if (!(value instanceof String s)) {
                        throw mustBeString(name, value);
                    }
                    Limits.requireCalendarYear(name, SubmittedVariables.date(name, s));
                }
                case JSON -> {
                    if (value instanceof Boolean || value instanceof Number) {
                        throw ApiException.badRequest("invalid-variable", "Variable '" + name + "' must be a JSON list");
                    }
                }
            }
        }
    }

    /** Boolean values given as the Strings "true"/"false" through the Java API, as the Booleans the model reads. */
    static Map<String, Object> booleans(String taskKey, Map<String, Object> values) {
        Map<String, Object> converted = new HashMap<>();
        Map<String, Field> known = TASKS.getOrDefault(taskKey, Map.of());
        known.forEach((name, field) -> {
            if (field.kind() == Kind.BOOLEAN && values.get(name) instanceof String s) {
                converted.put(name, SubmittedVariables.bool(name, s));
            }
        });
        return converted;
    }

    private static String canonical(Field field) {
        return switch (field.kind()) {
            case BOOLEAN -> "Boolean";
            case STRING, DATE -> "String";
            case JSON -> "Json";
        };
    }

    private static ObjectNode typed(String type, Object value) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", type);
        if (value == null) {
            node.putNull("value");
        } else if (value instanceof Boolean b) {
            node.put("value", b);
        } else {
            node.put("value", value.toString());
        }
        return node;
    }

    /** true/false as JSON Booleans or as the Strings "true"/"false", whatever type was declared. */
    private static Boolean booleanOf(String name, JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()) {
            String s = value.textValue().trim().toLowerCase(Locale.ROOT);
            if (s.equals("true") || s.equals("false")) {
                return Boolean.valueOf(s);
            }
        }
        throw ApiException.badRequest("invalid-variable", "Variable '" + name + "' must be true or false (a Boolean), not "
                + excerpt(value.toString()));
    }

    private static String stringOf(String name, String type, JsonNode value, Field field) {
        if (!value.isTextual() || (type != null && !type.equalsIgnoreCase("String"))) {
            throw ApiException.badRequest("invalid-variable", "Variable '" + name + "' must be a String"
                    + (type == null ? "" : ", not of type " + excerpt(type)));
        }
        String s = value.textValue();
        if (field.kind() == Kind.STRING) {
            tooLong(name, s, field.max());
        }
        return s;
    }

    private static String jsonOf(String name, String type, JsonNode value) {
        boolean declaredText = type == null || type.equalsIgnoreCase("Json") || type.equalsIgnoreCase("String");
        if (value.isTextual() && declaredText) {
            return value.textValue();
        }
        if ((value.isArray() || value.isObject()) && (type == null || type.equalsIgnoreCase("Json"))) {
            return value.toString();
        }
        throw ApiException.badRequest("invalid-variable", "Variable '" + name + "' must be a JSON list (type Json)");
    }

    private static void tooLong(String name, String s, int max) {
        if (s.length() > max) {
            // a person can type this much into a form: the message names the field as the form labels it
            throw ApiException.unprocessable("value-too-long", FieldLabels.field(name) + " dài "
                    + FieldLabels.thousands(s.length()) + " ký tự; chỉ lưu được tối đa " + FieldLabels.thousands(max) + " ký tự");
        }
    }


    private static ApiException mustBeString(String name, Object value) {
        return ApiException.badRequest("invalid-variable", "Variable '" + name + "' must be a String, not a "
                + value.getClass().getSimpleName());
    }

    private static String excerpt(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
