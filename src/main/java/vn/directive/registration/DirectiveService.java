package vn.directive.registration;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.Deadlines;
import vn.directive.cascade.Obligations;
import vn.directive.cascade.Role;
import vn.directive.directive.DirectiveDraft;
import vn.directive.directive.DirectiveRegister;
import vn.directive.engine.Engine;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitRegistry;
import vn.directive.web.ApiException;
import vn.directive.web.FieldLabels;

/** Registers an incoming directive and starts its handling at the recipient unit. */
@Service
public class DirectiveService {

    private static final DateTimeFormatter KEY_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final DirectiveRegister register;
    private final Obligations obligations;
    private final UnitRegistry units;
    private final Deadlines deadlines;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final Engine engine;
    private final DraftLimits draftLimits;

    public DirectiveService(DirectiveRegister register, Obligations obligations, UnitRegistry units, Deadlines deadlines,
                            RuntimeService runtimeService, IdentityService identityService, Engine engine,
                            DraftLimits draftLimits) {
        this.draftLimits = draftLimits;
        this.register = register;
        this.obligations = obligations;
        this.units = units;
        this.deadlines = deadlines;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.engine = engine;
    }

    public record Registration(String id, String businessKey, String processInstanceId) {
    }

    /** Validates everything first, then writes the register row, the recipient's obligation and the instance in one transaction. */
    @Transactional
    public Registration register(DirectiveDraft draft, String recipientCode, LocalDate reportDeadline, String text) {
        Unit recipient = validate(draft, recipientCode, reportDeadline, text);
        Date now = deadlines.now();
        String id = UUID.randomUUID().toString();
        String businessKey = "VB-" + deadlines.today().format(KEY_DATE) + "-" + id.substring(0, 8).toUpperCase();
        register.insert(id, businessKey, draft, recipient.code(), reportDeadline, text, currentUser(), now);
        obligations.insertReceived(id, recipient.code(), null, Role.CHU_TRI, draft.subject(), reportDeadline, now);
        Map<String, Object> variables = new HashMap<>();
        variables.put(Var.DIRECTIVE_ID, id);
        variables.put(Var.UNIT_CODE, recipient.code());
        variables.put(Var.PARENT_UNIT_CODE, null);
        ProcessInstance instance = engine.withoutAuthorization(() -> runtimeService
                .startProcessInstanceByKey(CascadeProcess.KEY, businessKey, variables));
        register.processStarted(id, instance.getId());
        return new Registration(id, businessKey, instance.getId());
    }

    /**
     * Everything {@link #register} checks, and nothing written: what the start form's submission is checked by
     * before the engine runs it.
     *
     * @return the recipient unit
     */
    public Unit validate(DirectiveDraft draft, String recipientCode, LocalDate reportDeadline, String text) {
        if (draft == null) {
            throw ApiException.badRequest("missing-field", "Thiếu " + FieldLabels.field("directive"));
        }
        if (recipientCode == null || recipientCode.isBlank()) {
            throw ApiException.badRequest("missing-field", "Thiếu " + FieldLabels.field("recipient"));
        }
        if (reportDeadline == null) {
            throw ApiException.badRequest("missing-field", "Chưa nhập " + FieldLabels.field("reportDeadline"));
        }
        if (draft.subject() == null && draft.number() == null && draft.symbol() == null) {
            throw ApiException.unprocessable("empty-directive",
                    FieldLabels.field("directive") + " không cho biết văn bản nào: cần ít nhất số, ký hiệu hoặc trích yếu");
        }
        draftLimits.check(draft, reportDeadline, text);
        Unit recipient = units.get(recipientCode);
        requireMayRegisterFor(recipient);
        if (!reportDeadline.isAfter(deadlines.today())) {
            throw ApiException.unprocessable("deadline-not-in-future",
                    FieldLabels.field("reportDeadline") + " " + FieldLabels.day(reportDeadline)
                            + " phải sau hôm nay (" + FieldLabels.day(deadlines.today()) + ")");
        }
        if (draft.number() != null && register.exists(draft.number(), draft.issuer(), recipient.code())) {
            throw ApiException.conflict("duplicate-directive", "Văn bản số " + draft.number() + " của " + draft.issuer()
                    + " đã được vào sổ cho " + recipient.name() + " (" + recipient.code() + ")");
        }
        return recipient;
    }

    /** The administrator, or a member of the recipient unit or of the unit above it, registers for it. */
    private void requireMayRegisterFor(Unit recipient) {
        Authentication auth = identityService.getCurrentAuthentication();
        if (auth == null || auth.getGroupIds() == null) {
            return;
        }
        if (auth.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
            return;
        }
        for (String group : auth.getGroupIds()) {
            String unit = vn.directive.unit.UnitGroups.unitOf(group);
            if (unit != null && (unit.equals(recipient.code()) || unit.equals(recipient.parentCode()))) {
                return;
            }
        }
        throw new ApiException(org.springframework.http.HttpStatus.FORBIDDEN, "forbidden",
                "Người dùng " + auth.getUserId() + " không được vào sổ văn bản cho " + recipient.name() + " ("
                        + recipient.code() + "): chỉ đơn vị đó, đơn vị cấp trên trực tiếp hoặc quản trị viên");
    }

    private String currentUser() {
        Authentication auth = identityService.getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }
}
