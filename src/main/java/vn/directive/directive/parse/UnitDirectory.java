package vn.directive.directive.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.directive.unit.Unit;

/** The unit tree addressees are resolved in: a unit by code and its direct subordinates. */
public interface UnitDirectory {

    Optional<Unit> find(String code);

    List<Unit> children(String code);

    /** A directory over a fixed set of units (the application's registry, or a dataset read in a test). */
    static UnitDirectory of(Collection<Unit> units) {
        Map<String, Unit> byCode = new HashMap<>(units.size() * 2);
        Map<String, List<Unit>> children = new HashMap<>();
        for (Unit u : units) {
            byCode.put(u.code(), u);
            if (u.parentCode() != null) {
                children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u);
            }
        }
        return new UnitDirectory() {
            @Override
            public Optional<Unit> find(String code) {
                return Optional.ofNullable(code == null ? null : byCode.get(code));
            }

            @Override
            public List<Unit> children(String code) {
                return children.getOrDefault(code, List.of());
            }
        };
    }
}
