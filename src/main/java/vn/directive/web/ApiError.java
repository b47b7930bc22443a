package vn.directive.web;

/** The body of every error the application's API returns. */
public record ApiError(String error, String message) {
}
