package vn.directive.registration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.directive.directive.DirectiveDraft;
import vn.directive.web.ApiException;
import vn.directive.web.Limits;

/** A registration's fields against the register's columns ({@link Limits}, V2): refused with 4xx, not left for the database. */
@Component
class DraftLimits {

    private final ObjectMapper json;

    DraftLimits(ObjectMapper json) {
        this.json = json;
    }

    void check(DirectiveDraft draft, LocalDate reportDeadline, String text) {
        Limits.requireLength("directive.number", draft.number(), Limits.DOCUMENT_NUMBER);
        Limits.requireLength("directive.symbol", draft.symbol(), Limits.SYMBOL);
        Limits.requireLength("directive.issuer", draft.issuer(), Limits.ISSUER);
        Limits.requireLength("directive.subject", draft.subject(), Limits.SUBJECT);
        Limits.requireCalendarYear("directive.issuedOn", draft.issuedOn());
        Limits.requireCalendarYear("reportDeadline", reportDeadline);
        if (text != null && (text.length() > Limits.TEXT_CHARS || Limits.utf8Length(text) > Limits.TEXT_BYTES)) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "text-too-large", "Field 'text' is "
                    + text.length() + " characters (" + Limits.utf8Length(text) + " bytes of UTF-8) long; at most "
                    + Limits.TEXT_CHARS + " characters and " + Limits.TEXT_BYTES + " bytes are kept");
        }
        int draftLength;
        try {
            draftLength = json.writeValueAsString(draft).length();
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("malformed-body", "Field 'directive' cannot be written as JSON");
        }
        if (draftLength > Limits.DRAFT_JSON) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "directive-too-large", "Field 'directive' is "
                    + draftLength + " characters long as JSON; at most " + Limits.DRAFT_JSON + " are kept");
        }
    }
}
