package vn.directive.submission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.directive.cascade.ExtensionProcess;
import vn.directive.cascade.FormFields;
import vn.directive.cascade.TaskSubmission;
import vn.directive.directive.RecallProcess;
import vn.directive.directive.RegistrationProcess;
import vn.directive.engine.Engine;
import vn.directive.registration.ExtensionRequestService;
import vn.directive.registration.StartFormRecall;
import vn.directive.registration.StartFormRegistration;
import vn.directive.web.ApiError;
import vn.directive.web.ApiException;
import vn.directive.web.FieldLabels;
import vn.directive.web.Limits;

/**
 * Routes what forms submit over REST (Tasklist's submit-form, /engine-rest complete and start) to the rules
 * before the engine runs it, so a bad submission gets a 4xx JSON answer and nothing is written:
 * <ol>
 *   <li>a task completion: an unknown task, or one the user may not work on, is 404 whatever the body (the same
 *   answer, so another unit's tasks cannot be probed); then {@link TaskSubmission} checks the variables;</li>
 *   <li>the registration start form: {@link StartFormRegistration#check}, a pure check (parse and rules, no
 *   writes).</li>
 * </ol>
 * The filter decides nothing itself but who may complete which task.
 */
public class SubmissionFilter extends OncePerRequestFilter {

    private static final Pattern COMPLETION = Pattern.compile(
            "^(?:/engine-rest|/camunda/api/engine/engine/([^/]+))/task/([^/]+)/(?:complete|submit-form)$");
    private static final Pattern START = Pattern.compile(
            "^(?:/engine-rest|/camunda/api/engine/engine/([^/]+))/process-definition/(key/)?([^/]+)/(?:start|submit-form)$");

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final TaskSubmission submission;
    private final StartFormRegistration registration;
    private final ExtensionRequestService extensions;
    private final Engine engine;
    private final ObjectMapper json;
    private final StartFormRecall recallForm;

    public SubmissionFilter(TaskService taskService, RepositoryService repositoryService, IdentityService identityService,
                            AuthorizationService authorizationService, TaskSubmission submission,
                            StartFormRegistration registration, ExtensionRequestService extensions, Engine engine,
                            ObjectMapper json, StartFormRecall recallForm) {
        this.extensions = extensions;
        this.recallForm = recallForm;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.submission = submission;
        this.registration = registration;
        this.engine = engine;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !"POST".equals(request.getMethod())
                || !(COMPLETION.matcher(path).matches() || START.matcher(path).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher task = COMPLETION.matcher(path(request));
        Matcher start = START.matcher(path(request));
        byte[] body = request.getInputStream().readNBytes(Limits.FORM_BODY + 1);
        byte[] received = body;
        try {
            if (body.length > Limits.FORM_BODY) {
                throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                        "Biểu mẫu gửi lên vượt quá 2 MB");
            }
            if (task.matches()) {
                body = checkTask(request, task.group(1) == null ? "default" : task.group(1), task.group(2), body);
            } else if (start.matches()) {
                body = checkStartAs(request, start.group(1) == null ? "default" : start.group(1), start.group(2) != null,
                        start.group(3), body);
            }
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(json.writeValueAsString(new ApiError(e.error(), e.getMessage())));
            return;
        }
        chain.doFilter(new CachedBody(request, body, body != received), response);
    }

    /** @return the body to pass on, its variables as the rules checked them */
    private byte[] checkTask(HttpServletRequest request, String engineName, String taskId, byte[] body) throws IOException {
        User user = user(request, engineName);
        if (user == null) {
            return body; // not signed in: the engine's REST API refuses it
        }
        Task task = engine.withoutAuthorization(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
        if (task == null || !mayWork(user, task)) {
            throw ApiException.notFound("unknown-task", "No task with id '" + taskId + "'");
        }
        if (task.getTaskDefinitionKey() == null || !FormFields.knows(task.getTaskDefinitionKey())) {
            refuseLongStrings(body);
            return body;
        }
        ObjectNode root = root(body);
        Map<String, Object> known = engine.withoutAuthorization(() -> taskService.getVariables(taskId, TaskSubmission.contextVariables()));
        submission.check(task.getTaskDefinitionKey(), root.withObject("variables"), name -> known.containsKey(name)
                ? known.get(name) : engine.withoutAuthorization(() -> taskService.getVariable(taskId, name)));
        return json.writeValueAsBytes(root);
    }

    /**
     * The engine's own rule for completing a task: TASK_WORK or UPDATE on the task, or TASK_WORK or UPDATE_TASK on
     * its process definition; the administrator may do anything.
     */
    private boolean mayWork(User user, Task task) {
        if (user.groups().contains(Groups.CAMUNDA_ADMIN)) {
            return true;
        }
        if (authorized(user, TaskPermissions.TASK_WORK, Resources.TASK, task.getId())
                || authorized(user, TaskPermissions.UPDATE, Resources.TASK, task.getId())) {
            return true;
        }
        if (task.getProcessDefinitionId() == null) {
            return false;
        }
        String key = engine.withoutAuthorization(() -> repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey());
        return authorized(user, ProcessDefinitionPermissions.TASK_WORK, Resources.PROCESS_DEFINITION, key)
                || authorized(user, ProcessDefinitionPermissions.UPDATE_TASK, Resources.PROCESS_DEFINITION, key);
    }

    private boolean authorized(User user, Permission permission, Resources resource, String id) {
        return authorizationService.isUserAuthorized(user.id(), user.groups(), permission, resource, id);
    }

    private record User(String id, List<String> groups) {
    }

    /** Who sends the request: HTTP Basic (EngineBasicAuthFilter set it on the engine) or the webapps' session. */
    private User user(HttpServletRequest request, String engineName) {
        Authentication auth = identityService.getCurrentAuthentication();
        if (auth != null && auth.getUserId() != null) {
            return new User(auth.getUserId(), auth.getGroupIds() == null ? List.of() : auth.getGroupIds());
        }
        HttpSession session = request.getSession(false);
        Authentications all = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (all != null && all.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication u) {
            return new User(u.getName(), u.getGroupIds() == null ? List.of() : List.copyOf(u.getGroupIds()));
        }
        return null;
    }

    /**
     * The start form's check as the user who sends it: a Tasklist user is known from the webapps' session only
     * (the engine learns it later in the chain), and a blank recipient means that user's own unit.
     */
    private byte[] checkStartAs(HttpServletRequest request, String engineName, boolean byKey, String definition,
                                byte[] body) throws IOException {
        if (identityService.getCurrentAuthentication() != null) {
            return checkStart(byKey, definition, body);
        }
        User user = user(request, engineName);
        if (user == null) {
            return checkStart(byKey, definition, body);
        }
        identityService.setAuthentication(user.id(), user.groups());
        try {
            return checkStart(byKey, definition, body);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** @return the body to pass on: for a registration, its variables as checked and the pasted text transient */
    private byte[] checkStart(boolean byKey, String definition, byte[] body) throws IOException {
        String key = byKey ? definition : engine.withoutAuthorization(() -> {
            ProcessDefinition d = repositoryService.createProcessDefinitionQuery().processDefinitionId(definition).singleResult();
            return d == null ? null : d.getKey();
        });
        if (ExtensionProcess.KEY.equals(key)) {
            // xin gia hạn: the unit the user leads, the document by its number, the same checks as the REST call
            ObjectNode root = root(body);
            extensions.checkStartForm(root.withObject("variables"));
            return json.writeValueAsBytes(root);
        }
        if (RecallProcess.KEY.equals(key)) {
            // the recall start form: resolved and checked as the REST recall would, nothing written
            ObjectNode root = root(body);
            recallForm.check(FormFields.fromRest(RecallProcess.KEY, root.withObject("variables")));
            return json.writeValueAsBytes(root);
        }
        if (!RegistrationProcess.KEY.equals(key)) {
            refuseLongStrings(body);
            return body;
        }
        ObjectNode root = root(body);
        ObjectNode variables = root.withObject("variables");
        registration.check(StartFormRegistration.fromRest(variables));
        if (variables.path(RegistrationProcess.Var.TEXT) instanceof ObjectNode text) {
            // the register keeps the full text; as a process variable it would overflow the engine's 4,000-character
            // text column, so it lives for the start transaction alone
            text.withObject("valueInfo").put("transient", true);
        }
        return json.writeValueAsBytes(root);
    }

    private ObjectNode root(byte[] body) {
        if (body.length == 0) {
            return json.createObjectNode();
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("malformed-body", "Nội dung gửi lên không phải JSON hợp lệ");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return json.createObjectNode();
        }
        if (!(root instanceof ObjectNode object) || (object.has("variables") && !object.get("variables").isObject()
                && !object.get("variables").isNull())) {
            throw ApiException.badRequest("malformed-body", "The submission must be a JSON object {\"variables\": {…}}");
        }
        if (object.has("variables") && object.get("variables").isNull()) {
            object.remove("variables");
        }
        return object;
    }

    /**
     * Other processes' forms: the engine keeps a String variable in a 4,000-character column and fails with a 500
     * past it; Json and Object values are stored as byte arrays and have no such limit.
     */
    private void refuseLongStrings(byte[] body) {
        if (body.length <= Limits.STRING_VARIABLE) {
            return;
        }
        JsonNode variables;
        try {
            variables = json.readTree(body).path("variables");
        } catch (IOException e) {
            throw ApiException.badRequest("malformed-body", "Nội dung gửi lên không phải JSON hợp lệ");
        }
        variables.fields().forEachRemaining(f -> {
            JsonNode value = f.getValue().path("value");
            String type = f.getValue().path("type").asText("String");
            if ("String".equalsIgnoreCase(type) && value.isTextual() && value.textValue().length() > Limits.STRING_VARIABLE) {
                throw ApiException.unprocessable("value-too-long", FieldLabels.field(f.getKey()) + " dài "
                        + FieldLabels.thousands(value.textValue().length()) + " ký tự; chỉ lưu được tối đa "
                        + FieldLabels.thousands(Limits.STRING_VARIABLE) + " ký tự");
            }
        });
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    /** The request again, with the body this filter has already read (and rewritten). */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;
        /** Rewritten as JSON by the filter, whatever the client declared. */
        private final boolean json;

        CachedBody(HttpServletRequest request, byte[] body, boolean json) {
            super(request);
            this.body = body;
            this.json = json;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public String getContentType() {
            return json ? "application/json" : super.getContentType();
        }

        @Override
        public String getHeader(String name) {
            if (json && "Content-Type".equalsIgnoreCase(name)) {
                return getContentType();
            }
            if ("Content-Length".equalsIgnoreCase(name)) {
                return String.valueOf(body.length);
            }
            return super.getHeader(name);
        }

        @Override
        public java.util.Enumeration<String> getHeaders(String name) {
            if ((json && "Content-Type".equalsIgnoreCase(name)) || "Content-Length".equalsIgnoreCase(name)) {
                return java.util.Collections.enumeration(List.of(getHeader(name)));
            }
            return super.getHeaders(name);
        }
    }
}
