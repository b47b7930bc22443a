package vn.directive.directive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.directive.directive.DirectiveDraft.Urgency;

/**
 * The versions of a registered directive (directive_version, V43): an amendment or replacement (cập nhật, thay thế)
 * makes the new draft the directive's current one and keeps every earlier one.
 */
@Repository
public class DirectiveVersions {

    /** One version as it was registered. */
    public record Version(int version, String number, String subject, LocalDate reportDeadline, Timestamp registeredAt,
                          String registeredBy, String note) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public DirectiveVersions(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The current version's number (1 until the first amendment). */
    public int current(String directiveId) {
        Integer v = jdbc.queryForObject("select current_version from directive where id = ?", Integer.class, directiveId);
        return v == null ? 1 : v;
    }

    /** Every version before the current one, oldest first. */
    public List<Version> earlier(String directiveId) {
        return jdbc.query("select v.version, v.number, v.subject, v.report_deadline, v.registered_at, v.registered_by, "
                        + "v.amendment_note from directive_version v join directive d on d.id = v.directive_id "
                        + "where v.directive_id = ? and v.version < d.current_version order by v.version",
                (rs, i) -> new Version(rs.getInt("version"), rs.getString("number"), rs.getString("subject"),
                        rs.getDate("report_deadline").toLocalDate(), rs.getTimestamp("registered_at"),
                        rs.getString("registered_by"), rs.getString("amendment_note")), directiveId);
    }

    /**
     * The new version becomes the directive's current one (number, subject, deadline, draft, and the text when one is
     * given); the earlier one is kept. Returns the new version's number.
     */
    public int amend(String directiveId, DirectiveDraft d, LocalDate reportDeadline, String fullText, String note,
                     String by, java.util.Date now) {
        Integer kept = jdbc.queryForObject("select count(*) from directive_version where directive_id = ?", Integer.class,
                directiveId);
        if (kept == null || kept == 0) {
            // version 1, as registered
            jdbc.update("insert into directive_version (directive_id, version, number, subject, report_deadline, draft_json, "
                    + "full_text, registered_at, registered_by) select id, current_version, number, subject, report_deadline, "
                    + "draft_json, full_text, registered_at, registered_by from directive where id = ?", directiveId);
        }
        int version = current(directiveId) + 1;
        jdbc.update("update directive set number = ?, numeral = ?, symbol = ?, type = ?, issuer = ?, subject = ?, "
                        + "issued_on = ?, urgency = ?, secrecy = ?, report_deadline = ?, draft_json = ?, "
                        + "full_text = coalesce(?, full_text), current_version = ? where id = ?",
                d.number(), d.numeral(), d.symbol(), d.type() == null ? null : d.type().name(), d.issuer(), d.subject(),
                d.issuedOn() == null ? null : java.sql.Date.valueOf(d.issuedOn()),
                d.urgency() == null ? Urgency.THUONG.name() : d.urgency().name(),
                d.secrecy() == null ? DirectiveDraft.Secrecy.THUONG.name() : d.secrecy().name(),
                java.sql.Date.valueOf(reportDeadline), write(d), fullText, version, directiveId);
        jdbc.update("insert into directive_version (directive_id, version, number, subject, report_deadline, draft_json, "
                        + "full_text, registered_at, registered_by, amendment_note) select id, current_version, number, "
                        + "subject, report_deadline, draft_json, full_text, ?, ?, ? from directive where id = ?",
                new Timestamp(now.getTime()), by, note, directiveId);
        return version;
    }

    private String write(DirectiveDraft d) {
        try {
            return json.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
