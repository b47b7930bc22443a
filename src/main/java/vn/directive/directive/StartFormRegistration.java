package vn.directive.directive;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.directive.cascade.SubmittedVariables;
import vn.directive.directive.RegistrationProcess.Var;
import vn.directive.unit.UnitGroups;
import vn.directive.web.ApiException;
import vn.directive.web.FieldLabels;

/**
 * The start form of directive_registration (${registration.register(execution)}): the pasted text is
 * read into a draft and registered exactly as POST /api/directives would. With no recipient given,
 * the clerk's own unit receives it.
 */
@Component("registration")
public class StartFormRegistration {

    private final DirectiveReader reader;
    private final DirectiveService directives;
    private final IdentityService identityService;

    public StartFormRegistration(DirectiveReader reader, DirectiveService directives, IdentityService identityService) {
        this.reader = reader;
        this.directives = directives;
        this.identityService = identityService;
    }

    public void register(DelegateExecution execution) {
        DirectiveService.Registration r = registerFrom(execution.getVariables());
        execution.setVariable(Var.DIRECTIVE_ID, r.id());
        execution.setVariable(Var.BUSINESS_KEY, r.businessKey());
    }

    /** Also what the submission filter runs before the engine, so a bad form is refused with 4xx and nothing written. */
    public DirectiveService.Registration registerFrom(Map<String, Object> form) {
        Object text = form.get(Var.TEXT);
        if (text == null || String.valueOf(text).isBlank()) {
            throw ApiException.unprocessable("empty-text", "Chưa dán " + FieldLabels.field(Var.TEXT));
        }
        String recipient = form.get(Var.RECIPIENT) == null || String.valueOf(form.get(Var.RECIPIENT)).isBlank()
                ? ownUnit() : String.valueOf(form.get(Var.RECIPIENT)).trim();
        LocalDate deadline = SubmittedVariables.date(Var.REPORT_DEADLINE, form.get(Var.REPORT_DEADLINE));
        DirectiveDraft draft = reader.read(String.valueOf(text), recipient);
        return directives.register(draft, recipient, deadline, String.valueOf(text));
    }

    private String ownUnit() {
        Authentication auth = identityService.getCurrentAuthentication();
        if (auth != null && auth.getGroupIds() != null) {
            for (String group : auth.getGroupIds()) {
                String unit = UnitGroups.unitOf(group);
                if (unit != null) {
                    return unit;
                }
            }
        }
        throw ApiException.badRequest("missing-variable", "Chưa nhập " + FieldLabels.field(Var.RECIPIENT)
                + ": không xác định được đơn vị của người dùng");
    }
}
