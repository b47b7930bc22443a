package vn.directive.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic against the engine's own users, for /api/**, /engine-rest/** and the Prometheus endpoint.
 * The authenticated user and groups are set on the engine for the request, so Camunda authorizations
 * decide what the user sees and may do, exactly as in Tasklist.
 * <p>
 * A reading request (GET or HEAD) to /api/** may instead carry the session of a user signed into the
 * Camunda webapps, so that Cockpit's compliance view can call the API. Only reads: a session cookie is
 * sent by the browser on its own, and a write without the webapps' CSRF token must not be possible.
 */
public class EngineBasicAuthFilter extends OncePerRequestFilter {

    /**
     * Members of this group (created at start, see {@link IdentityInitializer}) and the administrator
     * read the metrics endpoints (/actuator/prometheus, /actuator/metrics); any other user gets 403.
     */
    public static final String MONITORING_GROUP = "monitoring";

    private static final String CHALLENGE = "Basic realm=\"directive\", charset=\"UTF-8\"";

    private final IdentityService identityService;
    private final String engineName;

    public EngineBasicAuthFilter(IdentityService identityService, String engineName) {
        this.identityService = identityService;
        this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String[] credentials = credentials(request.getHeader("Authorization"));
        UserAuthentication webappUser = credentials == null ? webappSessionUser(request) : null;
        if (webappUser != null) {
            authenticated(webappUser.getName(), webappUser.getGroupIds(), webappUser.getTenantIds(), request, response,
                    chain);
            return;
        }
        if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", CHALLENGE);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(credentials == null
                    ? "{\"error\":\"unauthenticated\",\"message\":\"HTTP Basic credentials of an engine user are required\"}"
                    : "{\"error\":\"unauthenticated\",\"message\":\"Unknown user or wrong password\"}");
            return;
        }
        String userId = credentials[0];
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).toList();
        authenticated(userId, groups, tenants, request, response, chain);
    }

    private void authenticated(String userId, List<String> groups, List<String> tenants, HttpServletRequest request,
                               HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        String path = path(request);
        boolean administrator = groups.contains(Groups.CAMUNDA_ADMIN);
        if (path.startsWith("/actuator/") && !groups.contains(MONITORING_GROUP) && !administrator) {
            forbidden(response, "Metrics are for members of group '" + MONITORING_GROUP + "' and the administrator");
            return;
        }
        // checks anyone's password without SignInThrottle seeing a failure: a signed-in user could guess
        // another's password through it, and every guess would delay that user's sign-in
        if (path.equals("/engine-rest/identity/verify") && !administrator) {
            forbidden(response, "Only the administrator verifies other users' passwords");
            return;
        }
        try {
            identityService.setAuthentication(userId, groups, tenants);
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static void forbidden(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"error\":\"forbidden\",\"message\":\"" + message + "\"}");
    }

    /** The user signed into the Camunda webapps, for a reading request to the application's API; else null. */
    private UserAuthentication webappSessionUser(HttpServletRequest request) {
        String method = request.getMethod();
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        String path = path(request);
        HttpSession session = request.getSession(false);
        if (!read || !path.startsWith("/api/") || session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return authentications != null
                && authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user
                ? user : null;
    }

    /** The path inside the application, decoded and normalized by the container, without a trailing slash. */
    private static String path(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String[] credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
