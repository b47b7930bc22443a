package vn.directive.registration;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.directive.calendar.VietnameseDates;
import vn.directive.cascade.Amendments;
import vn.directive.cascade.Deadlines;
import vn.directive.cascade.Documents;
import vn.directive.cascade.Obligations;
import vn.directive.cascade.Obligations.Obligation;
import vn.directive.cascade.Recalls;
import vn.directive.cascade.UnitStatus;
import vn.directive.directive.DirectiveDraft;
import vn.directive.directive.DirectiveRegister;
import vn.directive.directive.DirectiveRegister.Registered;
import vn.directive.directive.DirectiveVersions;
import vn.directive.history.UnitHistory;
import vn.directive.unit.UnitGroups;
import vn.directive.unit.UnitRegistry;
import vn.directive.web.ApiException;
import vn.directive.web.FieldLabels;
import vn.directive.web.Limits;

/**
 * Amendment (cập nhật, thay thế, CONTRACT section 8): of the registered directive by its recipient's clerks or leaders,
 * and of a unit's own implementing document by that unit's clerks or leaders. Everything is checked before anything is
 * written; then, in one transaction, the new version, the history, the deadlines and the acknowledgement tasks.
 */
@Service
public class AmendmentService {

    /** The answer: the new version's number and how many units got user_acknowledge_amendment. */
    public record Amended(String directiveId, String unitCode, int version, int acknowledgements) {
    }

    /** History details {@code of}: the amended document is the unit's implementing document (else {@code DIRECTIVE}). */
    static final String IMPLEMENTING = "IMPLEMENTING_DOCUMENT";

    private final DirectiveRegister register;
    private final DirectiveVersions versions;
    private final Obligations obligations;
    private final Recalls recalls;
    private final Amendments amendments;
    private final UnitHistory history;
    private final IdentityService identityService;
    private final UnitRegistry units;
    private final Deadlines deadlines;
    private final DraftLimits draftLimits;

    public AmendmentService(DirectiveRegister register, DirectiveVersions versions, Obligations obligations,
                            Recalls recalls, Amendments amendments, UnitHistory history, IdentityService identityService,
                            UnitRegistry units, Deadlines deadlines, DraftLimits draftLimits) {
        this.register = register;
        this.versions = versions;
        this.obligations = obligations;
        this.recalls = recalls;
        this.amendments = amendments;
        this.history = history;
        this.identityService = identityService;
        this.units = units;
        this.deadlines = deadlines;
        this.draftLimits = draftLimits;
    }

    /** A new version of the registered directive: its draft, the recipient's report deadline, and optionally its text. */
    @Transactional
    public Amended amendDirective(String directiveId, DirectiveDraft draft, LocalDate reportDeadline, String text) {
        Registered d = find(directiveId);
        requireClerkOrLeader(d.recipientCode(), "văn bản " + Documents.numberText(d.draft().number(), d.draft().symbol()));
        if (draft == null) {
            throw ApiException.badRequest("missing-field", "Thiếu " + FieldLabels.field("directive"));
        }
        if (draft.subject() == null && draft.number() == null && draft.symbol() == null) {
            throw ApiException.unprocessable("empty-directive",
                    FieldLabels.field("directive") + " không cho biết văn bản nào: cần ít nhất số, ký hiệu hoặc trích yếu");
        }
        draftLimits.check(draft, reportDeadline, text);
        requireFuture(reportDeadline);
        if (draft.number() != null && !draft.number().equals(d.draft().number())
                && register.exists(draft.number(), draft.issuer(), d.recipientCode())) {
            throw ApiException.conflict("duplicate-directive", "Văn bản số " + draft.number() + " của " + draft.issuer()
                    + " đã có trong sổ của đơn vị");
        }
        Obligation top = obligations.find(directiveId, d.recipientCode()).orElseThrow();
        requireOpen(directiveId, d.recipientCode(), true, top);

        String oldNumber = Documents.numberText(d.draft().number(), d.draft().symbol());
        String newNumber = Documents.numberText(draft.number(), draft.symbol());
        int version = versions.amend(directiveId, draft, reportDeadline, text, null, userId(), deadlines.now());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("of", "DIRECTIVE");
        details.put("version", version);
        details.put("number", newNumber);
        details.put("previousNumber", oldNumber);
        details.put("subject", draft.subject());
        details.put("reportDeadline", reportDeadline.toString());
        details.put("previousReportDeadline", d.reportDeadline().toString());
        history.record(directiveId, d.recipientCode(), UnitHistory.Action.AMEND, details);
        int told = amendments.apply(directiveId, d.recipientCode(), null, reportDeadline, new Amendments.Change(
                "Văn bản số " + newNumber + (draft.issuer() == null ? "" : " của " + draft.issuer()), oldNumber, newNumber,
                d.draft().subject(),
                draft.subject(), text == null ? null : excerpt(text), version));
        return new Amended(directiveId, d.recipientCode(), version, told);
    }

    /** An amendment of a unit's own implementing document: number, subject, subordinates' deadline, text (at least one). */
    @Transactional
    public Amended amendDocument(String directiveId, String unitCode, String number, String subject,
                                 LocalDate reportDeadline, String text) {
        find(directiveId);
        Obligation own = obligations.find(directiveId, unitCode).orElseThrow(() -> ApiException.notFound("unknown-unit",
                "Văn bản mã '" + directiveId + "' không đến đơn vị '" + unitCode + "'"));
        requireClerkOrLeader(unitCode, "văn bản triển khai của " + unitName(unitCode));
        number = blank(number) ? null : number.trim();
        subject = blank(subject) ? null : subject.trim();
        text = blank(text) ? null : text.trim();
        if (number == null && subject == null && reportDeadline == null && text == null) {
            throw ApiException.unprocessable("empty-amendment", "Chưa nhập nội dung điều chỉnh: cần ít nhất một trong "
                    + FieldLabels.field("number") + ", " + FieldLabels.field("subject") + ", "
                    + FieldLabels.field("reportDeadline") + ", " + FieldLabels.field("text"));
        }
        limit("number", number, Limits.DOCUMENT_NUMBER);
        limit("subject", subject, Limits.SUBJECT);
        limit("text", text, Limits.STRING_VARIABLE);
        if (reportDeadline != null) {
            requireFuture(reportDeadline);
            if (own.reportDeadline() != null && reportDeadline.isAfter(own.reportDeadline())) {
                throw ApiException.unprocessable("deadline-after-own", FieldLabels.field("reportDeadline") + " "
                        + FieldLabels.day(reportDeadline) + " sau hạn của đơn vị (" + FieldLabels.day(own.reportDeadline()) + ")");
            }
        }
        if (own.status() != UnitStatus.IN_PROGRESS || own.implementingNumber() == null) {
            throw ApiException.conflict("document-not-issued", unitName(unitCode)
                    + " chưa ban hành văn bản triển khai đang có hiệu lực (trạng thái " + own.status().label() + ")");
        }
        requireOpen(directiveId, unitCode, false, own);

        int version = (int) history.of(directiveId, unitCode).stream()
                .filter(e -> UnitHistory.Action.AMEND.name().equals(e.action()) && IMPLEMENTING.equals(e.details().get("of")))
                .count() + 2;
        obligations.amendImplementing(directiveId, unitCode, number, subject);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("of", IMPLEMENTING);
        details.put("version", version);
        details.put("number", number == null ? own.implementingNumber() : number);
        details.put("previousNumber", own.implementingNumber());
        details.put("subject", subject);
        details.put("reportDeadline", reportDeadline == null ? null : reportDeadline.toString());
        details.put("text", text);
        history.record(directiveId, unitCode, UnitHistory.Action.AMEND, details);
        String newNumber = number == null ? own.implementingNumber() : number;
        String oldSubject = own.implementingSubject();
        int told = amendments.apply(directiveId, unitCode, unitCode, reportDeadline, new Amendments.Change(
                "Văn bản triển khai số " + newNumber + " của " + unitName(unitCode), own.implementingNumber(), newNumber,
                oldSubject, subject == null ? oldSubject : subject, text, version));
        return new Amended(directiveId, unitCode, version, told);
    }

    private void requireOpen(String directiveId, String unitCode, boolean includeSelf, Obligation own) {
        if (own.status() == UnitStatus.RECALLED) {
            throw ApiException.conflict("recalled", "Văn bản đã bị thu hồi: không điều chỉnh được");
        }
        List<Obligation> open = recalls.openSubtree(directiveId, unitCode, includeSelf);
        if (open.isEmpty()) {
            throw ApiException.conflict("nothing-to-amend", "Các đơn vị nhận văn bản đã kết thúc nhiệm vụ: "
                    + "không còn đơn vị nào để tiếp nhận văn bản điều chỉnh");
        }
    }

    private void requireFuture(LocalDate reportDeadline) {
        if (!reportDeadline.isAfter(deadlines.today())) {
            throw ApiException.unprocessable("deadline-not-in-future", FieldLabels.field("reportDeadline") + " "
                    + FieldLabels.day(reportDeadline) + " phải sau hôm nay (" + FieldLabels.day(deadlines.today()) + ")");
        }
    }

    private static void limit(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw ApiException.unprocessable("too-long", FieldLabels.field(field) + " dài quá " + max + " ký tự");
        }
    }

    private Registered find(String directiveId) {
        return register.find(directiveId).orElseThrow(() ->
                ApiException.notFound("unknown-directive", "Không có văn bản mã '" + directiveId + "'"));
    }

    private void requireClerkOrLeader(String unitCode, String what) {
        Authentication auth = identityService.getCurrentAuthentication();
        List<String> groups = auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
        UnitGroups g = UnitGroups.of(unitCode);
        if (groups.contains(Groups.CAMUNDA_ADMIN) || groups.contains(g.clerks()) || groups.contains(g.leaders())) {
            return;
        }
        throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Người dùng " + (auth == null ? "(chưa đăng nhập)"
                : auth.getUserId()) + " không được điều chỉnh " + what + ": chỉ văn thư, lãnh đạo " + unitName(unitCode)
                + " hoặc quản trị viên");
    }

    private String unitName(String unitCode) {
        return units.find(unitCode).map(u -> u.name()).orElse(unitCode);
    }

    private String userId() {
        Authentication auth = identityService.getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String excerpt(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
    }

    static String day(LocalDate d) {
        return VietnameseDates.day(d);
    }
}
