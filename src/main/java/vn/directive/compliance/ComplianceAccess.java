package vn.directive.compliance;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitGroups;
import vn.directive.unit.UnitRegistry;
import vn.directive.web.ApiException;

/**
 * Who may read compliance figures: the administrator everything; anyone else a unit's figures when
 * they belong to one of that unit's groups or to a group of a unit above it. A province's leader
 * reads the whole province, a commune's clerk only the commune. The directive read API uses the same
 * membership rule ({@link #current()}, {@link #covers(Reader, String)}).
 */
@Component
public class ComplianceAccess {

    /** The signed-in reader; {@code units} is null for the administrator, who reads everything. */
    public record Reader(String userId, Set<String> units) {

        public boolean isAdministrator() {
            return units == null;
        }
    }

    private final IdentityService identityService;
    private final UnitRegistry units;

    ComplianceAccess(IdentityService identityService, UnitRegistry units) {
        this.identityService = identityService;
        this.units = units;
    }

    public Reader current() {
        Authentication auth = identityService.getCurrentAuthentication();
        if (auth == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in to read compliance figures");
        }
        List<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
        if (groups.contains(Groups.CAMUNDA_ADMIN)) {
            return new Reader(auth.getUserId(), null);
        }
        Set<String> own = new HashSet<>();
        groups.stream().map(UnitGroups::unitOf).filter(Objects::nonNull).forEach(own::add);
        return new Reader(auth.getUserId(), own);
    }

    /** Whether the reader is the administrator, or belongs to the unit or to a unit above it. */
    public boolean covers(Reader reader, String unitCode) {
        if (reader.isAdministrator()) {
            return true;
        }
        if (reader.units().contains(unitCode)) {
            return true;
        }
        for (Unit u = units.find(unitCode).orElse(null); u != null; u = units.find(u.parentCode()).orElse(null)) {
            if (reader.units().contains(u.code())) {
                return true;
            }
        }
        return false;
    }

    /** 403 unless the reader belongs to the unit or to a unit above it. */
    void requireMayRead(Reader reader, Unit unit) {
        if (covers(reader, unit.code())) {
            return;
        }
        throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "User " + reader.userId()
                + " belongs to no group of unit " + unit.code() + " or of a unit above it");
    }
}
