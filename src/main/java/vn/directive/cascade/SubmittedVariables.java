package vn.directive.cascade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.directive.calendar.WorkingDays;
import vn.directive.cascade.Obligations.Assignment;
import vn.directive.web.ApiException;
import vn.directive.web.FieldLabels;

/**
 * Reads what forms submit into typed values. Camunda Forms send lists as Json variables; REST clients
 * may send the same JSON as a String. Malformed values are 400s naming the field.
 */
@Component
public class SubmittedVariables {

    private final ObjectMapper json;

    public SubmittedVariables(ObjectMapper json) {
        this.json = json;
    }

    /** The leader's assignments: [{"unitCode","role","task","reportDeadline"}]. */
    public List<Assignment> assignments(Object value) {
        if (value == null) {
            return List.of();
        }
        JsonNode list;
        try {
            list = json.readTree(String.valueOf(value));
        } catch (Exception e) {
            throw ApiException.badRequest("invalid-variable", FieldLabels.field("assignments") + " không phải một danh sách JSON");
        }
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw ApiException.badRequest("invalid-variable", FieldLabels.field("assignments") + " phải là một danh sách JSON");
        }
        List<Assignment> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            String at = "assignments[" + i + "]";
            if (!a.isObject()) {
                throw ApiException.badRequest("invalid-variable", FieldLabels.row(i) + " (" + at
                        + ") phải là một đối tượng {unitCode, role, task, reportDeadline}");
            }
            String unitCode = text(a, "unitCode");
            String roleText = text(a, "role");
            Role role = null;
            if (roleText != null) {
                try {
                    role = Role.valueOf(roleText.trim());
                } catch (IllegalArgumentException e) {
                    throw ApiException.badRequest("invalid-variable", FieldLabels.at(at + ".role")
                            + " phải là CHU_TRI (chủ trì), PHOI_HOP (phối hợp) hoặc DE_BIET (để biết), không phải '" + roleText + "'");
                }
            }
            String deadline = text(a, "reportDeadline");
            out.add(new Assignment(unitCode == null ? null : unitCode.trim(), role, text(a, "task"),
                    deadline == null ? null : date(at + ".reportDeadline", deadline)));
        }
        return out;
    }

    /**
     * A submitted date: ISO {@code YYYY-MM-DD} as the contract says (also the date part of an ISO date-time; what
     * Camunda Forms submit whatever the field shows), a {@link java.util.Date} as its day in Vietnam.
     */
    public static LocalDate date(String field, Object value) {
        if (value == null || String.valueOf(value).isBlank()) {
            return null;
        }
        if (value instanceof java.util.Date d) {
            return LocalDate.ofInstant(d.toInstant(), WorkingDays.ZONE);
        }
        String s = String.valueOf(value).trim();
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid-variable", FieldLabels.at(field)
                    + " phải là một ngày dạng YYYY-MM-DD, không phải '" + s + "'");
        }
    }

    public static Boolean bool(String field, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String s = String.valueOf(value).trim();
        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
            return Boolean.valueOf(s);
        }
        throw ApiException.badRequest("invalid-variable", FieldLabels.field(field) + " phải là true hoặc false, không phải '" + s + "'");
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
