package vn.directive.unit;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the official administrative units of one dataset and adds the usual agencies under the
 * centre, every province and every district. The national recipient (the Government Office, VPCP)
 * is the parent of every province, so a national directive is registered once, at the top.
 */
public final class UnitDataset {

    public static final String NATIONAL_RECIPIENT = "VPCP";

    private UnitDataset() {
    }

    public static List<Unit> read(String dataset) {
        List<Map<String, String>> admin = csv("units/admin-units-" + dataset + ".csv");
        List<Map<String, String>> agencies = csv("units/agencies.csv");
        List<Unit> units = new ArrayList<>(admin.size() * 3);
        Map<String, Unit> byCode = new HashMap<>(admin.size() * 4);

        for (Map<String, String> a : agencies) {
            if (a.get("level").equals("CENTRAL")) {
                String code = a.get("abbr");
                Unit u = new Unit(code, a.get("name"), UnitKind.CENTRAL, "Cơ quan trung ương",
                        null, null, null, a.get("name"));
                units.add(u);
                byCode.put(code, u);
            }
        }
        for (Map<String, String> row : admin) {
            String code = row.get("code");
            String parent = emptyToNull(row.get("parent_code"));
            String type = row.get("type");
            String name = row.get("name");
            Unit u = switch (row.get("level")) {
                case "PROVINCE" -> new Unit(code, name, UnitKind.PROVINCE, type, NATIONAL_RECIPIENT, code, null,
                        shortName(name, type));
                case "DISTRICT" -> new Unit(code, name, UnitKind.DISTRICT, type, parent, parent, code,
                        shortName(name, type));
                case "COMMUNE" -> {
                    Unit p = byCode.get(parent);
                    if (p == null) {
                        throw new IllegalStateException("commune " + code + " names unknown parent " + parent);
                    }
                    yield new Unit(code, name, UnitKind.COMMUNE, type, parent, p.provinceCode(), p.districtCode(),
                            shortName(name, type));
                }
                default -> throw new IllegalStateException("unknown level in " + row);
            };
            units.add(u);
            byCode.put(code, u);
        }
        List<Unit> administrative = List.copyOf(units);
        for (Unit parent : administrative) {
            String level = switch (parent.kind()) {
                case PROVINCE -> "PROVINCE";
                case DISTRICT -> "DISTRICT";
                default -> null;
            };
            if (level == null) {
                continue;
            }
            UnitKind kind = parent.kind() == UnitKind.PROVINCE ? UnitKind.PROVINCIAL_AGENCY : UnitKind.DISTRICT_AGENCY;
            for (Map<String, String> a : agencies) {
                if (a.get("level").equals(level)) {
                    String base = a.get("name");
                    units.add(new Unit(parent.code() + "-" + a.get("abbr"), agencyName(base, parent), kind,
                            a.get("abbr"), parent.code(), parent.provinceCode(), parent.districtCode(), base));
                }
            }
        }
        return units;
    }

    /** "Sở Y tế" under "Tỉnh Lai Châu" is "Sở Y tế tỉnh Lai Châu"; "Trung tâm Y tế huyện" under a city follows the city. */
    static String agencyName(String base, Unit parent) {
        String stem = base.replaceFirst(" (tỉnh|huyện)$", "");
        String place = parent.name();
        return stem + " " + Character.toLowerCase(place.charAt(0)) + place.substring(1);
    }

    /** "Huyện Mường Tè" of type "Huyện" is "Mường Tè". */
    static String shortName(String name, String type) {
        return type != null && name.startsWith(type + " ") ? name.substring(type.length() + 1) : name;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static List<Map<String, String>> csv(String resource) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (InputStream in = UnitDataset.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing dataset resource " + resource);
            }
            MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(in);
            List<Map<String, String>> rows = new ArrayList<>();
            while (it.hasNext()) {
                Map<String, String> row = new HashMap<>();
                it.next().forEach((k, v) -> row.put(k.trim(), v == null ? null : v.trim()));
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
