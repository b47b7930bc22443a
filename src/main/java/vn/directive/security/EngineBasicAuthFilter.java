package vn.directive.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
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
 * sent by the browser on its own, and a write without the webapps' CSRF token must not be possible. The one
 * exception is a file upload that carries that token (the document page's form).
 */
public class EngineBasicAuthFilter extends OncePerRequestFilter {

    /**
     * Members of this group (created at start, see {@link IdentityInitializer}) and the administrator
     * read the metrics endpoints (/actuator/prometheus, /actuator/metrics); any other user gets 403.
     */
    public static final String MONITORING_GROUP = "monitoring";

    private static final String CHALLENGE = "Basic realm=\"directive\", charset=\"UTF-8\"";
    /** The document pages' path prefix (vn.directive.document.DocumentPageController). */
    public static final String PAGES = "/van-ban/";
    /** The only writes a webapp session may make, with its CSRF token: a file of a directive, of a unit's document or of its report. */
    static final Pattern SESSION_UPLOAD = Pattern.compile("/api/directives/[^/]+((/units/[^/]+)?/files|/units/[^/]+/report-files)");
    /** Where the Camunda webapps keep their CSRF token (CsrfConstants), and the header their scripts send it in. */
    static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
    static final String CSRF_HEADER = "X-XSRF-TOKEN";

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
            if (path(request).startsWith(PAGES)) {
                unauthenticatedPage(request, response);
                return;
            }
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", CHALLENGE);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(credentials == null
                    ? "{\"error\":\"unauthenticated\",\"message\":\"Cần đăng nhập: tên và mật khẩu (HTTP Basic) của một người dùng\"}"
                    : "{\"error\":\"unauthenticated\",\"message\":\"Sai tên đăng nhập hoặc mật khẩu\"}");
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
            forbidden(response, "Số liệu giám sát chỉ dành cho thành viên nhóm '" + MONITORING_GROUP + "' và quản trị viên");
            return;
        }
        // checks anyone's password without SignInThrottle seeing a failure: a signed-in user could guess
        // another's password through it, and every guess would delay that user's sign-in
        if (path.equals("/engine-rest/identity/verify") && !administrator) {
            forbidden(response, "Chỉ quản trị viên được kiểm tra mật khẩu của người dùng khác");
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

    /**
     * The user signed into the Camunda webapps, for a reading request to the application's API or a document page,
     * or for a file upload ({@link #SESSION_UPLOAD}) that carries the session's CSRF token in {@code X-XSRF-TOKEN},
     * as the webapps' own writes do (the document page's upload form sends it); else null.
     */
    private UserAuthentication webappSessionUser(HttpServletRequest request) {
        String method = request.getMethod();
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        String path = path(request);
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        boolean sessionRead = read && (path.startsWith("/api/") || path.startsWith(PAGES));
        boolean sessionUpload = "POST".equals(method) && SESSION_UPLOAD.matcher(path).matches()
                && csrfTokenMatches(request, session);
        if (!sessionRead && !sessionUpload) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return authentications != null
                && authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user
                ? user : null;
    }

    /** The header equals the CSRF token the Camunda webapps keep in the session (and give the browser). */
    private static boolean csrfTokenMatches(HttpServletRequest request, HttpSession session) {
        String header = request.getHeader(CSRF_HEADER);
        Object token = session.getAttribute(CSRF_SESSION_ATTRIBUTE);
        return header != null && !header.isEmpty() && token instanceof String t && !t.isEmpty()
                && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8), t.getBytes(StandardCharsets.UTF_8));
    }

    /** 401 as a page: who is not signed in is sent to Tasklist's sign-in, and comes back by the link again. */
    private static void unauthenticatedPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Session realm=\"directive\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        response.setContentType("text/html;charset=UTF-8");
        String tasklist = request.getContextPath() + "/camunda/app/tasklist/";
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Cần đăng nhập</title>
                <style>body{font-family:system-ui,sans-serif;margin:0;padding:1rem;line-height:1.5;color:#1a1a1a}
                main{max-width:40rem;margin:2rem auto}a{color:#0b57d0}</style></head>
                <body><main><h1>Cần đăng nhập</h1>
                <p>Trang văn bản này chỉ dành cho người dùng của các đơn vị nhận văn bản.
                Hãy <a href="%s">đăng nhập vào Tasklist</a>, rồi mở lại liên kết.</p></main></body></html>
                """.formatted(tasklist));
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
