package vn.directive.unit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.directive.web.ApiException;

/**
 * Every unit a directive can be routed to, held in memory for routing and validation, and mirrored
 * into the {@code unit} table so that reports can join on it. The table is rewritten only when the
 * configured dataset differs from the one it holds.
 */
@Component
public class UnitRegistry {

    private static final Logger log = LoggerFactory.getLogger(UnitRegistry.class);

    private final String dataset;
    private final Map<String, Unit> byCode;
    private final Map<String, List<Unit>> children;
    private final Map<UnitKind, List<Unit>> byKind;
    private final long loadMillis;
    private final long storeMillis;

    public UnitRegistry(UnitsProperties properties, JdbcTemplate jdbc, TransactionTemplate tx) {
        long start = System.nanoTime();
        this.dataset = properties.dataset();
        List<Unit> units = UnitDataset.read(dataset);
        Map<String, Unit> codes = new HashMap<>(units.size() * 2);
        Map<String, List<Unit>> kids = new HashMap<>();
        Map<UnitKind, List<Unit>> kinds = new EnumMap<>(UnitKind.class);
        for (Unit u : units) {
            if (codes.put(u.code(), u) != null) {
                throw new IllegalStateException("duplicate unit code " + u.code() + " in " + dataset);
            }
            if (u.parentCode() != null) {
                kids.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u);
            }
            kinds.computeIfAbsent(u.kind(), k -> new ArrayList<>()).add(u);
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        kinds.replaceAll((k, v) -> List.copyOf(v));
        this.byCode = Collections.unmodifiableMap(codes);
        this.children = Collections.unmodifiableMap(kids);
        this.byKind = Collections.unmodifiableMap(kinds);
        long read = System.nanoTime();
        tx.executeWithoutResult(s -> store(jdbc, units));
        long stored = System.nanoTime();
        this.loadMillis = (read - start) / 1_000_000;
        this.storeMillis = (stored - read) / 1_000_000;
        log.info("Unit registry {}: {} units ({} provinces, {} districts, {} communes) read in {} ms, table synced in {} ms",
                dataset, units.size(), ofKind(UnitKind.PROVINCE).size(), ofKind(UnitKind.DISTRICT).size(),
                ofKind(UnitKind.COMMUNE).size(), loadMillis, storeMillis);
    }

    private void store(JdbcTemplate jdbc, List<Unit> units) {
        List<Map<String, Object>> marker = jdbc.queryForList("select dataset, unit_count from unit_dataset where id = 1");
        if (!marker.isEmpty() && dataset.equals(marker.get(0).get("dataset"))
                && ((Number) marker.get(0).get("unit_count")).intValue() == units.size()) {
            return;
        }
        jdbc.update("delete from unit");
        jdbc.batchUpdate("insert into unit (code, name, kind, type, parent_code, province_code, district_code) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", units, 1000, (ps, u) -> {
                    ps.setString(1, u.code());
                    ps.setString(2, u.name());
                    ps.setString(3, u.kind().name());
                    ps.setString(4, u.type());
                    ps.setString(5, u.parentCode());
                    ps.setString(6, u.provinceCode());
                    ps.setString(7, u.districtCode());
                });
        jdbc.update("delete from unit_dataset");
        jdbc.update("insert into unit_dataset (id, dataset, unit_count, loaded_at) values (1, ?, ?, ?)",
                dataset, units.size(), Timestamp.from(Instant.now()));
    }

    public String dataset() {
        return dataset;
    }

    public Optional<Unit> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The unit, or a 404 naming the code. */
    public Unit get(String code) {
        return find(code).orElseThrow(() -> ApiException.notFound("unknown-unit", "Không có đơn vị mã '" + code + "'"));
    }

    public boolean exists(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** Direct subordinates: administrative units and agencies alike. */
    public List<Unit> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    public boolean hasChildren(String code) {
        return children.containsKey(code);
    }

    public boolean isDirectSubordinate(String child, String parent) {
        Unit c = byCode.get(child);
        return c != null && parent != null && parent.equals(c.parentCode());
    }

    public List<Unit> ofKind(UnitKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    public Collection<Unit> all() {
        return byCode.values();
    }

    public int size() {
        return byCode.size();
    }

    /** The unit and everything below it, parents before children. */
    public List<Unit> subtree(String code) {
        List<Unit> out = new ArrayList<>();
        Unit root = byCode.get(code);
        if (root == null) {
            return out;
        }
        out.add(root);
        for (int i = 0; i < out.size(); i++) {
            out.addAll(children(out.get(i).code()));
        }
        return out;
    }

    public long loadMillis() {
        return loadMillis;
    }

    public long storeMillis() {
        return storeMillis;
    }
}
