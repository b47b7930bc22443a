package vn.directive.cascade;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.directive.cascade.Obligations.Obligation;
import vn.directive.directive.DirectiveDraft;
import vn.directive.directive.DirectiveRegister;
import vn.directive.directive.DirectiveRegister.Registered;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitRegistry;

/** Where each unit stands on a directive: the rows of GET /api/directives/{id}/units. */
@Component
public class CascadeStatus {

    public record UnitRow(String unitCode, String unitName, String parentCode, String role, String status,
                          String statusName, Timestamp receivedAt, Timestamp acknowledgedAt, LocalDate reportDeadline,
                          Timestamp reportedAt, boolean overdue, int reminders, Timestamp closedAt,
                          String processInstanceId, ReceivedDocument receivedDocument,
                          List<ReportRecipients.Recipient> reportTo, ExtensionRequestSummary extensionRequest,
                          Timestamp recalledAt, String recallReason) {
    }

    /** The unit's open extension request, or else its last one; null when it never asked (CONTRACT section 8). */
    public record ExtensionRequestSummary(String id, LocalDate requestedDeadline, String status,
                                          LocalDate decidedDeadline, Timestamp requestedAt) {

        static ExtensionRequestSummary of(ExtensionRequests.Request r) {
            return r == null ? null : new ExtensionRequestSummary(r.id(), r.requestedDeadline(), r.status().name(),
                    r.decidedDeadline(), r.requestedAt());
        }
    }

    /**
     * The document a unit received: the registered directive for its recipient, the parent's implementing
     * document (as its clerk issued it) for every other unit. {@code number} is null while it has none.
     */
    public record ReceivedDocument(String number, LocalDate issuedOn, String issuer, String issuerUnitCode,
                                   String subject) {
    }

    private final Obligations obligations;
    private final UnitRegistry units;
    private final Deadlines deadlines;
    private final DirectiveRegister register;

    private final ReportRecipients recipients;
    private final ExtensionRequests extensionRequests;

    public CascadeStatus(Obligations obligations, UnitRegistry units, Deadlines deadlines, DirectiveRegister register,
                         ReportRecipients recipients, ExtensionRequests extensionRequests) {
        this.extensionRequests = extensionRequests;
        this.recipients = recipients;
        this.obligations = obligations;
        this.units = units;
        this.deadlines = deadlines;
        this.register = register;
    }

    public List<UnitRow> units(String directiveId) {
        List<Obligation> all = obligations.ofDirective(directiveId);
        Map<String, Obligation> byUnit = new HashMap<>();
        all.forEach(o -> byUnit.put(o.unitCode(), o));
        Registered directive = register.find(directiveId).orElse(null);
        Map<String, ExtensionRequests.Request> extensions = extensionRequests.latestOf(directiveId);
        Map<String, Obligations.Recall> recalls = obligations.recalls(directiveId);
        return all.stream().map(o -> row(o, directive, byUnit.get(o.parentCode()), extensions.get(o.unitCode()),
                recalls.get(o.unitCode()))).toList();
    }

    public Optional<UnitRow> unit(String directiveId, String unitCode) {
        return obligations.find(directiveId, unitCode).map(o -> row(o, register.find(directiveId).orElse(null),
                o.parentCode() == null ? null : obligations.find(directiveId, o.parentCode()).orElse(null),
                extensionRequests.latestOf(directiveId).get(unitCode),
                o.status() == UnitStatus.RECALLED ? obligations.recalls(directiveId).get(unitCode) : null));
    }

    private UnitRow row(Obligation o, Registered directive, Obligation parent, ExtensionRequests.Request extension,
                        Obligations.Recall recall) {
        String name = units.find(o.unitCode()).map(Unit::name).orElse(o.unitCode());
        return new UnitRow(o.unitCode(), name, o.parentCode(), o.role().name(), o.status().code(), o.status().label(),
                o.receivedAt(), o.acknowledgedAt(), o.reportDeadline(), o.reportedAt(), isOverdue(o), o.reminders(),
                o.closedAt(), o.processInstanceId(), received(directive, parent), o.reportTo() == null ? List.of() : recipients.read(o.reportTo()),
                ExtensionRequestSummary.of(extension), recall == null ? null : recall.at(),
                recall == null ? null : recall.reason());
    }

    /** The document a unit received: the directive when {@code parent} is null, else the parent's implementing one. */
    public ReceivedDocument received(Registered directive, Obligation parent) {
        if (parent == null) {
            if (directive == null) {
                return null;
            }
            DirectiveDraft d = directive.draft();
            return new ReceivedDocument(d.number(), d.issuedOn(), d.issuer(), null, d.subject());
        }
        String issuer = units.find(parent.unitCode()).map(Documents::issuingBody).orElse(parent.unitCode());
        return new ReceivedDocument(parent.implementingNumber(), parent.implementingDate(), issuer, parent.unitCode(),
                parent.implementingSubject());
    }

    /** Overdue once acknowledgement or report is past due and not done; a closed obligation stays overdue. */
    public boolean isOverdue(Obligation o) {
        if (o.closedAt() != null) {
            return true;
        }
        if (o.status() == UnitStatus.REPORTED || o.status() == UnitStatus.REFUSED || o.status() == UnitStatus.RECALLED) {
            return false;
        }
        if (o.overdue()) {
            return true;
        }
        if (o.status() == UnitStatus.RECEIVED) {
            return deadlines.isPast(o.ackDue());
        }
        return o.role().carriesOut() && o.reportDeadline() != null && deadlines.isPast(deadlines.reportDue(o.reportDeadline()));
    }
}
