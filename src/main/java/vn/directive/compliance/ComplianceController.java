package vn.directive.compliance;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directive.compliance.ComplianceAccess.Reader;
import vn.directive.compliance.ComplianceQueries.DirectiveSummary;
import vn.directive.compliance.ComplianceQueries.Scope;
import vn.directive.compliance.ComplianceQueries.UnitCompliance;
import vn.directive.directive.DirectiveRegister;
import vn.directive.directive.DirectiveRegister.Registered;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitRegistry;
import vn.directive.web.ApiException;
import vn.directive.web.FieldLabels;

/** Section 7 of the contract: what is done on time, done late, within its deadline, and overdue. */
@RestController
@RequestMapping("/api/reports")
class ComplianceController {

    /** A whole cascade of the 2021 tree fits in one page; larger subtrees are read page by page. */
    static final int MAX_ROWS = 20_000;
    static final int DEFAULT_ROWS = 10_000;
    static final int MAX_DIRECTIVES = 1_000;

    private final ComplianceQueries queries;
    private final ComplianceAccess access;
    private final DirectiveRegister register;
    private final UnitRegistry units;

    ComplianceController(ComplianceQueries queries, ComplianceAccess access, DirectiveRegister register,
                         UnitRegistry units) {
        this.queries = queries;
        this.access = access;
        this.register = register;
        this.units = units;
    }

    /**
     * The four counts over the whole scope, the refused and the informed (để biết) units beside them, and
     * one page of unit rows.
     * {@code total} is the number of rows in the scope, so a client sees when a page is not all of it.
     */
    record ComplianceReport(long onTime, long late, long inProgress, long overdue, long refused, long informed, long total,
                            long recalled,
                            int offset, int limit, List<UnitCompliance> units) {
    }

    @GetMapping("/compliance")
    ComplianceReport compliance(@RequestParam(required = false) String directive,
                                @RequestParam(required = false) String unit,
                                @RequestParam(defaultValue = "0") int offset,
                                @RequestParam(defaultValue = "" + DEFAULT_ROWS) int limit) {
        boolean byDirective = directive != null && !directive.isBlank();
        boolean byUnit = unit != null && !unit.isBlank();
        if (byDirective == byUnit) {
            throw ApiException.badRequest(byDirective ? "ambiguous-scope" : "missing-parameter",
                    "Cần đúng một trong hai tham số: directive (mã văn bản) hoặc unit (mã đơn vị)");
        }
        if (offset < 0) {
            throw ApiException.badRequest("invalid-parameter", FieldLabels.field("offset") + " không được âm, không phải " + offset);
        }
        if (limit < 0 || limit > MAX_ROWS) {
            throw ApiException.badRequest("invalid-parameter",
                    FieldLabels.field("limit") + " phải từ 0 đến " + MAX_ROWS + ", không phải " + limit);
        }
        Reader reader = access.current();
        Scope scope;
        boolean partOfIt = false;
        if (byDirective) {
            Registered d = register.find(directive.trim()).orElseThrow(() -> ApiException.notFound("unknown-directive",
                    "Không có văn bản mã '" + directive.trim() + "'"));
            if (access.mayRead(reader, units.get(d.recipientCode()))) {
                scope = Scope.directive(d.id());
            } else {
                // a directive received above the reader (a Prime Minister's telegram to the Government Office):
                // the part of its cascade within the reader's units, if it reached them at all
                List<Unit> roots = access.roots(reader);
                if (roots.isEmpty()) {
                    throw access.forbidden(reader, "các đơn vị văn bản " + d.id() + " đã đến");
                }
                scope = Scope.directiveWithin(d.id(), roots);
                partOfIt = true;
            }
        } else {
            Unit u = units.get(unit.trim());
            access.requireMayRead(reader, u);
            scope = Scope.subtree(u);
        }
        Map<Category, Long> counts = queries.counts(scope);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (partOfIt && total == 0) {
            throw access.forbidden(reader, "các đơn vị văn bản " + directive.trim() + " đã đến");
        }
        List<UnitCompliance> rows = limit == 0 ? List.of() : queries.rows(scope, offset, limit);
        return new ComplianceReport(counts.get(Category.ON_TIME), counts.get(Category.LATE),
                counts.get(Category.IN_PROGRESS), counts.get(Category.OVERDUE), counts.get(Category.REFUSED),
                counts.get(Category.INFORMED), total, counts.get(Category.RECALLED),
                offset, limit, rows);
    }

    /** The newest directives that reached a unit the reader may see, for the Cockpit view's picker. */
    @GetMapping("/directives")
    List<DirectiveSummary> directives(@RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > MAX_DIRECTIVES) {
            throw ApiException.badRequest("invalid-parameter",
                    FieldLabels.field("limit") + " phải từ 1 đến " + MAX_DIRECTIVES + ", không phải " + limit);
        }
        Reader reader = access.current();
        if (reader.seesAll()) {
            return queries.directives(null, limit);
        }
        List<Unit> roots = access.roots(reader);
        return roots.isEmpty() ? List.of() : queries.directives(roots, limit);
    }
}
