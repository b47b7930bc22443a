package vn.directive.registration;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.directive.directive.DirectiveDraft;
import vn.directive.web.ApiException;

/** Amendment (cập nhật, thay thế, CONTRACT section 8): of the registered directive, and of a unit's own implementing document. */
@RestController
@RequestMapping("/api/directives")
class AmendmentController {

    private final AmendmentService amendments;

    AmendmentController(AmendmentService amendments) {
        this.amendments = amendments;
    }

    record AmendmentRequest(DirectiveDraft directive, String reportDeadline, String text) {
    }

    record DocumentAmendmentRequest(String number, String subject, String reportDeadline, String text) {
    }

    @PostMapping("/{id}/amendments")
    ResponseEntity<AmendmentService.Amended> amend(@PathVariable String id,
                                                   @RequestBody(required = false) AmendmentRequest request) {
        if (request == null) {
            throw ApiException.badRequest("missing-body", "Thiếu nội dung JSON {directive, reportDeadline, text}");
        }
        AmendmentService.Amended a = amendments.amendDirective(id, request.directive(),
                DirectiveController.date("reportDeadline", request.reportDeadline()), request.text());
        return ResponseEntity.created(URI.create("/api/directives/" + id)).body(a);
    }

    @PostMapping("/{id}/units/{code}/amendments")
    ResponseEntity<AmendmentService.Amended> amendDocument(@PathVariable String id, @PathVariable String code,
                                                           @RequestBody(required = false) DocumentAmendmentRequest request) {
        if (request == null) {
            throw ApiException.badRequest("missing-body", "Thiếu nội dung JSON {number, subject, reportDeadline, text}");
        }
        LocalDate deadline = request.reportDeadline() == null || request.reportDeadline().isBlank() ? null
                : DirectiveController.date("reportDeadline", request.reportDeadline());
        AmendmentService.Amended a = amendments.amendDocument(id, code, request.number(), request.subject(), deadline,
                request.text());
        return ResponseEntity.created(URI.create("/api/directives/" + id + "/units/" + code)).body(a);
    }
}
