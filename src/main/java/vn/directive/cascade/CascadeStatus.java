package vn.directive.cascade;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.directive.cascade.Obligations.Obligation;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitRegistry;

/** Where each unit stands on a directive: the rows of GET /api/directives/{id}/units. */
@Component
public class CascadeStatus {

    public record UnitRow(String unitCode, String unitName, String parentCode, String role, String status,
                          String statusName, Timestamp receivedAt, Timestamp acknowledgedAt, LocalDate reportDeadline,
                          Timestamp reportedAt, boolean overdue, int reminders, Timestamp closedAt,
                          String processInstanceId) {
    }

    private final Obligations obligations;
    private final UnitRegistry units;
    private final Deadlines deadlines;

    public CascadeStatus(Obligations obligations, UnitRegistry units, Deadlines deadlines) {
        this.obligations = obligations;
        this.units = units;
        this.deadlines = deadlines;
    }

    public List<UnitRow> units(String directiveId) {
        return obligations.ofDirective(directiveId).stream().map(this::row).toList();
    }

    public Optional<UnitRow> unit(String directiveId, String unitCode) {
        return obligations.find(directiveId, unitCode).map(this::row);
    }

    private UnitRow row(Obligation o) {
        String name = units.find(o.unitCode()).map(Unit::name).orElse(o.unitCode());
        return new UnitRow(o.unitCode(), name, o.parentCode(), o.role().name(), o.status().code(), o.status().label(),
                o.receivedAt(), o.acknowledgedAt(), o.reportDeadline(), o.reportedAt(), isOverdue(o), o.reminders(),
                o.closedAt(), o.processInstanceId());
    }

    /** Overdue once acknowledgement or report is past due and not done; a closed obligation stays overdue. */
    public boolean isOverdue(Obligation o) {
        if (o.closedAt() != null) {
            return true;
        }
        if (o.status() == UnitStatus.REPORTED || o.status() == UnitStatus.REFUSED) {
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
