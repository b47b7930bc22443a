package vn.directive.directive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.directive.directive.DirectiveDraft.Urgency;

/** The register of incoming directives (sổ văn bản đến): the draft and full text, keyed by id and business key. */
@Repository
public class DirectiveRegister {

    /** A registered directive as the cascade and the read API need it. */
    public record Registered(String id, String businessKey, DirectiveDraft draft, String recipientCode,
                             LocalDate reportDeadline, String processInstanceId, Timestamp registeredAt) {

        public Urgency urgency() {
            return draft.urgency() == null ? Urgency.THUONG : draft.urgency();
        }
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public DirectiveRegister(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public boolean exists(String number, String issuer, String recipientCode) {
        Integer n = jdbc.queryForObject("select count(*) from directive where number = ? and issuer = ? and recipient_code = ?",
                Integer.class, number, issuer, recipientCode);
        return n != null && n > 0;
    }

    public void insert(String id, String businessKey, DirectiveDraft d, String recipientCode, LocalDate reportDeadline,
                       String fullText, String registeredBy, java.util.Date now) {
        jdbc.update("insert into directive (id, business_key, number, numeral, symbol, type, issuer, subject, issued_on, "
                        + "urgency, secrecy, recipient_code, report_deadline, draft_json, full_text, registered_at, registered_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, businessKey, d.number(), d.numeral(), d.symbol(), d.type() == null ? null : d.type().name(),
                d.issuer(), d.subject(), d.issuedOn() == null ? null : java.sql.Date.valueOf(d.issuedOn()),
                d.urgency() == null ? Urgency.THUONG.name() : d.urgency().name(),
                d.secrecy() == null ? DirectiveDraft.Secrecy.THUONG.name() : d.secrecy().name(),
                recipientCode, java.sql.Date.valueOf(reportDeadline), write(d), fullText,
                new Timestamp(now.getTime()), registeredBy);
    }

    public void processStarted(String id, String processInstanceId) {
        jdbc.update("update directive set process_instance_id = ? where id = ?", processInstanceId, id);
    }

    public Optional<Registered> find(String id) {
        return jdbc.query("select id, business_key, draft_json, recipient_code, report_deadline, process_instance_id, "
                        + "registered_at from directive where id = ?",
                (rs, i) -> new Registered(rs.getString("id"), rs.getString("business_key"), read(rs.getString("draft_json")),
                        rs.getString("recipient_code"), rs.getDate("report_deadline").toLocalDate(),
                        rs.getString("process_instance_id"), rs.getTimestamp("registered_at")), id)
                .stream().findFirst();
    }

    private String write(DirectiveDraft d) {
        try {
            return json.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private DirectiveDraft read(String s) {
        try {
            return json.readValue(s, DirectiveDraft.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable draft in the register", e);
        }
    }
}
