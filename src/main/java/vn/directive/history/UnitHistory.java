package vn.directive.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The audit trail (unit_history, V40): one row per human step on a unit's obligation, written in the step's own
 * transaction, so a step that is rolled back leaves no row and a step that is confirmed always has one. The user is
 * the engine's current authentication (Tasklist, REST), unless the caller names one.
 */
@Repository
public class UnitHistory {

    /** One step: when, who, which action (an {@link Action} name) and what was submitted. */
    public record Entry(Timestamp at, String userId, String action, Map<String, Object> details) {
    }

    /** The actions of the contract's history, in its words. */
    public enum Action {
        ACKNOWLEDGE, REFUSE, ASSIGN, ISSUE, REPORT, REMIND, EXTEND, CLOSE, RECALL, AMEND, ACKNOWLEDGE_AMENDMENT,
        EXTENSION_REQUEST, EXTENSION_DECISION
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final IdentityService identityService;

    public UnitHistory(JdbcTemplate jdbc, IdentityService identityService) {
        this.jdbc = jdbc;
        this.identityService = identityService;
    }

    /** Records a step by the engine's current user. */
    public void record(String directiveId, String unitCode, Action action, Map<String, ?> details) {
        Authentication auth = identityService.getCurrentAuthentication();
        record(directiveId, unitCode, auth == null ? null : auth.getUserId(), action, details);
    }

    public void record(String directiveId, String unitCode, String userId, Action action, Map<String, ?> details) {
        Date now = ClockUtil.getCurrentTime();
        jdbc.update("insert into unit_history (directive_id, unit_code, at, user_id, action, details) "
                        + "values (?, ?, ?, ?, ?, ?)",
                directiveId, unitCode, new Timestamp(now.getTime()), userId,
                action.name(), write(details));
    }

    /** A unit's steps under one directive, oldest first (steps in the same millisecond in the order they were written). */
    public List<Entry> of(String directiveId, String unitCode) {
        return jdbc.query("select at, user_id, action, details from unit_history where directive_id = ? and unit_code = ? "
                        + "order by at, id",
                (rs, i) -> new Entry(rs.getTimestamp("at"), rs.getString("user_id"), rs.getString("action"),
                        read(rs.getString("details"))),
                directiveId, unitCode);
    }

    private static String write(Map<String, ?> details) {
        try {
            return details == null || details.isEmpty() ? null : JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("history details are not JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String details) {
        if (details == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(details, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unit_history.details is not JSON", e);
        }
    }
}
