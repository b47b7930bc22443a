package vn.directive.cascade;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import vn.directive.cascade.ExtensionProcess.Status;
import vn.directive.web.ApiException;

/** The extension_request table (V44): one row per request of a unit for a later report deadline. */
@Repository
public class ExtensionRequests {

    /** One request and, once decided, its decision. */
    public record Request(String id, String directiveId, String unitCode, LocalDate requestedDeadline, String reason,
                          Timestamp requestedAt, String requestedBy, Status status, LocalDate decidedDeadline,
                          String decisionReason, Timestamp decidedAt, String decidedBy, String processInstanceId) {
    }

    private static final String COLUMNS = "id, directive_id, unit_code, requested_deadline, reason, requested_at, "
            + "requested_by, status, decided_deadline, decision_reason, decided_at, decided_by, process_instance_id";

    private static final RowMapper<Request> MAPPER = (rs, i) -> new Request(rs.getString("id"),
            rs.getString("directive_id"), rs.getString("unit_code"), localDate(rs.getDate("requested_deadline")),
            rs.getString("reason"), rs.getTimestamp("requested_at"), rs.getString("requested_by"),
            Status.valueOf(rs.getString("status")), localDate(rs.getDate("decided_deadline")),
            rs.getString("decision_reason"), rs.getTimestamp("decided_at"), rs.getString("decided_by"),
            rs.getString("process_instance_id"));

    private final JdbcTemplate jdbc;

    public ExtensionRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new OPEN request; a second open one for the same unit is 409 (the table's unique key decides races). */
    public void insert(String id, String directiveId, String unitCode, LocalDate requestedDeadline, String reason,
                       java.util.Date at, String by, String processInstanceId) {
        try {
            jdbc.update("insert into extension_request (id, directive_id, unit_code, requested_deadline, reason, "
                            + "requested_at, requested_by, status, process_instance_id, open_unit) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, directiveId, unitCode, Date.valueOf(requestedDeadline), reason, new Timestamp(at.getTime()), by,
                    Status.OPEN.name(), processInstanceId, unitCode);
        } catch (DuplicateKeyException e) {
            throw ExtensionRules.alreadyOpen(unitCode);
        }
    }

    public void decide(String id, Status status, LocalDate deadline, String reason, java.util.Date at, String by) {
        int n = jdbc.update("update extension_request set status = ?, decided_deadline = ?, decision_reason = ?, "
                        + "decided_at = ?, decided_by = ?, open_unit = null where id = ? and status = ?",
                status.name(), deadline == null ? null : Date.valueOf(deadline), reason, new Timestamp(at.getTime()), by,
                id, Status.OPEN.name());
        if (n != 1) {
            throw new IllegalStateException("extension request " + id + " is not open");
        }
    }

    public Optional<Request> find(String id) {
        return jdbc.query("select " + COLUMNS + " from extension_request where id = ?", MAPPER, id).stream().findFirst();
    }

    public Optional<Request> open(String directiveId, String unitCode) {
        return jdbc.query("select " + COLUMNS + " from extension_request where directive_id = ? and open_unit = ?",
                MAPPER, directiveId, unitCode).stream().findFirst();
    }

    /** A unit's requests under one directive, oldest first. */
    public List<Request> of(String directiveId, String unitCode) {
        return jdbc.query("select " + COLUMNS + " from extension_request where directive_id = ? and unit_code = ? "
                + "order by requested_at, id", MAPPER, directiveId, unitCode);
    }

    /** Per unit the open request, or else the last one: what GET …/units shows. */
    public Map<String, Request> latestOf(String directiveId) {
        Map<String, Request> out = new HashMap<>();
        for (Request r : jdbc.query("select " + COLUMNS + " from extension_request where directive_id = ? "
                + "order by requested_at, id", MAPPER, directiveId)) {
            Request before = out.get(r.unitCode());
            if (before == null || before.status() != Status.OPEN) {
                out.put(r.unitCode(), r);
            }
        }
        return out;
    }

    static ApiException unknown(String id) {
        return ApiException.notFound("unknown-extension-request", "Không có đề nghị gia hạn mã '" + id + "'");
    }

    private static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
