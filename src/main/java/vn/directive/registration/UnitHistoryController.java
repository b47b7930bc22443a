package vn.directive.registration;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.directive.calendar.WorkingDays;
import vn.directive.cascade.CascadeStatus;
import vn.directive.compliance.ComplianceAccess;
import vn.directive.directive.DirectiveRegister;
import vn.directive.engine.Engine;
import vn.directive.history.UnitHistory;
import vn.directive.history.UnitHistory.Action;
import vn.directive.web.ApiException;

/**
 * A unit's audit trail under one directive (CONTRACT section 8, History): every human step on its obligation,
 * oldest first, with who took it (user id, and the user's name where the engine knows the user), when (ISO-8601,
 * Vietnam time) and what was submitted. Read under the rules of {@code GET /api/directives/{id}/units}: a directive
 * the reader may not read, a unit the directive did not reach and a unit outside the reader's part of the cascade
 * are all the same 404.
 */
@RestController
@RequestMapping("/api/directives/{id}/units/{code}/history")
class UnitHistoryController {

    /** What a person reads for each action. */
    static final Map<Action, String> ACTION_TEXTS = new EnumMap<>(Map.ofEntries(
            Map.entry(Action.ACKNOWLEDGE, "Tiếp nhận"),
            Map.entry(Action.REFUSE, "Từ chối tiếp nhận"),
            Map.entry(Action.ASSIGN, "Phân công"),
            Map.entry(Action.ISSUE, "Ban hành văn bản triển khai"),
            Map.entry(Action.REPORT, "Báo cáo"),
            Map.entry(Action.REMIND, "Đôn đốc"),
            Map.entry(Action.EXTEND, "Gia hạn"),
            Map.entry(Action.CLOSE, "Đóng nhiệm vụ"),
            Map.entry(Action.RECALL, "Thu hồi"),
            Map.entry(Action.AMEND, "Điều chỉnh văn bản"),
            Map.entry(Action.ACKNOWLEDGE_AMENDMENT, "Tiếp nhận văn bản điều chỉnh"),
            Map.entry(Action.EXTENSION_REQUEST, "Xin gia hạn"),
            Map.entry(Action.EXTENSION_DECISION, "Xét đề nghị gia hạn")));

    /** One step as the API returns it. */
    record Step(OffsetDateTime at, String userId, String userName, String action, String actionText,
                Map<String, Object> details) {
    }

    private final DirectiveRegister register;
    private final CascadeStatus status;
    private final ComplianceAccess access;
    private final UnitHistory history;
    private final IdentityService identityService;
    private final Engine engine;

    UnitHistoryController(DirectiveRegister register, CascadeStatus status, ComplianceAccess access, UnitHistory history,
                          IdentityService identityService, Engine engine) {
        this.register = register;
        this.status = status;
        this.access = access;
        this.history = history;
        this.identityService = identityService;
        this.engine = engine;
    }

    @GetMapping
    List<Step> history(@PathVariable String id, @PathVariable String code) {
        if (register.find(id).isEmpty()) {
            throw unknownDirective(id);
        }
        // the rule of every read under /api/directives/{id}: the directive reached the reader (a unit of theirs received
        // it, or a unit's report goes to one of theirs, b/c), and the unit is one of the rows …/units shows them
        ComplianceAccess.DirectiveScope scope = access.scope(access.current(), id);
        if (!scope.reached()) {
            throw unknownDirective(id);
        }
        if (status.unit(id, code).isEmpty() || !scope.visible().test(code)) {
            throw ApiException.notFound("unknown-unit", "Văn bản mã '" + id + "' không có đơn vị mã '" + code + "'");
        }
        Map<String, Optional<String>> names = new HashMap<>();
        return history.of(id, code).stream().map(e -> new Step(
                e.at().toInstant().atZone(WorkingDays.ZONE).toOffsetDateTime(),
                e.userId(),
                e.userId() == null ? null : names.computeIfAbsent(e.userId(), this::userName).orElse(null),
                e.action(),
                actionText(e.action()),
                e.details())).toList();
    }

    private static String actionText(String action) {
        try {
            return ACTION_TEXTS.getOrDefault(Action.valueOf(action), action);
        } catch (IllegalArgumentException e) {
            return action;
        }
    }

    /** "Văn thư Tỉnh Lai Châu": the user's first and last name, when the engine has the user and a name. */
    private Optional<String> userName(String userId) {
        User user = engine.withoutAuthorization(() -> identityService.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return Optional.empty();
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    private static ApiException unknownDirective(String id) {
        return ApiException.notFound("unknown-directive", "Không có văn bản mã '" + id + "'");
    }
}
