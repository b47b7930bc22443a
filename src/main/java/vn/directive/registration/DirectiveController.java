package vn.directive.registration;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.directive.cascade.CascadeStatus;
import vn.directive.cascade.CascadeStatus.UnitRow;
import vn.directive.cascade.FigureTable;
import vn.directive.compliance.ComplianceAccess;
import vn.directive.directive.DirectiveDraft;
import vn.directive.directive.DirectiveRegister;
import vn.directive.web.ApiException;
import vn.directive.web.FieldLabels;

@RestController
@RequestMapping("/api/directives")
class DirectiveController {

    private final DirectiveService service;
    private final DirectiveRegister register;
    private final CascadeStatus status;
    private final ComplianceAccess access;
    private final FigureTable figures;
    private final vn.directive.directive.DirectiveVersions versions;

    DirectiveController(DirectiveService service, DirectiveRegister register, CascadeStatus status,
                        ComplianceAccess access, FigureTable figures, vn.directive.directive.DirectiveVersions versions) {
        this.versions = versions;
        this.figures = figures;
        this.service = service;
        this.register = register;
        this.status = status;
        this.access = access;
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
                         String processInstanceId, int version,
                         List<vn.directive.directive.DirectiveVersions.Version> versions) {
    }

    @GetMapping("/{id}")
    DirectiveView directive(@PathVariable String id) {
        DirectiveRegister.Registered d = find(id);
        requireReached(access.scope(access.current(), id), id);
        UnitRow top = status.unit(id, d.recipientCode()).orElseThrow();
        return new DirectiveView(d.id(), d.businessKey(), d.draft(), d.recipientCode(), d.reportDeadline(),
                top.status(), top.statusName(), top.overdue(), d.processInstanceId(), versions.current(id),
                versions.earlier(id));
    }

    @GetMapping("/{id}/units")
    List<UnitRow> units(@PathVariable String id) {
        find(id);
        ComplianceAccess.DirectiveScope scope = access.scope(access.current(), id);
        requireReached(scope, id);
        // the reader's own unit and what lies below it (a reader at the recipient sees every row), and the subtree
        // of a unit whose report goes to the reader's unit (b/c)
        return status.units(id).stream().filter(r -> scope.visible().test(r.unitCode())).toList();
    }

    /**
     * The figures asked and reported under the directive (CONTRACT section 9), with the same rows as
     * {@code /units}; {@code ?format=csv} as CSV.
     */
    @GetMapping("/{id}/figures")
    ResponseEntity<?> figures(@PathVariable String id, @RequestParam(required = false) String format) {
        find(id);
        ComplianceAccess.DirectiveScope scope = access.scope(access.current(), id);
        requireReached(scope, id);
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw ApiException.badRequest("invalid-format", "Định dạng (format) phải là json hoặc csv, không phải '" + format + "'");
        }
        FigureTable.Table table = figures.table(id, scope.visible());
        if ("csv".equals(format)) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"so-lieu-" + id + ".csv\"")
                    .body(FigureTable.csv(table));
        }
        return ResponseEntity.ok(table);
    }

    private DirectiveRegister.Registered find(String id) {
        return register.find(id).orElseThrow(() -> unknown(id));
    }

    /**
     * The administrator reads every directive; anyone else only one that reached a unit they belong to.
     * To anyone else it does not exist: the same 404 as an unknown id, so ids cannot be probed.
     */
    private static void requireReached(ComplianceAccess.DirectiveScope scope, String id) {
        if (!scope.reached()) {
            throw unknown(id);
        }
    }

    private static ApiException unknown(String id) {
        return ApiException.notFound("unknown-directive", "Không có văn bản mã '" + id + "'");
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
