package vn.directive.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's REST API (/engine-rest) maps every exception itself: a ProcessEngineException, or anything else,
 * becomes a 500. These two mappers take precedence over the engine's at the same exception type (a smaller
 * {@link Priority} wins in Jersey) and claim only the failures {@link DatabaseUnavailable#is} recognises;
 * everything else still goes to the engine's own handlers. Registered by {@link DatabaseUnavailableConfiguration}.
 */
public final class EngineRestDatabaseUnavailable {

    private static final Logger log = LoggerFactory.getLogger(EngineRestDatabaseUnavailable.class);

    private EngineRestDatabaseUnavailable() {
    }

    static Response response(Throwable e) {
        log.warn("engine REST: database unavailable, answered 503 ({})", e.toString());
        return Response.status(DatabaseUnavailable.STATUS).header("Retry-After", DatabaseUnavailable.RETRY_AFTER)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(DatabaseUnavailable.BODY).build();
    }

    /** Ahead of the engine's ProcessEngineExceptionHandler. */
    @Priority(1000)
    public static class EngineFailure implements ExtendedExceptionMapper<ProcessEngineException> {

        @Override
        public boolean isMappable(ProcessEngineException e) {
            return DatabaseUnavailable.is(e);
        }

        @Override
        public Response toResponse(ProcessEngineException e) {
            return response(e);
        }
    }

    /**
     * Ahead of the engine's RestExceptionHandler: a resource that catches the engine's exception and rethrows it
     * as a RestException (e.g. "Cannot complete task …", status 500) keeps it as the cause.
     */
    @Priority(1000)
    public static class RestFailure implements ExtendedExceptionMapper<RestException> {

        @Override
        public boolean isMappable(RestException e) {
            return DatabaseUnavailable.is(e);
        }

        @Override
        public Response toResponse(RestException e) {
            return response(e);
        }
    }

    /** Ahead of the engine's catch-all ExceptionHandler: e.g. Spring's CannotCreateTransactionException. */
    @Priority(1000)
    public static class AnyFailure implements ExtendedExceptionMapper<Throwable> {

        @Override
        public boolean isMappable(Throwable e) {
            return DatabaseUnavailable.is(e);
        }

        @Override
        public Response toResponse(Throwable e) {
            return response(e);
        }
    }
}
