package vn.directive.directive;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.directive.cascade.CascadeStatus;
import vn.directive.cascade.CascadeStatus.UnitRow;
import vn.directive.web.ApiException;
import vn.directive.web.FieldLabels;

@RestController
@RequestMapping("/api/directives")
class DirectiveController {

    private final DirectiveService service;
    private final DirectiveRegister register;
    private final CascadeStatus status;

    DirectiveController(DirectiveService service, DirectiveRegister register, CascadeStatus status) {
        this.service = service;
        this.register = register;
        this.status = status;
    }

    record RegistrationRequest(DirectiveDraft directive, String recipient, String reportDeadline, String text) {
    }

    @PostMapping
    ResponseEntity<DirectiveService.Registration> register(@RequestBody RegistrationRequest request) {
        if (request == null) {
            throw ApiException.badRequest("missing-body", "Thiếu nội dung JSON {directive, recipient, reportDeadline}");
        }
        DirectiveService.Registration r = service.register(request.directive(), request.recipient(),
                date("reportDeadline", request.reportDeadline()), request.text());
        return ResponseEntity.created(URI.create("/api/directives/" + r.id())).body(r);
    }

    record DirectiveView(String id, String businessKey, DirectiveDraft directive, String recipient,
                         LocalDate reportDeadline, String status, String statusName, boolean overdue,
                         String processInstanceId) {
    }

    @GetMapping("/{id}")
    DirectiveView directive(@PathVariable String id) {
        DirectiveRegister.Registered d = find(id);
        UnitRow top = status.unit(id, d.recipientCode()).orElseThrow();
        return new DirectiveView(d.id(), d.businessKey(), d.draft(), d.recipientCode(), d.reportDeadline(),
                top.status(), top.statusName(), top.overdue(), d.processInstanceId());
    }

    @GetMapping("/{id}/units")
    List<UnitRow> units(@PathVariable String id) {
        find(id);
        return status.units(id);
    }

    private DirectiveRegister.Registered find(String id) {
        return register.find(id).orElseThrow(() -> ApiException.notFound("unknown-directive", "Không có văn bản mã '" + id + "'"));
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("missing-field", "Chưa nhập " + FieldLabels.field(field) + " (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid-date", FieldLabels.field(field)
                    + " phải là một ngày dạng YYYY-MM-DD, không phải '" + value + "'");
        }
    }
}
