package vn.directive.registration;

import java.sql.Timestamp;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.directive.cascade.Deadlines;
import vn.directive.cascade.Obligations;
import vn.directive.cascade.Obligations.Obligation;
import vn.directive.cascade.Recalls;
import vn.directive.cascade.UnitStatus;
import vn.directive.directive.DirectiveRegister;
import vn.directive.directive.DirectiveRegister.Registered;
import vn.directive.unit.UnitGroups;
import vn.directive.unit.UnitRegistry;
import vn.directive.web.ApiException;
import vn.directive.web.FieldLabels;
import vn.directive.web.Limits;

/**
 * Recall (thu hồi, CONTRACT section 8): who may recall what, checked before anything changes, then carried out by
 * the engine ({@link Recalls}) in one transaction. Used by {@code RecallController} and by the Tasklist start form of
 * {@code document_recall}.
 */
@Service
public class RecallService {

    /** What a recall answers: the directive, the unit whose document was recalled, how many obligations ended, when. */
    public record Recalled(String directiveId, String unitCode, String status, String statusName, int recalledUnits,
                           Timestamp recalledAt, String reason) {
    }

    private final DirectiveRegister register;
    private final Obligations obligations;
    private final Recalls recalls;
    private final IdentityService identityService;
    private final UnitRegistry units;
    private final Deadlines deadlines;

    public RecallService(DirectiveRegister register, Obligations obligations, Recalls recalls,
                         IdentityService identityService, UnitRegistry units, Deadlines deadlines) {
        this.register = register;
        this.obligations = obligations;
        this.recalls = recalls;
        this.identityService = identityService;
        this.units = units;
        this.deadlines = deadlines;
    }

    /** The whole directive, by the recipient unit's leaders or the administrator. */
    @Transactional
    public Recalled recallDirective(String directiveId, String reason) {
        Registered d = checkDirective(directiveId, reason);
        List<Obligation> open = recalls.openSubtree(directiveId, d.recipientCode(), true);
        Timestamp at = new Timestamp(deadlines.now().getTime());
        recalls.recallDirective(directiveId, d.recipientCode(), reason.trim(), userId());
        return new Recalled(directiveId, d.recipientCode(), UnitStatus.RECALLED.code(), UnitStatus.RECALLED.label(),
                open.size(), at, reason.trim());
    }

    /** Everything {@link #recallDirective} checks, nothing changed. */
    public Registered checkDirective(String directiveId, String reason) {
        Registered d = find(directiveId);
        requireLeader(d.recipientCode(), "văn bản " + number(d));
        requireReason(reason);
        Obligation top = obligations.find(directiveId, d.recipientCode()).orElseThrow();
        if (top.status() == UnitStatus.RECALLED) {
            throw ApiException.conflict("already-recalled", "Văn bản " + number(d) + " đã được thu hồi lúc trước");
        }
        if (recalls.openSubtree(directiveId, d.recipientCode(), true).isEmpty()) {
            throw ApiException.conflict("nothing-to-recall", "Văn bản " + number(d)
                    + " đã kết thúc ở mọi đơn vị (hoàn thành, từ chối hoặc đã đóng): không còn gì để thu hồi");
        }
        return d;
    }

    /** A unit's own implementing document, by that unit's leaders (or the administrator). */
    @Transactional
    public Recalled recallDocument(String directiveId, String unitCode, String reason) {
        Obligation own = checkDocument(directiveId, unitCode, reason);
        List<Obligation> open = recalls.openSubtree(directiveId, unitCode, false);
        Timestamp at = new Timestamp(deadlines.now().getTime());
        if (!recalls.recallDocument(directiveId, unitCode, reason.trim(), userId())) {
            throw ApiException.conflict("document-not-out", "Văn bản triển khai " + own.implementingNumber()
                    + " của " + unitName(unitCode) + " đang được gửi cho các đơn vị cấp dưới; thử lại sau ít phút");
        }
        return new Recalled(directiveId, unitCode, UnitStatus.ACKNOWLEDGED.code(), UnitStatus.ACKNOWLEDGED.label(),
                open.size(), at, reason.trim());
    }

    /** Everything {@link #recallDocument} checks, nothing changed. */
    public Obligation checkDocument(String directiveId, String unitCode, String reason) {
        find(directiveId);
        Obligation own = obligations.find(directiveId, unitCode).orElseThrow(() -> ApiException.notFound("unknown-unit",
                "Văn bản mã '" + directiveId + "' không đến đơn vị '" + unitCode + "'"));
        requireLeader(unitCode, "văn bản triển khai của " + unitName(unitCode));
        requireReason(reason);
        if (own.status() != UnitStatus.IN_PROGRESS || own.implementingNumber() == null) {
            throw ApiException.conflict("document-not-issued", unitName(unitCode)
                    + " chưa ban hành văn bản triển khai đang có hiệu lực (trạng thái " + own.status().label() + ")");
        }
        if (recalls.openSubtree(directiveId, unitCode, false).isEmpty()) {
            throw ApiException.conflict("nothing-to-recall", "Các đơn vị nhận văn bản triển khai "
                    + own.implementingNumber() + " đã kết thúc nhiệm vụ: không còn gì để thu hồi");
        }
        return own;
    }

    private Registered find(String directiveId) {
        return register.find(directiveId).orElseThrow(() ->
                ApiException.notFound("unknown-directive", "Không có văn bản mã '" + directiveId + "'"));
    }

    private void requireLeader(String unitCode, String what) {
        Authentication auth = identityService.getCurrentAuthentication();
        List<String> groups = auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
        if (groups.contains(Groups.CAMUNDA_ADMIN) || groups.contains(UnitGroups.of(unitCode).leaders())) {
            return;
        }
        throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Người dùng " + (auth == null ? "(chưa đăng nhập)"
                : auth.getUserId()) + " không được thu hồi " + what + ": chỉ lãnh đạo " + unitName(unitCode)
                + " hoặc quản trị viên");
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ApiException.unprocessable("missing-reason", "Chưa nhập " + FieldLabels.field("reason") + " thu hồi");
        }
        if (reason.length() > Limits.REFUSAL_REASON) {
            throw ApiException.unprocessable("too-long", FieldLabels.field("reason") + " thu hồi dài quá "
                    + Limits.REFUSAL_REASON + " ký tự");
        }
    }

    private String unitName(String unitCode) {
        return units.find(unitCode).map(u -> u.name()).orElse(unitCode);
    }

    private static String number(Registered d) {
        return d.draft().number() != null ? d.draft().number() : d.id();
    }

    private String userId() {
        Authentication auth = identityService.getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }
}
