package vn.directive.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The outbox (notification_outbox, V41). Rows are added in the caller's transaction (the engine's, for an event);
 * sending nodes claim due rows one by one with a conditional update, so two nodes on one PostgreSQL never send the
 * same row at once (the second update waits for the first and then finds the row locked), and a node killed while
 * sending leaves its rows to another once {@code lock-time} has passed. Times here are wall-clock times: the outbox
 * is the sender's queue, not part of the directive's record.
 */
@Repository
public class NotificationOutbox {

    /** What kind of event a row is. */
    public enum Kind { TASK, REMINDER, ESCALATION, DIGEST }

    /** Where a row stands. */
    public enum Status { PENDING, WAITING, DIGESTED, SENT, SKIPPED, FAILED }

    /** A row as written and as read back. */
    public record Message(long id, String eventKey, Kind kind, Status status, List<String> groups, String subject,
                          String body, String directiveId, String unitCode, String taskId, int attempts,
                          String lastError, Timestamp sentAt, Integer sentTo, Long digestId) {
    }

    private static final int ERROR_LENGTH = 2000;
    private static final RowMapper<Message> ROW = (rs, i) -> new Message(rs.getLong("id"), rs.getString("event_key"),
            Kind.valueOf(rs.getString("kind")), Status.valueOf(rs.getString("status")), groups(rs.getString("recipients")),
            rs.getString("subject"), rs.getString("body"), rs.getString("directive_id"), rs.getString("unit_code"),
            rs.getString("task_id"), rs.getInt("attempts"), rs.getString("last_error"), rs.getTimestamp("sent_at"),
            (Integer) rs.getObject("sent_to", Integer.class), (Long) rs.getObject("digest_id", Long.class));

    private final JdbcTemplate jdbc;

    public NotificationOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds a row unless one with the same event key is there already (an event is written once, whatever calls it
     * twice); true when added.
     */
    public boolean add(String eventKey, Kind kind, Status status, List<String> groups, String subject, String body,
                       String directiveId, String unitCode, String taskId) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.update("insert into notification_outbox (event_key, kind, status, recipients, subject, body, directive_id, "
                        + "unit_code, task_id, created_at, next_attempt_at, attempts) "
                        + "select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0 from (values (1)) as one (x) "
                        + "where not exists (select 1 from notification_outbox where event_key = ?)",
                cut(eventKey, 200), kind.name(), status.name(), cut(String.join(",", groups), 4000), cut(subject, 1000),
                cut(body, 20000), directiveId, unitCode, taskId, now, now, cut(eventKey, 200)) == 1;
    }

    /**
     * Claims up to {@code limit} due rows for {@code node} until {@code lockedUntil}: each with its own update that
     * succeeds only if nobody holds the row, so a row is claimed by one node at a time.
     */
    public List<Message> claim(String node, Instant now, Instant lockedUntil, int limit) {
        Timestamp at = Timestamp.from(now);
        List<Long> candidates = jdbc.queryForList("select id from notification_outbox where status = ? and next_attempt_at <= ? "
                        + "and (locked_until is null or locked_until < ?) order by id fetch first " + limit + " rows only",
                Long.class, Status.PENDING.name(), at, at);
        List<Message> claimed = new ArrayList<>();
        for (Long id : candidates) {
            int updated = jdbc.update("update notification_outbox set locked_by = ?, locked_until = ? where id = ? and status = ? "
                            + "and (locked_until is null or locked_until < ?)",
                    node, Timestamp.from(lockedUntil), id, Status.PENDING.name(), at);
            if (updated == 1) {
                find(id).ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    /** Sent to {@code addresses} addresses; the node's lock is released. */
    public void sent(long id, String node, int addresses) {
        jdbc.update("update notification_outbox set status = ?, sent_at = ?, sent_to = ?, locked_by = null, locked_until = null, "
                + "attempts = attempts + 1 where id = ? and locked_by = ?", Status.SENT.name(), Timestamp.from(Instant.now()),
                addresses, id, node);
    }

    /** Nobody to send to: no member of the groups has an address. */
    public void skipped(long id, String node, String reason) {
        jdbc.update("update notification_outbox set status = ?, last_error = ?, locked_by = null, locked_until = null "
                + "where id = ? and locked_by = ?", Status.SKIPPED.name(), cut(reason, ERROR_LENGTH), id, node);
    }

    /**
     * A failed attempt: the error kept, the row left to retry at {@code retryAt}, or given up (FAILED) when this was
     * the last attempt allowed.
     */
    public void failed(long id, String node, String error, Instant retryAt, boolean giveUp) {
        jdbc.update("update notification_outbox set status = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ?, "
                        + "locked_by = null, locked_until = null where id = ? and locked_by = ?",
                (giveUp ? Status.FAILED : Status.PENDING).name(), cut(error, ERROR_LENGTH), Timestamp.from(retryAt), id, node);
    }

    /** Escalations not yet in a digest, oldest first. */
    public List<Message> waitingEscalations() {
        return jdbc.query("select * from notification_outbox where kind = ? and status = ? order by id", ROW,
                Kind.ESCALATION.name(), Status.WAITING.name());
    }

    /** The escalation is listed in digest {@code digestId}; false when another digest took it first. */
    public boolean digested(long escalationId, long digestId) {
        return jdbc.update("update notification_outbox set status = ?, digest_id = ? where id = ? and status = ?",
                Status.DIGESTED.name(), digestId, escalationId, Status.WAITING.name()) == 1;
    }

    /** Forgets what was done with before {@code before}: rows sent, skipped, digested or given up. */
    public int purge(Instant before) {
        return jdbc.update("delete from notification_outbox where created_at < ? and status in (?, ?, ?, ?)",
                Timestamp.from(before), Status.SENT.name(), Status.SKIPPED.name(), Status.DIGESTED.name(), Status.FAILED.name());
    }

    public Optional<Message> find(long id) {
        return jdbc.query("select * from notification_outbox where id = ?", ROW, id).stream().findFirst();
    }

    public Optional<Message> findByEventKey(String eventKey) {
        return jdbc.query("select * from notification_outbox where event_key = ?", ROW, eventKey).stream().findFirst();
    }

    /** Every row, oldest first (for tests and for an operator's look). */
    public List<Message> all() {
        return jdbc.query("select * from notification_outbox order by id", ROW);
    }

    private static List<String> groups(String recipients) {
        return recipients == null || recipients.isBlank() ? List.of() : List.of(recipients.split(","));
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
