package vn.directive.cascade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.web.ApiException;
import vn.directive.web.FieldLabels;

/**
 * Figures asked once and reported everywhere (CONTRACT section 9). A unit's {@code user_assign} may ask its
 * subordinates for figures ({@code indicators}); they inherit them, and ask them again of their own
 * subordinates together with any of their own. Every unit asked then reports {@code figures} with its report,
 * kept in the register (unit_figure), and a unit with subordinates gets their sums as its defaults.
 * <p>
 * Forms are static, so Tasklist's forms take both as text: {@code indicatorsText} one indicator a line
 * ({@code mui3; Số người tiêm mũi 3; người}) and {@code figuresText} one figure a line ({@code mui3: 1200}),
 * read here into the contract's Json values; REST clients send those directly.
 */
@Component
public class ReportFigures {

    /** One figure asked: {@code code} as [a-z0-9_]{1,40}, its name and its unit of measure. */
    public record Indicator(String code, String name, String unit) {
        /** How a message names it: «Số người tiêm mũi 3» (figures.mui3). */
        String named() {
            return "Số liệu «" + (name == null || name.isBlank() ? code : name) + "» (" + Var.FIGURES + "." + code + ")";
        }
    }

    static final Pattern CODE = Pattern.compile("[a-z0-9_]{1,40}");
    private static final Pattern FIGURE_LINE = Pattern.compile("\\s*([^:=]+?)\\s*[:=]\\s*(.*?)\\s*");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+(,\\d+)?");
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d+(\\.\\d+)?");
    private static final int MAX_INDICATORS = 50;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ReportFigures(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // ---- the register ----------------------------------------------------------------------------------------

    /** What a unit asked of its subordinates; empty when it asked nothing (or has not assigned yet). */
    public Optional<List<Indicator>> asked(String directiveId, String unitCode) {
        List<String> found = jdbc.queryForList("select indicators from directive_unit where directive_id = ? and unit_code = ?",
                String.class, directiveId, unitCode);
        return found.isEmpty() || found.get(0) == null ? Optional.empty() : Optional.of(readIndicators(found.get(0)));
    }

    /** What its parent asked of the unit: the figures it inherits. */
    public List<Indicator> inherited(String directiveId, String unitCode) {
        String[] ownAndParent = ownAndParentAsked(directiveId, unitCode);
        return ownAndParent[1] == null ? List.of() : readIndicators(ownAndParent[1]);
    }

    /** The figures the unit must report: what it asked of its subordinates (inherited ones included), else what it inherits. */
    public List<Indicator> required(String directiveId, String unitCode) {
        String[] ownAndParent = ownAndParentAsked(directiveId, unitCode);
        String asked = ownAndParent[0] != null ? ownAndParent[0] : ownAndParent[1];
        return asked == null ? List.of() : readIndicators(asked);
    }

    /** What the unit and its parent asked, in one read (every report and its checks read both). */
    private String[] ownAndParentAsked(String directiveId, String unitCode) {
        List<String[]> found = jdbc.query("select u.indicators, p.indicators from directive_unit u left join directive_unit p "
                + "on p.directive_id = u.directive_id and p.unit_code = u.parent_code where u.directive_id = ? and u.unit_code = ?",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, directiveId, unitCode);
        return found.isEmpty() ? new String[2] : found.get(0);
    }

    public void storeAsked(String directiveId, String unitCode, List<Indicator> indicators) {
        jdbc.update("update directive_unit set indicators = ? where directive_id = ? and unit_code = ?",
                indicators.isEmpty() ? null : indicatorsJson(indicators), directiveId, unitCode);
    }

    public void storeFigures(String directiveId, String unitCode, Map<String, BigDecimal> figures) {
        jdbc.update("delete from unit_figure where directive_id = ? and unit_code = ?", directiveId, unitCode);
        List<Object[]> rows = new ArrayList<>();
        figures.forEach((code, value) -> rows.add(new Object[] {directiveId, unitCode, code, value}));
        jdbc.batchUpdate("insert into unit_figure (directive_id, unit_code, code, amount) values (?, ?, ?, ?)", rows);
    }

    /** Every unit's reported figures under a directive: unit code → (code → value), in the order indicators were asked. */
    public Map<String, Map<String, BigDecimal>> reported(String directiveId) {
        Map<String, Map<String, BigDecimal>> out = new HashMap<>();
        jdbc.query("select unit_code, code, amount from unit_figure where directive_id = ?", rs -> {
            out.computeIfAbsent(rs.getString("unit_code"), u -> new LinkedHashMap<>())
                    .put(rs.getString("code"), rs.getBigDecimal("amount"));
        }, directiveId);
        return out;
    }

    public Map<String, BigDecimal> reported(String directiveId, String unitCode) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        jdbc.query("select code, amount from unit_figure where directive_id = ? and unit_code = ?",
                rs -> {
                    out.put(rs.getString("code"), rs.getBigDecimal("amount"));
                }, directiveId, unitCode);
        return out;
    }

    // ---- indicators ------------------------------------------------------------------------------------------

    /**
     * The indicators a leader submitted: the {@code indicators} Json list when sent, else the form's
     * {@code indicatorsText}; null when neither was.
     */
    public List<Indicator> submittedIndicators(Function<String, Object> submitted) {
        Object list = submitted.apply(Var.INDICATORS);
        if (list != null) {
            return readIndicators(String.valueOf(list));
        }
        Object text = submitted.apply(Var.INDICATORS_TEXT);
        return text == null ? null : parseIndicatorsText(String.valueOf(text));
    }

    /** What the unit asks: the inherited indicators, then the submitted ones it adds (an inherited code keeps its name). */
    public static List<Indicator> merge(List<Indicator> inherited, List<Indicator> own) {
        Map<String, Indicator> out = new LinkedHashMap<>();
        inherited.forEach(i -> out.put(i.code(), i));
        if (own != null) {
            own.forEach(i -> out.putIfAbsent(i.code(), i));
        }
        return List.copyOf(out.values());
    }

    public List<Indicator> readIndicators(String value) {
        JsonNode list;
        try {
            list = json.readTree(value);
        } catch (Exception e) {
            throw ApiException.unprocessable("invalid-indicators", FieldLabels.field(Var.INDICATORS) + " phải là một danh sách JSON");
        }
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw ApiException.unprocessable("invalid-indicators", FieldLabels.field(Var.INDICATORS) + " phải là một danh sách JSON");
        }
        List<Indicator> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode row = list.get(i);
            String at = Var.INDICATORS + "[" + i + "]";
            if (!row.isObject()) {
                throw ApiException.unprocessable("invalid-indicators", FieldLabels.row(i) + " (" + at
                        + ") phải là một đối tượng {code, name, unit}");
            }
            out.add(indicator(FieldLabels.row(i) + " – " + FieldLabels.field(at + ".code"), row.path("code").asText(""),
                    row.path("name").asText(""), row.path("unit").asText("")));
        }
        return checkDistinct(out);
    }

    /** {@code code; name; unit} a line; blank lines skipped. */
    public static List<Indicator> parseIndicatorsText(String text) {
        List<Indicator> out = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] parts = lines[i].split(";", 3);
            out.add(indicator(FieldLabels.row(i) + " – " + FieldLabels.field(Var.INDICATORS_TEXT) + " – Mã số liệu",
                    parts[0].trim(), parts.length > 1 ? parts[1].trim() : "", parts.length > 2 ? parts[2].trim() : ""));
        }
        return checkDistinct(out);
    }

    public static String indicatorsText(List<Indicator> indicators) {
        StringBuilder s = new StringBuilder();
        indicators.forEach(i -> s.append(i.code()).append("; ").append(i.name()).append("; ").append(i.unit()).append('\n'));
        return s.toString();
    }

    public String indicatorsJson(List<Indicator> indicators) {
        ArrayNode out = json.createArrayNode();
        indicators.forEach(i -> out.addObject().put("code", i.code()).put("name", i.name()).put("unit", i.unit()));
        return out.toString();
    }

    private static Indicator indicator(String where, String code, String name, String unit) {
        if (!CODE.matcher(code).matches()) {
            throw ApiException.unprocessable("invalid-indicator-code", where + " '" + code
                    + "' chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới (a-z, 0-9, _), tối đa 40 ký tự; ví dụ mui3");
        }
        if (name.length() > 200 || unit.length() > 50) {
            throw ApiException.unprocessable("value-too-long", where + " '" + code + "': tên dài quá 200 hoặc đơn vị tính dài quá 50 ký tự");
        }
        return new Indicator(code, name.isBlank() ? code : name, unit);
    }

    private static List<Indicator> checkDistinct(List<Indicator> list) {
        if (list.size() > MAX_INDICATORS) {
            throw ApiException.unprocessable("too-many-indicators", FieldLabels.field(Var.INDICATORS)
                    + " có " + list.size() + " dòng; tối đa " + MAX_INDICATORS);
        }
        Map<String, Indicator> seen = new HashMap<>();
        for (Indicator i : list) {
            if (seen.put(i.code(), i) != null) {
                throw ApiException.unprocessable("duplicate-indicator", "Mã số liệu '" + i.code() + "' có hai lần trong "
                        + FieldLabels.field(Var.INDICATORS));
            }
        }
        return list;
    }

    // ---- figures ---------------------------------------------------------------------------------------------

    /**
     * The unit's figures as submitted, checked against what it must report: the {@code figures} Json object
     * when sent, else the form's {@code figuresText}. Every indicator present, each a number ≥ 0, no other code.
     */
    public Map<String, BigDecimal> submittedFigures(List<Indicator> required, Function<String, Object> submitted) {
        Object object = submitted.apply(Var.FIGURES);
        Map<String, String> raw = object != null ? readFiguresObject(String.valueOf(object))
                : parseFiguresText(submitted.apply(Var.FIGURES_TEXT));
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        required.forEach(i -> byCode.put(i.code(), i));
        for (String code : raw.keySet()) {
            if (!byCode.containsKey(code)) {
                throw ApiException.unprocessable("unknown-figure", "Mã số liệu '" + code + "' (" + Var.FIGURES + "." + code
                        + ") không nằm trong số liệu được yêu cầu báo cáo: " + String.join(", ", byCode.keySet()));
            }
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Indicator i : required) {
            String value = raw.get(i.code());
            if (value == null || value.isBlank()) {
                throw ApiException.unprocessable("missing-figure", "Chưa nhập " + i.named());
            }
            BigDecimal number = number(value.trim());
            if (number == null) {
                throw ApiException.unprocessable("invalid-figure", i.named() + " phải là một số, không phải '" + value.trim() + "'");
            }
            if (number.signum() < 0) {
                throw ApiException.unprocessable("negative-figure", i.named() + " không được âm (" + value.trim() + ")");
            }
            if (number.compareTo(new BigDecimal("1e15")) >= 0 || number.scale() > 4) {
                throw ApiException.unprocessable("invalid-figure", i.named() + " quá lớn hoặc quá 4 chữ số thập phân (" + value.trim() + ")");
            }
            out.put(i.code(), number);
        }
        return out;
    }

    private Map<String, String> readFiguresObject(String value) {
        JsonNode node;
        try {
            node = json.readTree(value);
        } catch (Exception e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            throw ApiException.unprocessable("invalid-figures", FieldLabels.field(Var.FIGURES) + " phải là một đối tượng JSON {mã: số}");
        }
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(f -> out.put(f.getKey(), f.getValue().isNull() ? null
                : f.getValue().isNumber() ? f.getValue().decimalValue().toPlainString() : f.getValue().asText()));
        return out;
    }

    private static Map<String, String> parseFiguresText(Object text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        String[] lines = String.valueOf(text).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Matcher m = FIGURE_LINE.matcher(lines[i]);
            if (!m.matches()) {
                throw ApiException.unprocessable("invalid-figures", FieldLabels.row(i) + " – " + FieldLabels.field(Var.FIGURES_TEXT)
                        + ": mỗi dòng một số liệu dạng 'mã: số', ví dụ 'mui3: 1200', không phải '" + lines[i].trim() + "'");
            }
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    /**
     * A number as Vietnamese write it or as JSON does: 1200, 1.200 (dot between thousands), 12,5 (decimal comma),
     * 12.5; a leading minus kept so that the message can say it is negative. Null when not a number.
     */
    static BigDecimal number(String s) {
        String t = s.replace(" ", "").replace("\u00a0", "");
        boolean negative = t.startsWith("-");
        if (negative) {
            t = t.substring(1);
        }
        BigDecimal v;
        if (THOUSANDS.matcher(t).matches()) {
            v = new BigDecimal(t.replace(".", "").replace(',', '.'));
        } else if (DECIMAL_COMMA.matcher(t).matches()) {
            v = new BigDecimal(t.replace(',', '.'));
        } else if (DECIMAL_POINT.matcher(t).matches()) {
            v = new BigDecimal(t);
        } else {
            return null;
        }
        return negative ? v.negate() : v;
    }

    /** Json object {code: number}, numbers as JSON writes them (1200, 12.5). */
    public String figuresJson(Map<String, BigDecimal> figures) {
        ObjectNode out = json.createObjectNode();
        figures.forEach((code, value) -> put(out, code, value));
        return out.toString();
    }

    public Map<String, BigDecimal> readFigures(Object value) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (value == null) {
            return out;
        }
        readFiguresObject(String.valueOf(value)).forEach((code, v) -> out.put(code, new BigDecimal(v)));
        return out;
    }

    public static void put(ObjectNode node, String code, BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() <= 0) {
            node.put(code, v.longValueExact());
        } else {
            node.put(code, v.doubleValue());
        }
    }

    /** 1200.5000 → "1200.5": what the form's text pre-fills. */
    public static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }

    /** 1234567.5 → "1.234.567,5": a figure as Vietnamese read it. */
    public static String display(BigDecimal value) {
        String plain = plain(value.abs());
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return (value.signum() < 0 ? "-" : "") + grouped + (dot < 0 ? "" : "," + plain.substring(dot + 1));
    }
}
