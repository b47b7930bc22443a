package vn.directive.cascade;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The overdue_decision table (V20): every decision of Xử lý chậm trễ, with the leader's note. */
@Repository
public class OverdueDecisions {

    /** One decision on one unit's overdue work. */
    public record Decision(String directiveId, String unitCode, OverdueAction action, LocalDate newDeadline, String note,
                           Timestamp decidedAt, String decidedBy) {
    }

    private final JdbcTemplate jdbc;
    private final IdentityService identityService;

    public OverdueDecisions(JdbcTemplate jdbc, IdentityService identityService) {
        this.jdbc = jdbc;
        this.identityService = identityService;
    }

    public void record(String directiveId, String unitCode, OverdueAction action, LocalDate newDeadline, String note,
                       java.util.Date now) {
        Authentication auth = identityService.getCurrentAuthentication();
        jdbc.update("insert into overdue_decision (id, directive_id, unit_code, action, new_deadline, note, decided_at, "
                        + "decided_by) values (?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), directiveId, unitCode, action.name(),
                newDeadline == null ? null : Date.valueOf(newDeadline), note == null || note.isBlank() ? null : note,
                new Timestamp(now.getTime()), auth == null ? null : auth.getUserId());
    }

    /** A unit's decisions under one directive, oldest first. */
    public List<Decision> of(String directiveId, String unitCode) {
        return jdbc.query("select directive_id, unit_code, action, new_deadline, note, decided_at, decided_by "
                        + "from overdue_decision where directive_id = ? and unit_code = ? order by decided_at, id",
                (rs, i) -> new Decision(rs.getString("directive_id"), rs.getString("unit_code"),
                        OverdueAction.valueOf(rs.getString("action")),
                        rs.getDate("new_deadline") == null ? null : rs.getDate("new_deadline").toLocalDate(),
                        rs.getString("note"), rs.getTimestamp("decided_at"), rs.getString("decided_by")),
                directiveId, unitCode);
    }
}
