package vn.directive.cascade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.unit.UnitRegistry;
import vn.directive.web.ApiException;
import vn.directive.web.FieldLabels;

/**
 * The leader's assignment as Tasklist's form takes it: the subordinates picked per role (chủ trì, phối hợp,
 * để biết), one task text and one deadline for the units the directive gives no task of their own, and the
 * proposal read from the directive (each named unit with its own numbered tasks and deadline).
 * <p>
 * Why not a list of rows: Tasklist 7.24 keeps a Camunda Form invalid once any field inside a dynamic list
 * has changed (form-js leaves an empty error entry per list field, and Tasklist counts the entries), so a
 * leader could never complete it. Pickers at the top level of the form do not have that problem; the
 * contract's {@code assignments} list is built from them here, and REST clients still send it directly.
 */
@Component
public class AssignmentForm {

    /** The form's own fields, submitted instead of {@code assignments}. */
    public static final List<String> FIELDS = List.of(Var.CHU_TRI, Var.PHOI_HOP, Var.DE_BIET, Var.COMMON_TASK,
            Var.SUBORDINATE_DEADLINE);

    private final ObjectMapper json;
    private final UnitRegistry units;
    private final Deadlines deadlines;

    public AssignmentForm(ObjectMapper json, UnitRegistry units, Deadlines deadlines) {
        this.json = json;
        this.units = units;
        this.deadlines = deadlines;
    }

    /** Did the submission come from the form (pickers) rather than as a ready {@code assignments} list? */
    public static boolean submittedByForm(Map<String, Object> submitted) {
        return !submitted.containsKey(Var.ASSIGNMENTS)
                && (submitted.containsKey(Var.CHU_TRI) || submitted.containsKey(Var.PHOI_HOP)
                || submitted.containsKey(Var.DE_BIET));
    }

    /**
     * The contract's {@code assignments} JSON list for what the form submitted. Fields the submission leaves
     * out are taken from the task's variables (what the form was pre-filled with).
     */
    public String assignments(Map<String, Object> submitted, Function<String, Object> taskVariable) {
        Function<String, Object> field = name -> submitted.containsKey(name) ? submitted.get(name) : taskVariable.apply(name);
        Map<String, JsonNode> proposal = new HashMap<>();
        for (JsonNode row : array(Var.ASSIGNMENT_PROPOSAL, taskVariable.apply(Var.ASSIGNMENT_PROPOSAL))) {
            proposal.put(row.path("unitCode").asText(), row);
        }
        Object common = field.apply(Var.COMMON_TASK);
        String commonTask = common == null ? "" : String.valueOf(common).trim();
        LocalDate commonDeadline = SubmittedVariables.date(Var.SUBORDINATE_DEADLINE, field.apply(Var.SUBORDINATE_DEADLINE));
        ArrayNode out = json.createArrayNode();
        Set<String> seen = new HashSet<>();
        boolean commonDeadlineUsed = false;
        for (Role role : Role.values()) {
            String name = pickerOf(role);
            for (JsonNode code : array(name, field.apply(name))) {
                String unitCode = code.isObject() ? code.path("value").asText() : code.asText();
                if (!seen.add(unitCode)) {
                    throw ApiException.unprocessable("duplicate-unit", "Đơn vị " + units.find(unitCode).map(u -> u.name() + " (" + unitCode + ")").orElse(unitCode)
                            + " được chọn ở hai vai trò, lần thứ hai ở "
                            + FieldLabels.field(name) + "; mỗi đơn vị chỉ giữ một vai trò");
                }
                JsonNode proposed = proposal.get(unitCode);
                String task = proposed != null && !proposed.path("task").asText("").isBlank()
                        ? proposed.path("task").asText() : commonTask;
                boolean specific = proposed != null && proposed.hasNonNull("specificDeadline");
                commonDeadlineUsed |= !specific;
                String deadline = specific ? proposed.get("specificDeadline").asText()
                        : commonDeadline == null ? null : commonDeadline.toString();
                ObjectNode row = out.addObject();
                row.put("unitCode", unitCode);
                row.put("role", role.name());
                row.put("task", task);
                row.put("reportDeadline", deadline);
            }
        }
        if (commonDeadlineUsed && commonDeadline != null) {
            checkCommonDeadline(commonDeadline, Display.of(taskVariable).reportDeadline());
        }
        return out.toString();
    }

    /**
     * The form's own deadline field, named as the form labels it: TaskRules checks every row of the list too,
     * but the leader typed this one date, not a row's.
     */
    private void checkCommonDeadline(LocalDate common, Object ownDeadline) {
        LocalDate own = SubmittedVariables.date(Var.REPORT_DEADLINE, ownDeadline);
        if (own != null && common.isAfter(own)) {
            throw ApiException.unprocessable("deadline-after-own", FieldLabels.field(Var.SUBORDINATE_DEADLINE) + " "
                    + FieldLabels.day(common) + " sau hạn của đơn vị (" + FieldLabels.day(own) + ")");
        }
        if (common.isBefore(deadlines.today())) {
            throw ApiException.unprocessable("deadline-in-past", FieldLabels.field(Var.SUBORDINATE_DEADLINE) + " "
                    + FieldLabels.day(common) + " đã qua (hôm nay là " + FieldLabels.day(deadlines.today()) + ")");
        }
    }

    static String pickerOf(Role role) {
        return switch (role) {
            case CHU_TRI -> Var.CHU_TRI;
            case PHOI_HOP -> Var.PHOI_HOP;
            case DE_BIET -> Var.DE_BIET;
        };
    }

    private JsonNode array(String field, Object value) {
        if (value == null) {
            return json.createArrayNode();
        }
        JsonNode node;
        try {
            node = json.readTree(String.valueOf(value));
        } catch (Exception e) {
            throw ApiException.badRequest("invalid-variable", FieldLabels.field(field) + " phải là một danh sách JSON");
        }
        if (node == null || node.isNull()) {
            return json.createArrayNode();
        }
        if (!node.isArray()) {
            throw ApiException.badRequest("invalid-variable", FieldLabels.field(field) + " phải là một danh sách JSON");
        }
        return node;
    }
}
