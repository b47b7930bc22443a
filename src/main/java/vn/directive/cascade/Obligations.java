package vn.directive.cascade;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The directive_unit table: one row per unit a directive reached. Every status change of the cascade
 * goes through here, in the same transaction as the engine step that causes it.
 */
@Repository
public class Obligations {

    /** One unit's obligation under one directive. */
    public record Obligation(String directiveId, String unitCode, String parentCode, Role role, String taskText,
                             UnitStatus status, Timestamp receivedAt, Timestamp ackDue, Timestamp acknowledgedAt,
                             String refusalReason, LocalDate reportDeadline, Timestamp reportedAt,
                             String reportSummary, String implementingNumber, LocalDate implementingDate,
                             Timestamp closedAt, boolean overdue, int reminders, String processInstanceId,
                             String implementingSubject, String reportTo) {
    }

    static final String COLUMNS = "directive_id, unit_code, parent_code, role, task_text, status, received_at, ack_due, "
            + "acknowledged_at, refusal_reason, report_deadline, reported_at, report_summary, implementing_number, "
            + "implementing_date, closed_at, overdue, reminders, process_instance_id, implementing_subject, report_to";

    static final RowMapper<Obligation> MAPPER = (rs, i) -> new Obligation(
            rs.getString("directive_id"), rs.getString("unit_code"), rs.getString("parent_code"),
            Role.valueOf(rs.getString("role")), rs.getString("task_text"), UnitStatus.ofCode(rs.getString("status")),
            rs.getTimestamp("received_at"), rs.getTimestamp("ack_due"), rs.getTimestamp("acknowledged_at"),
            rs.getString("refusal_reason"), localDate(rs.getDate("report_deadline")), rs.getTimestamp("reported_at"),
            rs.getString("report_summary"), rs.getString("implementing_number"),
            localDate(rs.getDate("implementing_date")), rs.getTimestamp("closed_at"), rs.getBoolean("overdue"),
            rs.getInt("reminders"), rs.getString("process_instance_id"), rs.getString("implementing_subject"), rs.getString("report_to"));

    private final JdbcTemplate jdbc;

    public Obligations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insertReceived(String directiveId, String unitCode, String parentCode, Role role, String taskText,
                               LocalDate reportDeadline, java.util.Date now) {
        jdbc.update("insert into directive_unit (directive_id, unit_code, parent_code, role, task_text, status, "
                        + "received_at, report_deadline) values (?, ?, ?, ?, ?, ?, ?, ?)",
                directiveId, unitCode, parentCode, role.name(), taskText, UnitStatus.RECEIVED.code(), ts(now),
                Date.valueOf(reportDeadline));
    }

    public void batchInsertReceived(String directiveId, String parentCode, List<Assignment> assignments,
                                    java.util.Date now) {
        jdbc.batchUpdate("insert into directive_unit (directive_id, unit_code, parent_code, role, task_text, status, "
                        + "received_at, report_deadline) values (?, ?, ?, ?, ?, ?, ?, ?)", assignments, 500,
                (ps, a) -> {
                    ps.setString(1, directiveId);
                    ps.setString(2, a.unitCode());
                    ps.setString(3, parentCode);
                    ps.setString(4, a.role().name());
                    ps.setString(5, a.task());
                    ps.setString(6, UnitStatus.RECEIVED.code());
                    ps.setTimestamp(7, ts(now));
                    ps.setDate(8, Date.valueOf(a.reportDeadline()));
                });
    }

    public Optional<Obligation> find(String directiveId, String unitCode) {
        return jdbc.query("select " + COLUMNS + " from directive_unit where directive_id = ? and unit_code = ?",
                MAPPER, directiveId, unitCode).stream().findFirst();
    }

    public List<Obligation> ofDirective(String directiveId) {
        return jdbc.query("select " + COLUMNS + " from directive_unit where directive_id = ? order by received_at, unit_code",
                MAPPER, directiveId);
    }

    public List<Obligation> children(String directiveId, String parentCode) {
        return jdbc.query("select " + COLUMNS + " from directive_unit where directive_id = ? and parent_code = ? "
                + "order by unit_code", MAPPER, directiveId, parentCode);
    }

    public void started(String directiveId, String unitCode, String processInstanceId, java.util.Date ackDue) {
        jdbc.update("update directive_unit set process_instance_id = ?, ack_due = ? where directive_id = ? and unit_code = ?",
                processInstanceId, ts(ackDue), directiveId, unitCode);
    }

    public void acknowledged(String directiveId, String unitCode, java.util.Date now) {
        jdbc.update("update directive_unit set status = ?, acknowledged_at = ?, overdue = false "
                + "where directive_id = ? and unit_code = ?", UnitStatus.ACKNOWLEDGED.code(), ts(now), directiveId, unitCode);
    }

    public void refused(String directiveId, String unitCode, String reason, java.util.Date now) {
        jdbc.update("update directive_unit set status = ?, refusal_reason = ?, acknowledged_at = ?, overdue = false "
                        + "where directive_id = ? and unit_code = ?", UnitStatus.REFUSED.code(), reason, ts(now),
                directiveId, unitCode);
    }

    public void status(String directiveId, String unitCode, UnitStatus status) {
        jdbc.update("update directive_unit set status = ? where directive_id = ? and unit_code = ?",
                status.code(), directiveId, unitCode);
    }

    public void issued(String directiveId, String unitCode, String number, LocalDate date, String subject) {
        jdbc.update("update directive_unit set status = ?, implementing_number = ?, implementing_date = ?, "
                        + "implementing_subject = ? where directive_id = ? and unit_code = ?",
                UnitStatus.IN_PROGRESS.code(), number, Date.valueOf(date), subject, directiveId, unitCode);
    }

    public void reported(String directiveId, String unitCode, String summary, java.util.Date now) {
        jdbc.update("update directive_unit set status = ?, report_summary = ?, reported_at = ? "
                        + "where directive_id = ? and unit_code = ?", UnitStatus.REPORTED.code(), summary, ts(now),
                directiveId, unitCode);
    }

    public void overdue(String directiveId, String unitCode) {
        jdbc.update("update directive_unit set overdue = true where directive_id = ? and unit_code = ?",
                directiveId, unitCode);
    }

    public void reminded(String directiveId, String unitCode) {
        jdbc.update("update directive_unit set reminders = reminders + 1 where directive_id = ? and unit_code = ?",
                directiveId, unitCode);
    }

    public void extendAcknowledgement(String directiveId, String unitCode, java.util.Date ackDue) {
        jdbc.update("update directive_unit set ack_due = ?, overdue = false where directive_id = ? and unit_code = ?",
                ts(ackDue), directiveId, unitCode);
    }

    public void extendReport(String directiveId, String unitCode, LocalDate deadline) {
        jdbc.update("update directive_unit set report_deadline = ?, overdue = false where directive_id = ? and unit_code = ?",
                Date.valueOf(deadline), directiveId, unitCode);
    }

    /** A closed obligation is not done and stays overdue; what it had passed on below is closed with it. */
    public void closed(String directiveId, String unitCode, java.util.Date now) {
        jdbc.update("update directive_unit set closed_at = ?, overdue = true where directive_id = ? and unit_code = ? "
                + "and closed_at is null", ts(now), directiveId, unitCode);
    }

    /**
     * Is the obligation still open? Not reported, refused, closed or recalled, and not an informed (để biết)
     * unit that has acknowledged (its part ended there).
     */
    public static boolean isOpen(Obligation o) {
        if (o.closedAt() != null) {
            return false;
        }
        return switch (o.status()) {
            case REPORTED, REFUSED, RECALLED -> false;
            case RECEIVED -> true;
            default -> o.role().carriesOut();
        };
    }

    /** Recalled (status 13): when and why; the obligation is no longer overdue. Only an open row changes. */
    public boolean recalled(String directiveId, String unitCode, String reason, java.util.Date now) {
        return jdbc.update("update directive_unit set status = ?, recalled_at = ?, recall_reason = ?, overdue = false "
                        + "where directive_id = ? and unit_code = ? and status <> ?", UnitStatus.RECALLED.code(), ts(now),
                reason, directiveId, unitCode, UnitStatus.RECALLED.code()) > 0;
    }

    /** An amendment of the unit's implementing document: its new number and/or subject (null keeps the old one). */
    public void amendImplementing(String directiveId, String unitCode, String number, String subject) {
        jdbc.update("update directive_unit set implementing_number = coalesce(?, implementing_number), "
                + "implementing_subject = coalesce(?, implementing_subject) where directive_id = ? and unit_code = ?",
                number, subject, directiveId, unitCode);
    }

    /** When and why an obligation was recalled. */
    public record Recall(Timestamp at, String reason) {
    }

    /** The recalled obligations of a directive by unit code. */
    public java.util.Map<String, Recall> recalls(String directiveId) {
        java.util.Map<String, Recall> m = new java.util.HashMap<>();
        jdbc.query("select unit_code, recalled_at, recall_reason from directive_unit where directive_id = ? "
                + "and recalled_at is not null", rs -> {
                    m.put(rs.getString("unit_code"), new Recall(rs.getTimestamp("recalled_at"), rs.getString("recall_reason")));
                }, directiveId);
        return m;
    }

    /**
     * A unit assigned again under a replacement document (after its parent recalled the first one): its old row and
     * everything below it give way to the new obligation; the recall stays in the unit's history (unit_history).
     */
    public void replaceForReassignment(String directiveId, String parentCode, List<String> unitCodes) {
        java.util.Set<String> assigned = new java.util.HashSet<>(unitCodes);
        java.util.List<String> pending = new java.util.ArrayList<>();
        for (Obligation earlier : children(directiveId, parentCode)) {
            if (assigned.contains(earlier.unitCode())) {
                pending.add(earlier.unitCode());
            }
        }
        for (int i = 0; i < pending.size(); i++) {
            for (Obligation child : children(directiveId, pending.get(i))) {
                pending.add(child.unitCode());
            }
        }
        for (String code : pending) {
            jdbc.update("delete from unit_figure where directive_id = ? and unit_code = ?", directiveId, code);
            jdbc.update("delete from directive_unit where directive_id = ? and unit_code = ?", directiveId, code);
        }
    }

    /** A subordinate's obligation as the assignment form submits it. */
    public record Assignment(String unitCode, Role role, String task, LocalDate reportDeadline) {
    }

    private static Timestamp ts(java.util.Date d) {
        return d == null ? null : new Timestamp(d.getTime());
    }

    private static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
