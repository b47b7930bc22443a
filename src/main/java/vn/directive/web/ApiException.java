package vn.directive.web;

import org.springframework.http.HttpStatus;

/** A refusal the client can act on; rendered as {"error","message"} by {@link ApiErrorHandler}. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String error;

    public ApiException(HttpStatus status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    public static ApiException badRequest(String error, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, error, message);
    }

    public static ApiException notFound(String error, String message) {
        return new ApiException(HttpStatus.NOT_FOUND, error, message);
    }

    public static ApiException conflict(String error, String message) {
        return new ApiException(HttpStatus.CONFLICT, error, message);
    }

    public static ApiException unprocessable(String error, String message) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, error, message);
    }

    public HttpStatus status() {
        return status;
    }

    public String error() {
        return error;
    }
}
