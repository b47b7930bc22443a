package vn.directive.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outermost filter of /api/** and /engine-rest/**: a request that fails because the database cannot be
 * reached ({@link DatabaseUnavailable#is}) is answered {@code 503} with the contract's JSON error and a
 * {@code Retry-After}, instead of the container's 500. Most such requests fail here already in the sign-in
 * (HTTP Basic checks the password in the database) or in the submission filter, before the engine's REST
 * resources; inside them {@link EngineRestDatabaseUnavailable} does the same. One line is logged, without the
 * stack trace: during an outage every request fails the same way.
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.is(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("{} {}: database unavailable, answered 503 ({})", request.getMethod(), request.getRequestURI(),
                    e.toString());
            write(response);
        }
    }

    static void write(HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(DatabaseUnavailable.STATUS);
        response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(DatabaseUnavailable.BODY.getBytes(StandardCharsets.UTF_8));
    }
}
