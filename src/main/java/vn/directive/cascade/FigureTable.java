package vn.directive.cascade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import vn.directive.cascade.Obligations.Obligation;
import vn.directive.cascade.ReportFigures.Indicator;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitRegistry;

/**
 * GET /api/directives/{id}/figures: every figure asked under a directive, and per unit that carries it out
 * what it reported ({@code figures}) and what the units below it reported, summed ({@code subtree}): each
 * direct subordinate counts with the figure it reported or, before it has, with its own {@code subtree}; a unit
 * without subordinates counts with its own figures. Each unit reports for its whole area, so a unit's own
 * figures are compared with its {@code subtree}, never added to it.
 */
@Component
public class FigureTable {

    public record Table(List<Indicator> indicators, List<FigureRow> units) {
    }

    public record FigureRow(String unitCode, String unitName, String parentCode, Map<String, Number> figures,
                            Map<String, Number> subtree) {
    }

    private final Obligations obligations;
    private final ReportFigures figures;
    private final UnitRegistry units;

    public FigureTable(Obligations obligations, ReportFigures figures, UnitRegistry units) {
        this.obligations = obligations;
        this.figures = figures;
        this.units = units;
    }

    /** The table, with the rows the reader may see. */
    public Table table(String directiveId, Predicate<String> visible) {
        List<Obligation> all = obligations.ofDirective(directiveId).stream().filter(o -> o.role().carriesOut()).toList();
        Map<String, List<Obligation>> children = new HashMap<>();
        all.forEach(o -> children.computeIfAbsent(o.parentCode(), p -> new ArrayList<>()).add(o));
        Map<String, Map<String, BigDecimal>> reported = figures.reported(directiveId);
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        for (Obligation o : all) {
            figures.asked(directiveId, o.unitCode()).ifPresent(list -> list.forEach(i -> indicators.putIfAbsent(i.code(), i)));
        }
        Map<String, Map<String, BigDecimal>> subtree = new HashMap<>();
        List<FigureRow> rows = new ArrayList<>();
        for (Obligation o : all) {
            if (!visible.test(o.unitCode())) {
                continue;
            }
            rows.add(new FigureRow(o.unitCode(), units.find(o.unitCode()).map(Unit::name).orElse(o.unitCode()), o.parentCode(),
                    numbers(reported.getOrDefault(o.unitCode(), Map.of())),
                    numbers(subtree(o.unitCode(), children, reported, subtree))));
        }
        return new Table(List.copyOf(indicators.values()), rows);
    }

    private static Map<String, BigDecimal> subtree(String unit, Map<String, List<Obligation>> children,
                                                   Map<String, Map<String, BigDecimal>> reported,
                                                   Map<String, Map<String, BigDecimal>> memo) {
        Map<String, BigDecimal> known = memo.get(unit);
        if (known != null) {
            return known;
        }
        List<Obligation> below = children.getOrDefault(unit, List.of());
        Map<String, BigDecimal> sum = new LinkedHashMap<>();
        if (below.isEmpty()) {
            sum.putAll(reported.getOrDefault(unit, Map.of()));
        }
        for (Obligation child : below) {
            Map<String, BigDecimal> own = reported.getOrDefault(child.unitCode(), Map.of());
            Map<String, BigDecimal> counted = new LinkedHashMap<>(subtree(child.unitCode(), children, reported, memo));
            counted.putAll(own);
            counted.forEach((code, value) -> sum.merge(code, value, BigDecimal::add));
        }
        memo.put(unit, sum);
        return sum;
    }

    private static Map<String, Number> numbers(Map<String, BigDecimal> values) {
        Map<String, Number> out = new LinkedHashMap<>();
        values.forEach((code, value) -> {
            BigDecimal v = value.stripTrailingZeros();
            out.put(code, v.scale() <= 0 ? (Number) v.longValueExact() : (Number) v.doubleValue());
        });
        return out;
    }

    /** The table as CSV (UTF-8 with BOM for spreadsheet programs): one line per unit, its figures, then the subtree sums. */
    public static String csv(Table table) {
        StringBuilder s = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of("unitCode", "unitName", "parentCode"));
        table.indicators().forEach(i -> header.add(i.code()));
        table.indicators().forEach(i -> header.add(i.code() + "_subtree"));
        line(s, header);
        for (FigureRow row : table.units()) {
            List<String> cells = new ArrayList<>(List.of(row.unitCode(), row.unitName(), row.parentCode() == null ? "" : row.parentCode()));
            table.indicators().forEach(i -> cells.add(text(row.figures().get(i.code()))));
            table.indicators().forEach(i -> cells.add(text(row.subtree().get(i.code()))));
            line(s, cells);
        }
        return s.toString();
    }

    private static String text(Number n) {
        return n == null ? "" : n.toString();
    }

    private static void line(StringBuilder s, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i > 0) {
                s.append(',');
            }
            s.append(c.contains(",") || c.contains("\"") || c.contains("\n") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        s.append("\r\n");
    }
}
