package vn.directive.registration;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.directive.web.ApiException;

/** Recall (thu hồi, CONTRACT section 8): of the registered directive, and of a unit's own implementing document. */
@RestController
@RequestMapping("/api/directives")
class RecallController {

    private final RecallService recalls;

    RecallController(RecallService recalls) {
        this.recalls = recalls;
    }

    record RecallRequest(String reason) {
    }

    @PostMapping("/{id}/recall")
    RecallService.Recalled recall(@PathVariable String id, @RequestBody(required = false) RecallRequest request) {
        return recalls.recallDirective(id, reason(request));
    }

    @PostMapping("/{id}/units/{code}/recall")
    RecallService.Recalled recallDocument(@PathVariable String id, @PathVariable String code,
                                          @RequestBody(required = false) RecallRequest request) {
        return recalls.recallDocument(id, code, reason(request));
    }

    private static String reason(RecallRequest request) {
        if (request == null) {
            throw ApiException.badRequest("missing-body", "Thiếu nội dung JSON {reason}");
        }
        return request.reason();
    }
}
