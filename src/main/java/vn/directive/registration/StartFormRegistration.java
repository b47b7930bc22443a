package vn.directive.registration;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.directive.cascade.FormFields;
import vn.directive.cascade.SubmittedVariables;
import vn.directive.directive.DirectiveDraft;
import vn.directive.directive.DirectiveReader;
import vn.directive.directive.RegistrationProcess;
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

    /** Registers what the start form submitted (the service task of directive_registration). */
    public DirectiveService.Registration registerFrom(Map<String, Object> form) {
        Form f = read(form);
        return directives.register(f.draft(), f.recipient(), f.deadline(), f.text());
    }

    /**
     * What the submission filter runs before the engine: the same reading and rules as {@link #registerFrom}, and
     * nothing written, so a bad form is refused with 4xx and the process is started once, by the engine.
     */
    public void check(Map<String, Object> form) {
        Form f = read(form);
        directives.validate(f.draft(), f.recipient(), f.deadline(), f.text());
    }

    /** The start form's variables as a REST submission gives them, checked and rewritten in place (see {@link FormFields}). */
    public static Map<String, Object> fromRest(ObjectNode variables) {
        return FormFields.fromRest(RegistrationProcess.KEY, variables);
    }

    private record Form(String text, String recipient, LocalDate deadline, DirectiveDraft draft) {
    }

    private Form read(Map<String, Object> form) {
        FormFields.check(RegistrationProcess.KEY, form);
        Object text = form.get(Var.TEXT);
        if (text == null || String.valueOf(text).isBlank()) {
            throw ApiException.unprocessable("empty-text", "Chưa dán " + FieldLabels.field(Var.TEXT));
        }
        String recipient = form.get(Var.RECIPIENT) == null || String.valueOf(form.get(Var.RECIPIENT)).isBlank()
                ? ownUnit() : String.valueOf(form.get(Var.RECIPIENT)).trim();
        LocalDate deadline = SubmittedVariables.date(Var.REPORT_DEADLINE, form.get(Var.REPORT_DEADLINE));
        DirectiveDraft draft = reader.read(String.valueOf(text), recipient);
        return new Form(String.valueOf(text), recipient, deadline, draft);
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
