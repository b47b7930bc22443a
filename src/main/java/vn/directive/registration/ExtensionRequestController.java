package vn.directive.registration;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.directive.web.ApiException;
import vn.directive.web.FieldLabels;

/** Extension requests (xin gia hạn, CONTRACT section 8). */
@RestController
@RequestMapping("/api/directives/{id}/units/{code}/extension-requests")
class ExtensionRequestController {

    private final ExtensionRequestService service;

    ExtensionRequestController(ExtensionRequestService service) {
        this.service = service;
    }

    /** {"newDeadline": "YYYY-MM-DD", "reason": "..."} → 201 the request, OPEN, its decision task created. */
    @PostMapping
    ResponseEntity<ExtensionRequestService.View> request(@PathVariable String id, @PathVariable String code,
                                                         @RequestBody(required = false) JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("missing-body", "Thiếu nội dung JSON {\"newDeadline\": \"YYYY-MM-DD\", \"reason\": \"...\"}");
        }
        ExtensionRequestService.View v = service.request(id, code, value(body, "newDeadline"), value(body, "reason"));
        return ResponseEntity.created(URI.create("/api/directives/" + id + "/units/" + code + "/extension-requests/" + v.id()))
                .body(v);
    }

    @GetMapping
    List<ExtensionRequestService.View> list(@PathVariable String id, @PathVariable String code) {
        return service.of(id, code);
    }

    /** A field as given: a JSON string as its text; anything else is 400 naming the field. */
    private static Object value(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        throw ApiException.badRequest("invalid-field", FieldLabels.field(field) + " phải là một chuỗi ("
                + ("newDeadline".equals(field) ? "ngày dạng YYYY-MM-DD" : "văn bản") + "), không phải " + n);
    }
}
