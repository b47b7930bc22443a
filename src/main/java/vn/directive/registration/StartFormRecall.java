package vn.directive.registration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.directive.cascade.FormFields;
import vn.directive.cascade.Recalls;
import vn.directive.directive.RecallProcess;
import vn.directive.directive.RecallProcess.Var;
import vn.directive.unit.UnitGroups;
import vn.directive.web.ApiException;
import vn.directive.web.FieldLabels;

/**
 * The start form of document_recall (${recallForm.recall(execution)}): the document named by its number among those
 * the user's units received at the top (registered directives) or issued (implementing documents still out), then
 * recalled exactly as the REST endpoints would ({@link RecallService}). {@link #check} runs the same resolution and
 * rules with nothing written, for the submission filter, so a refusal is a form error and nothing is started.
 */
@Component("recallForm")
public class StartFormRecall {

    /** A document the number may name: the registered directive ({@code unitCode} its recipient), or a unit's own. */
    record Target(String directiveId, String unitCode, boolean directive) {
    }

    private final RecallService recalls;
    private final Recalls engineRecalls;
    private final NamedParameterJdbcTemplate jdbc;
    private final IdentityService identityService;

    public StartFormRecall(RecallService recalls, Recalls engineRecalls, NamedParameterJdbcTemplate jdbc,
                           IdentityService identityService) {
        this.recalls = recalls;
        this.engineRecalls = engineRecalls;
        this.jdbc = jdbc;
        this.identityService = identityService;
    }

    public void recall(DelegateExecution execution) {
        Map<String, Object> form = execution.getVariables();
        Target t = resolve(form);
        String reason = String.valueOf(form.get(Var.REASON));
        RecallService.Recalled r = t.directive() ? recalls.recallDirective(t.directiveId(), reason)
                : recalls.recallDocument(t.directiveId(), t.unitCode(), reason);
        execution.setVariable(Var.DIRECTIVE_ID, r.directiveId());
        execution.setVariable(Var.UNIT_CODE, r.unitCode());
        execution.setVariable(Var.RECALLED_UNITS, r.recalledUnits());
    }

    /** Everything {@link #recall} checks, nothing written. */
    public void check(Map<String, Object> form) {
        Target t = resolve(form);
        String reason = form.get(Var.REASON) == null ? null : String.valueOf(form.get(Var.REASON));
        if (t.directive()) {
            recalls.checkDirective(t.directiveId(), reason);
        } else {
            recalls.checkDocument(t.directiveId(), t.unitCode(), reason);
        }
    }

    private Target resolve(Map<String, Object> form) {
        FormFields.check(RecallProcess.KEY, form);
        Object value = form.get(Var.DOCUMENT_NUMBER);
        if (value == null || String.valueOf(value).isBlank()) {
            throw ApiException.unprocessable("missing-document-number", "Chưa nhập " + FieldLabels.field(Var.DOCUMENT_NUMBER));
        }
        String number = String.valueOf(value).trim();
        Authentication auth = identityService.getCurrentAuthentication();
        List<String> groups = auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
        boolean all = groups.contains(Groups.CAMUNDA_ADMIN);
        List<String> units = groups.stream().map(UnitGroups::unitOf).filter(Objects::nonNull).distinct().toList();
        if (!all && units.isEmpty()) {
            throw unknown(number);
        }
        MapSqlParameterSource p = new MapSqlParameterSource("number", number.toLowerCase(java.util.Locale.ROOT))
                .addValue("units", units.isEmpty() ? Collections.singletonList("") : units);
        List<Target> found = new ArrayList<>();
        found.addAll(jdbc.query("select id, recipient_code from directive where lower(number) = :number"
                        + (all ? "" : " and recipient_code in (:units)") + " order by registered_at desc", p,
                (rs, i) -> new Target(rs.getString("id"), rs.getString("recipient_code"), true)));
        found.addAll(jdbc.query("select directive_id, unit_code from directive_unit where lower(implementing_number) = :number"
                        + (all ? "" : " and unit_code in (:units)") + " order by received_at desc", p,
                (rs, i) -> new Target(rs.getString("directive_id"), rs.getString("unit_code"), false)));
        if (found.isEmpty()) {
            throw unknown(number);
        }
        List<Target> open = found.stream().filter(t -> !engineRecalls.openSubtree(t.directiveId(), t.unitCode(),
                t.directive()).isEmpty()).toList();
        if (open.size() > 1) {
            throw ApiException.unprocessable("ambiguous-document", "Có " + open.size() + " văn bản số " + number
                    + " còn đang thực hiện; thu hồi từng văn bản qua trang văn bản hoặc API (POST /api/directives/{id}/recall)");
        }
        // none open: the first found answers with the reason (already recalled, ended, not issued)
        return open.isEmpty() ? found.get(0) : open.get(0);
    }

    private static ApiException unknown(String number) {
        return ApiException.unprocessable("unknown-document", FieldLabels.field(Var.DOCUMENT_NUMBER) + " '" + number
                + "' không phải văn bản đơn vị của bạn đã vào sổ hoặc đã ban hành");
    }
}
