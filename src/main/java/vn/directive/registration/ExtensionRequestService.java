package vn.directive.registration;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.directive.cascade.ExtensionProcess;
import vn.directive.cascade.ExtensionRequests;
import vn.directive.cascade.ExtensionRequests.Request;
import vn.directive.cascade.ExtensionRules;
import vn.directive.cascade.FormFields;
import vn.directive.cascade.Obligations.Obligation;
import vn.directive.directive.DirectiveRegister;
import vn.directive.directive.DirectiveRegister.Registered;
import vn.directive.document.DocumentAccess;
import vn.directive.document.DocumentAccess.Reader;
import vn.directive.engine.Engine;
import vn.directive.unit.UnitGroups;
import vn.directive.web.ApiException;
import vn.directive.web.FieldLabels;

/**
 * Asking for an extension (xin gia hạn, CONTRACT section 8): over REST (POST …/units/{code}/extension-requests) and
 * from Tasklist's start form of extension_request, where the unit is the user's own (the unit they lead) and the
 * directive the open one whose received document carries the number typed. Who asks is checked here (the unit's
 * leaders, or the administrator over REST); what is asked by {@link ExtensionRules}, before anything starts.
 */
@Component
public class ExtensionRequestService {

    /** A request as the API shows it. */
    public record View(String id, String directiveId, String unitCode, LocalDate requestedDeadline, String reason,
                       java.sql.Timestamp requestedAt, String requestedBy, String status, LocalDate decidedDeadline,
                       String decisionReason, java.sql.Timestamp decidedAt, String decidedBy, String processInstanceId) {

        static View of(Request r) {
            return new View(r.id(), r.directiveId(), r.unitCode(), r.requestedDeadline(), r.reason(), r.requestedAt(),
                    r.requestedBy(), r.status().name(), r.decidedDeadline(), r.decisionReason(), r.decidedAt(),
                    r.decidedBy(), r.processInstanceId());
        }
    }

    private final DirectiveRegister register;
    private final DocumentAccess access;
    private final ExtensionRules rules;
    private final ExtensionRequests requests;
    private final RuntimeService runtimeService;
    private final Engine engine;

    public ExtensionRequestService(DirectiveRegister register, DocumentAccess access, ExtensionRules rules,
                                   ExtensionRequests requests, RuntimeService runtimeService, Engine engine) {
        this.register = register;
        this.access = access;
        this.rules = rules;
        this.requests = requests;
        this.runtimeService = runtimeService;
        this.engine = engine;
    }

    /**
     * POST …/extension-requests: 404 for an unknown directive (or one the user may not read) or unit, 403 for anyone
     * but the unit's leaders and the administrator, then {@link ExtensionRules}; the request's process starts.
     */
    public View request(String directiveId, String unitCode, Object newDeadline, Object reason) {
        Reader reader = access.current().orElseThrow(() -> forbidden(unitCode));
        Registered directive = readable(reader, directiveId);
        rules.obligation(directive.id(), unitCode);
        if (!reader.administrator() && !reader.groups().contains(UnitGroups.of(unitCode).leaders())) {
            throw forbidden(unitCode);
        }
        rules.check(directive.id(), unitCode, newDeadline, reason);
        Map<String, Object> v = new HashMap<>();
        v.put(ExtensionProcess.Var.NEW_DEADLINE, String.valueOf(newDeadline).trim());
        v.put(ExtensionProcess.Var.REASON, String.valueOf(reason));
        return start(directive, unitCode, v);
    }

    /** The requests of one unit, oldest first (same readers as the directive). */
    public List<View> of(String directiveId, String unitCode) {
        Reader reader = access.current().orElseThrow(() -> forbidden(unitCode));
        Registered directive = readable(reader, directiveId);
        rules.obligation(directive.id(), unitCode);
        return requests.of(directive.id(), unitCode).stream().map(View::of).toList();
    }

    /**
     * The start form, before the engine starts anything: checked as {@link #request} checks, the unit and the
     * directive found from the user's leaders groups and the document number, and written into the variables
     * ({@code directiveId}, {@code unitCode}) the process reads.
     */
    public void checkStartForm(ObjectNode variables) {
        Map<String, Object> form = FormFields.fromRest(ExtensionProcess.KEY, variables);
        Reader reader = access.current().orElseThrow(() -> forbidden(null));
        List<String> led = reader.groups().stream().filter(g -> g.endsWith("." + UnitGroups.LEADERS))
                .map(UnitGroups::unitOf).filter(u -> u != null).toList();
        if (led.isEmpty()) {
            throw new ApiException(org.springframework.http.HttpStatus.FORBIDDEN, "forbidden",
                    "Chỉ lãnh đạo đơn vị đề nghị gia hạn được; người dùng không thuộc lãnh đạo đơn vị nào");
        }
        Obligation o = rules.byDocument(led, form.get(ExtensionProcess.Var.DOCUMENT_NUMBER));
        rules.check(o.directiveId(), o.unitCode(), form.get(ExtensionProcess.Var.NEW_DEADLINE), form.get(ExtensionProcess.Var.REASON));
        typed(variables, vn.directive.cascade.CascadeProcess.Var.DIRECTIVE_ID, o.directiveId());
        typed(variables, vn.directive.cascade.CascadeProcess.Var.UNIT_CODE, o.unitCode());
    }

    private static void typed(ObjectNode variables, String name, String value) {
        ObjectNode v = variables.putObject(name);
        v.put("type", "String");
        v.put("value", value);
    }

    private View start(Registered directive, String unitCode, Map<String, Object> form) {
        Map<String, Object> v = new HashMap<>(form);
        v.put(vn.directive.cascade.CascadeProcess.Var.DIRECTIVE_ID, directive.id());
        v.put(vn.directive.cascade.CascadeProcess.Var.UNIT_CODE, unitCode);
        ProcessInstance pi;
        try {
            pi = engine.withoutAuthorization(() -> runtimeService.createProcessInstanceByKey(ExtensionProcess.KEY)
                    .businessKey(directive.businessKey()).setVariables(v).execute());
        } catch (org.camunda.bpm.engine.ProcessEngineException e) {
            // a request that got in first between the check and the start (the register's unique key): its 409
            if (e.getCause() instanceof ApiException refused) {
                throw refused;
            }
            throw e;
        }
        return requests.of(directive.id(), unitCode).stream().filter(r -> pi.getId().equals(r.processInstanceId()))
                .findFirst().map(View::of).orElseThrow();
    }

    private Registered readable(Reader reader, String directiveId) {
        Registered d = register.find(directiveId).orElse(null);
        if (d == null || !access.mayRead(reader, d)) {
            throw ApiException.notFound("unknown-directive", "Không có văn bản mã '" + directiveId + "'");
        }
        return d;
    }

    private static ApiException forbidden(String unitCode) {
        return new ApiException(org.springframework.http.HttpStatus.FORBIDDEN, "forbidden",
                "Chỉ lãnh đạo " + (unitCode == null ? "đơn vị" : "đơn vị mã '" + unitCode + "'")
                        + " (" + FieldLabels.label("unit") + ") đề nghị gia hạn được");
    }
}
