package vn.directive.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure of the application's API into {"error","message"} with a 4xx status. */
@RestControllerAdvice
public class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> api(ApiException e) {
        // a client's mistake: one line at DEBUG, no stack trace (server faults are not ApiExceptions)
        log.debug("{} {}: {}", e.status().value(), e.error(), e.getMessage());
        return ResponseEntity.status(e.status()).body(new ApiError(e.error(), e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return status(HttpStatus.BAD_REQUEST, "malformed-body",
                "Nội dung gửi lên không phải JSON đúng dạng yêu cầu: " + rootMessage(e));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return status(HttpStatus.BAD_REQUEST, "missing-parameter",
                "Thiếu tham số " + FieldLabels.field(e.getParameterName()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
        return status(HttpStatus.BAD_REQUEST, "invalid-parameter",
                FieldLabels.field(e.getName()) + " không hợp lệ: '" + e.getValue() + "'"
                        + (e.getRequiredType() == java.time.LocalDate.class ? " (cần một ngày YYYY-MM-DD)" : ""));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return status(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Không nhận kiểu nội dung " + e.getContentType() + "; dùng " + e.getSupportedMediaTypes());
    }

    /** A Content-Type that is no media type a body can have ({@code *}/{@code *}, {@code text/*}, garbage). */
    @ExceptionHandler(org.springframework.http.InvalidMediaTypeException.class)
    ResponseEntity<ApiError> invalidMediaType(org.springframework.http.InvalidMediaTypeException e) {
        return status(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Header 'Content-Type' must name the body's type, e.g. application/json: " + e.getMessage());
    }

    /** A multipart upload over spring.servlet.multipart's limits (20 MB a file), refused before anything is stored. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return status(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large",
                "Trường 'file': tệp vượt quá giới hạn 20 MB");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
        return status(HttpStatus.BAD_REQUEST, "missing-field", "Thiếu trường '" + e.getRequestPartName() + "'");
    }

    /** A body announced as multipart that cannot be read as such. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> multipart(MultipartException e) {
        return status(HttpStatus.BAD_REQUEST, "malformed-multipart",
                "Nội dung gửi lên không phải multipart/form-data hợp lệ: " + rootMessage(e));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return status(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                "Không hỗ trợ phương thức " + e.getMethod() + " ở địa chỉ này");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return status(HttpStatus.NOT_FOUND, "not-found", "Không có tài nguyên /" + e.getResourcePath());
    }

    @ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
    ResponseEntity<ApiError> forbidden(org.camunda.bpm.engine.AuthorizationException e) {
        String missing = e.getMissingAuthorizations().stream()
                .map(m -> m.getViolatedPermissionName() + " trên " + m.getResourceType()
                        + (m.getResourceId() == null ? "" : " '" + m.getResourceId() + "'"))
                .collect(java.util.stream.Collectors.joining(", "));
        return status(HttpStatus.FORBIDDEN, "forbidden", "Người dùng " + e.getUserId() + " không có quyền"
                + (missing.isEmpty() ? " làm việc này" : " " + missing));
    }

    private static ResponseEntity<ApiError> status(HttpStatus status, String error, String message) {
        return ResponseEntity.status(status).body(new ApiError(error, message));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (m == null) {
            return t.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }
}
