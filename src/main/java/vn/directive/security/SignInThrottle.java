package vn.directive.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing per client address, in front of HTTP Basic ({@link EngineBasicAuthFilter}) and
 * the webapps' login ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}).
 * <p>
 * A client's first {@link #FREE_FAILURES} failed sign-ins cost nothing here (the engine still delays the
 * user's next sign-in, 3 s doubling up to 60 s); after that the client must wait 3 s, then
 * 6 s, 12 s … at most {@link #MAX_DELAY_SECONDS} after each failure, and every request with credentials
 * it makes meanwhile is answered 429 with {@code Retry-After}, without the password being checked: the
 * guesses never reach the engine, so they neither count nor lengthen the user's delay. A client's
 * failures are forgotten {@link #FORGET_AFTER_SECONDS} after its last one; a successful sign-in does not
 * reset them, or a guesser with an account of its own could sign in between guesses. Nothing here or in the engine
 * locks a user for longer than {@link #MAX_DELAY_SECONDS} after the last failed attempt.
 * <p>
 * Time is the engine's clock ({@link ClockUtil}), the clock the engine's own delay uses, so a test moves
 * both at once.
 */
public class SignInThrottle extends OncePerRequestFilter {

    static final int FREE_FAILURES = 10;
    static final long FIRST_DELAY_SECONDS = 3;
    static final long MAX_DELAY_SECONDS = 60;
    static final long FORGET_AFTER_SECONDS = 15 * 60;
    /** Past this many clients remembered, the forgotten ones are dropped. */
    private static final int CLEANUP_AT = 10_000;

    private record Failures(int count, long last) {
    }

    private final Map<String, Failures> clients = new ConcurrentHashMap<>();
    /** The webapps' login: {@code <application path>/api/admin/auth/user/}. */
    private final String loginPrefix;

    public SignInThrottle(String webappPath) {
        this.loginPrefix = webappPath + "/api/admin/auth/user/";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesCredentials(request)) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        long wait = retryAfterSeconds(client);
        if (wait > 0) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(wait));
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"too-many-attempts\",\"message\":\"Đăng nhập sai quá nhiều lần từ "
                    + "địa chỉ này: hãy thử lại sau " + wait + " giây\"}");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            failed(client);
        }
    }

    /** Seconds the client must still wait before its credentials are checked again; 0 when it may try. */
    public long retryAfterSeconds(String client) {
        long now = now();
        Failures f = clients.get(client);
        if (f == null || forgotten(f, now) || f.count() <= FREE_FAILURES) {
            return 0;
        }
        long until = f.last() + delaySeconds(f.count()) * 1000;
        return until > now ? (until - now + 999) / 1000 : 0;
    }

    /** Failures are forgotten 15 minutes after the last one, and when the clock was set back before it. */
    private static boolean forgotten(Failures f, long now) {
        return now - f.last() > FORGET_AFTER_SECONDS * 1000 || now < f.last();
    }

    /** The wait after the n-th failure: none for the first ten, then 3 s doubling up to 60 s. */
    static long delaySeconds(int failures) {
        int over = failures - FREE_FAILURES - 1;
        if (over < 0) {
            return 0;
        }
        return over >= 5 ? MAX_DELAY_SECONDS : Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS << over);
    }

    void failed(String client) {
        long now = now();
        if (clients.size() > CLEANUP_AT) {
            clients.values().removeIf(f -> forgotten(f, now));
        }
        clients.compute(client, (k, f) -> f == null || forgotten(f, now) ? new Failures(1, now) : new Failures(f.count() + 1, now));
    }

    private boolean carriesCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && path.startsWith(loginPrefix)
                && path.contains("/login/");
    }

    private static long now() {
        return ClockUtil.getCurrentTime().getTime();
    }
}
