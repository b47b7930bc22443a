package vn.directive.directive;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * A directive as read from its text (what a parse returns and what a registration takes).
 * A field the text does not give is null (or empty), never a guess. {@code unresolved}: the addressee and
 * assignee names that no unit of the issuer's subtree matched, when the text was read with an issuer.
 */
public record DirectiveDraft(
        String number,
        Integer numeral,
        String symbol,
        DirectiveType type,
        String issuer,
        String place,
        LocalDate issuedOn,
        String subject,
        Urgency urgency,
        Secrecy secrecy,
        @JsonProperty("implements") List<DocumentRef> implementsDocuments,
        List<DocumentRef> references,
        List<String> addressees,
        List<Assignment> assignments,
        List<Deadline> deadlines,
        List<String> reportTo,
        Signer signer,
        List<String> unresolved) {

    /** A draft that was not resolved against units (as before {@code unresolved} existed): nothing unresolved. */
    public DirectiveDraft(String number, Integer numeral, String symbol, DirectiveType type, String issuer, String place,
                          LocalDate issuedOn, String subject, Urgency urgency, Secrecy secrecy,
                          List<DocumentRef> implementsDocuments, List<DocumentRef> references, List<String> addressees,
                          List<Assignment> assignments, List<Deadline> deadlines, List<String> reportTo, Signer signer) {
        this(number, numeral, symbol, type, issuer, place, issuedOn, subject, urgency, secrecy, implementsDocuments,
                references, addressees, assignments, deadlines, reportTo, signer, List.of());
    }

    public enum DirectiveType { CONG_VAN, CONG_DIEN, CHI_THI, THONG_BAO, KE_HOACH, QUYET_DINH, NGHI_QUYET, BAO_CAO, HUONG_DAN, OTHER }

    public enum Urgency { THUONG, KHAN, THUONG_KHAN, HOA_TOC }

    public enum Secrecy { THUONG, MAT, TOI_MAT, TUYET_MAT }

    public record DocumentRef(String number, LocalDate issuedOn, String issuer) {
    }

    /** One numbered task: who it is addressed to, the units they resolve to, its text and deadline. */
    public record Assignment(String ordinal, List<String> assignees, List<String> unitCodes, String text,
                             LocalDate deadline) {
    }

    public record Deadline(LocalDate date, String phrase) {
    }

    public record Signer(String authority, String capacity, String position, String name) {
    }
}
