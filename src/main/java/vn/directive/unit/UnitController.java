package vn.directive.unit;

import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directive.web.ApiException;
import vn.directive.web.FieldLabels;

@RestController
@RequestMapping("/api/units")
class UnitController {

    private final UnitRegistry registry;

    UnitController(UnitRegistry registry) {
        this.registry = registry;
    }

    record UnitView(String code, String name, UnitKind kind, String parentCode, UnitGroups groups) {
        static UnitView of(Unit u) {
            return new UnitView(u.code(), u.name(), u.kind(), u.parentCode(), u.groups());
        }
    }

    @GetMapping("/{code}")
    UnitView unit(@PathVariable String code) {
        return UnitView.of(registry.get(code));
    }

    @GetMapping("/{code}/children")
    List<UnitView> children(@PathVariable String code) {
        registry.get(code);
        return registry.children(code).stream().map(UnitView::of).toList();
    }

    @GetMapping
    List<UnitView> byKind(@RequestParam String kind) {
        UnitKind k;
        try {
            k = UnitKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid-kind", FieldLabels.field("kind") + " phải là một trong "
                    + java.util.Arrays.toString(UnitKind.values()) + ", không phải '" + kind + "'");
        }
        return registry.ofKind(k).stream().map(UnitView::of).toList();
    }
}
