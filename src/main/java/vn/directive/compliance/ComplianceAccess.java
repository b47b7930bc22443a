package vn.directive.compliance;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.directive.cascade.Obligations;
import vn.directive.cascade.ReportRecipients;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitDataset;
import vn.directive.unit.UnitGroups;
import vn.directive.unit.UnitRegistry;
import vn.directive.web.ApiException;

/**
 * Who may read compliance figures: the administrator and the Government Office (the national root)
 * everything; anyone else a unit's figures when they belong to one of that unit's groups (its clerks,
 * leaders, officers or supervisors, {@code <code>.supervisors}) or to a group of a unit above it.
 * A province's leader reads the whole province, a commune's clerk only the commune, a user an
 * administrator added to {@code 105.supervisors} district 105 and what lies below it.
 */
@Component
public class ComplianceAccess {

    /** The signed-in reader; {@code units} is null for a reader who sees the whole country. */
    public record Reader(String userId, Set<String> units) {

        public boolean seesAll() {
            return units == null;
        }

        /** The administrator or the Government Office: reads everything. */
        public boolean isAdministrator() {
            return seesAll();
        }
    }

    /**
     * What one reader sees of one directive: whether it reached them at all (a unit of theirs received it, or is a
     * (b/c) recipient of a unit's report under it), and which units' rows they read: their own units and below,
     * and the subtree of each unit that reports to them (b/c).
     */
    public record DirectiveScope(boolean reached, java.util.function.Predicate<String> visible) {
    }

    private final IdentityService identityService;
    private final UnitRegistry units;
    private final Obligations obligations;
    private final ReportRecipients recipients;

    ComplianceAccess(IdentityService identityService, UnitRegistry units, Obligations obligations,
                     ReportRecipients recipients) {
        this.identityService = identityService;
        this.units = units;
        this.obligations = obligations;
        this.recipients = recipients;
    }

    /** The reader's view of one directive (the rule of every read under /api/directives/{id}). */
    public DirectiveScope scope(Reader reader, String directiveId) {
        if (reader.seesAll()) {
            return new DirectiveScope(true, code -> true);
        }
        boolean received = reader.units().stream().anyMatch(u -> obligations.find(directiveId, u).isPresent());
        Set<String> reporting = Set.copyOf(recipients.reportingTo(directiveId, reader.units()));
        return new DirectiveScope(received || !reporting.isEmpty(),
                code -> covers(reader, code) || reporting.contains(code) || hasAncestorIn(code, reporting));
    }

    private boolean hasAncestorIn(String unitCode, Set<String> codes) {
        if (codes.isEmpty()) {
            return false;
        }
        Unit u = units.find(unitCode).orElse(null);
        for (u = u == null ? null : units.find(u.parentCode()).orElse(null); u != null; u = units.find(u.parentCode()).orElse(null)) {
            if (codes.contains(u.code())) {
                return true;
            }
        }
        return false;
    }

    public Reader current() {
        Authentication auth = identityService.getCurrentAuthentication();
        if (auth == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated", "Hãy đăng nhập để xem số liệu tuân thủ");
        }
        List<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
        if (groups.contains(Groups.CAMUNDA_ADMIN)) {
            return new Reader(auth.getUserId(), null);
        }
        Set<String> own = new HashSet<>();
        groups.stream().map(UnitGroups::unitOf).filter(Objects::nonNull).forEach(own::add);
        groups.stream().map(UnitGroups::supervisedUnitOf).filter(Objects::nonNull).forEach(own::add);
        // the Government Office stands above every province, and watches the central bodies' directives too
        return own.contains(UnitDataset.NATIONAL_RECIPIENT) ? new Reader(auth.getUserId(), null)
                : new Reader(auth.getUserId(), own);
    }

    /** Does the reader belong to the unit or to a unit above it? */
    boolean mayRead(Reader reader, Unit unit) {
        if (reader.seesAll()) {
            return true;
        }
        for (Unit u = unit; u != null; u = units.find(u.parentCode()).orElse(null)) {
            if (reader.units().contains(u.code())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the reader sees everything, or belongs to the unit or to a unit above it (the directive read API's rule too). */
    public boolean covers(Reader reader, String unitCode) {
        if (reader.seesAll() || reader.units().contains(unitCode)) {
            return true;
        }
        return units.find(unitCode).map(u -> mayRead(reader, u)).orElse(false);
    }

    /** 403 unless the reader belongs to the unit or to a unit above it. */
    void requireMayRead(Reader reader, Unit unit) {
        if (!mayRead(reader, unit)) {
            throw forbidden(reader, unit.name() + " (" + unit.code() + ")");
        }
    }

    /** The units whose subtrees the reader watches (known to the registry). */
    List<Unit> roots(Reader reader) {
        return reader.units().stream().map(units::find).flatMap(Optional::stream).toList();
    }

    /** 403: {@code what} says in Vietnamese what the reader wanted to read ("Huyện Mường Tè (107)"). */
    ApiException forbidden(Reader reader, String what) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Người dùng " + reader.userId()
                + " không thuộc nhóm nào của " + what + " hay của đơn vị cấp trên");
    }
}
