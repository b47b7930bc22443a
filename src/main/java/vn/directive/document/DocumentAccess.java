package vn.directive.document;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.directive.directive.DirectiveRegister.Registered;
import vn.directive.cascade.ReportRecipients;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitGroups;
import vn.directive.unit.UnitRegistry;

/**
 * Who may read a directive's documents and files, and who may add files. Read: the administrator, and the users
 * of every unit the directive reached (its rows in directive_unit) and of the units above them. Since a unit is
 * only ever assigned by its parent, the units above a reached unit are reached units themselves up to the
 * recipient, then the recipient's ancestors. Write: the clerks and leaders of the unit whose document it is.
 */
@Component
public class DocumentAccess {

    /** The signed-in user: the units of their groups, and whether they administer everything. */
    public record Reader(String userId, List<String> groups, Set<String> units, boolean administrator) {

        /** A clerk (văn thư) or leader (lãnh đạo) of the unit, or the administrator. */
        public boolean mayUploadFor(String unitCode) {
            return administrator || groups.contains(UnitGroups.of(unitCode).clerks())
                    || groups.contains(UnitGroups.of(unitCode).leaders());
        }

        /** Anyone of the unit who may write or sign its report: its officers, leaders or clerks, or the administrator. */
        public boolean mayReportFor(String unitCode) {
            return mayUploadFor(unitCode) || groups.contains(UnitGroups.of(unitCode).officers());
        }
    }

    private final IdentityService identityService;
    private final UnitRegistry units;
    private final JdbcTemplate jdbc;
    private final ReportRecipients recipients;

    public DocumentAccess(IdentityService identityService, UnitRegistry units, JdbcTemplate jdbc,
                          ReportRecipients recipients) {
        this.recipients = recipients;
        this.identityService = identityService;
        this.units = units;
        this.jdbc = jdbc;
    }

    /** The user the request was authenticated as; empty without one. */
    public Optional<Reader> current() {
        Authentication auth = identityService.getCurrentAuthentication();
        if (auth == null || auth.getUserId() == null) {
            return Optional.empty();
        }
        List<String> groups = auth.getGroupIds() == null ? List.of() : List.copyOf(auth.getGroupIds());
        Set<String> own = new HashSet<>();
        groups.stream().map(UnitGroups::unitOf).filter(Objects::nonNull).forEach(own::add);
        return Optional.of(new Reader(auth.getUserId(), groups, Collections.unmodifiableSet(own),
                groups.contains(Groups.CAMUNDA_ADMIN)));
    }

    public boolean mayRead(Reader reader, Registered directive) {
        if (reader.administrator()) {
            return true;
        }
        if (reader.units().isEmpty()) {
            return false;
        }
        for (Unit u = units.find(directive.recipientCode()).orElse(null); u != null;
             u = units.find(u.parentCode()).orElse(null)) {
            if (reader.units().contains(u.code())) {
                return true;
            }
        }
        List<String> codes = List.copyOf(reader.units());
        String in = String.join(", ", Collections.nCopies(codes.size(), "?"));
        Object[] args = new Object[codes.size() + 1];
        args[0] = directive.id();
        for (int i = 0; i < codes.size(); i++) {
            args[i + 1] = codes.get(i);
        }
        Integer n = jdbc.queryForObject("select count(*) from directive_unit where directive_id = ? and unit_code in ("
                + in + ")", Integer.class, args);
        // a (b/c) recipient of a unit's report under the directive reads its documents and report too
        return n != null && n > 0 || !recipients.reportingTo(directive.id(), reader.units()).isEmpty();
    }
}
