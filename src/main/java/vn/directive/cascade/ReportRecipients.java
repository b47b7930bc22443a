package vn.directive.cascade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.directive.DirectiveReader;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitKind;
import vn.directive.unit.UnitRegistry;
import vn.directive.web.ApiException;
import vn.directive.web.FieldLabels;

/**
 * The (b/c) recipients of a unit's report (CONTRACT section 9): the units its implementing document's
 * "Nơi nhận" marks "(b/c)", besides its parent. At the recipient at the top they default to the registered
 * directive's {@code reportTo} names that resolve to units: within the unit's own subtree as the parser
 * resolves addressees, and central bodies (Văn phòng Chính phủ, Bộ Y tế) among the CENTRAL units by name.
 */
@Component
public class ReportRecipients {

    /** One recipient: a registry unit, or (unitCode null) a name of the directive that resolves to none. */
    public record Recipient(String unitCode, String name) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final UnitRegistry units;
    private final DirectiveReader reader;

    public ReportRecipients(JdbcTemplate jdbc, ObjectMapper json, UnitRegistry units, DirectiveReader reader) {
        this.jdbc = jdbc;
        this.json = json;
        this.units = units;
        this.reader = reader;
    }

    /** The directive's (b/c) names as the unit at the top reads them: each resolved to a unit, or kept as a name. */
    public List<Recipient> resolve(String unitCode, List<String> names) {
        List<Recipient> out = new ArrayList<>();
        for (String name : names == null ? List.<String>of() : names) {
            Optional<String> code = central(name).or(() -> {
                List<String> found = safeResolve(unitCode, name);
                return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
            });
            out.add(code.filter(c -> !c.equals(unitCode)).map(c -> new Recipient(c, units.get(c).name()))
                    .orElse(new Recipient(null, name)));
        }
        return out;
    }

    private List<String> safeResolve(String unitCode, String name) {
        try {
            return reader.resolve(unitCode, List.of(name));
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private Optional<String> central(String name) {
        String wanted = fold(name);
        return units.ofKind(UnitKind.CENTRAL).stream().filter(u -> fold(u.name()).equals(wanted)).map(Unit::code).findFirst();
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    /** The codes submitted as {@code reportTo}: each a unit of the registry, not the unit itself; duplicates once. */
    public List<Recipient> submitted(String unitCode, Object value) {
        if (value == null) {
            return List.of();
        }
        JsonNode list;
        try {
            list = json.readTree(String.valueOf(value));
        } catch (Exception e) {
            list = null;
        }
        if (list == null || !list.isArray()) {
            throw ApiException.unprocessable("invalid-report-to", FieldLabels.field(Var.REPORT_TO) + " phải là một danh sách JSON mã đơn vị");
        }
        Map<String, Recipient> out = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String at = FieldLabels.at(Var.REPORT_TO + "[" + i + "]");
            String code = item.isObject() ? item.path("value").asText("") : item.asText("");
            if (code.equals(unitCode)) {
                throw ApiException.unprocessable("report-to-self", at + ": đơn vị không gửi báo cáo cho chính mình");
            }
            Unit unit = units.find(code).orElseThrow(() -> ApiException.unprocessable("unknown-unit",
                    at + ": không có đơn vị mã '" + code + "'"));
            out.putIfAbsent(code, new Recipient(code, unit.name()));
        }
        return List.copyOf(out.values());
    }

    public void store(String directiveId, String unitCode, List<Recipient> recipients) {
        jdbc.update("update directive_unit set report_to = ? where directive_id = ? and unit_code = ?",
                recipients.isEmpty() ? null : toJson(recipients), directiveId, unitCode);
    }

    public List<Recipient> of(String directiveId, String unitCode) {
        List<String> found = jdbc.queryForList("select report_to from directive_unit where directive_id = ? and unit_code = ?",
                String.class, directiveId, unitCode);
        return found.isEmpty() ? List.of() : read(found.get(0));
    }

    /**
     * The units under the directive whose reports go to one of {@code recipientUnits} as (b/c) recipients: a
     * recipient reads those units and what lies below them, since their report sums that subtree.
     */
    public List<String> reportingTo(String directiveId, java.util.Collection<String> recipientUnits) {
        if (recipientUnits.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        jdbc.query("select unit_code, report_to from directive_unit where directive_id = ? and report_to is not null",
                rs -> {
                    if (read(rs.getString("report_to")).stream().anyMatch(r -> recipientUnits.contains(r.unitCode()))) {
                        out.add(rs.getString("unit_code"));
                    }
                }, directiveId);
        return out;
    }

    public List<Recipient> read(String stored) {
        if (stored == null) {
            return List.of();
        }
        try {
            List<Recipient> out = new ArrayList<>();
            for (JsonNode r : json.readTree(stored)) {
                out.add(new Recipient(r.hasNonNull("unitCode") ? r.get("unitCode").asText() : null, r.path("name").asText()));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("directive_unit.report_to is not a JSON list: " + stored, e);
        }
    }

    public String toJson(List<Recipient> recipients) {
        ArrayNode out = json.createArrayNode();
        recipients.forEach(r -> out.addObject().put("unitCode", r.unitCode()).put("name", r.name()));
        return out.toString();
    }
}
