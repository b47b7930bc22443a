package vn.directive.engine;

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
import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.directive.cascade.AssignmentForm;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.TaskListeners;
import vn.directive.cascade.TaskRules;
import vn.directive.directive.RegistrationProcess;
import vn.directive.directive.StartFormRegistration;
import vn.directive.web.ApiError;
import vn.directive.web.ApiException;
import vn.directive.web.FieldLabels;

/**
 * Checks what forms submit over REST before the engine runs it, so a bad submission gets a 400/422
 * JSON answer instead of the engine's 500, and nothing is written: task completions (Tasklist's
 * submit-form, /engine-rest complete) against {@link TaskRules}, and the registration start form by a
 * registration tried in a transaction that is rolled back.
 */
public class SubmissionFilter extends OncePerRequestFilter {

    private static final Pattern COMPLETION = Pattern.compile(
            "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:complete|submit-form)$");
    private static final Pattern START = Pattern.compile(
            "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/process-definition/(key/)?([^/]+)/(?:start|submit-form)$");
    private static final List<String> CONTEXT = List.of(Var.DIRECTIVE_ID, Var.UNIT_CODE, Var.ASSIGNER_UNIT_CODE,
            Var.REPORT_DEADLINE);
    private static final int MAX_BODY = 2 * 1024 * 1024;
    /** The longest string variable the engine keeps (ACT_RU_VARIABLE.TEXT_ is varchar(4000)). */
    public static final int STRING_VARIABLE_LIMIT = 4000;

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final TaskRules rules;
    private final TaskListeners listeners;
    private final AssignmentForm assignmentForm;
    private final StartFormRegistration registration;
    private final Engine engine;
    private final TransactionTemplate tx;
    private final ObjectMapper json;

    public SubmissionFilter(TaskService taskService, RepositoryService repositoryService, TaskRules rules,
                            TaskListeners listeners, AssignmentForm assignmentForm, StartFormRegistration registration, Engine engine,
                            TransactionTemplate tx, ObjectMapper json) {
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.rules = rules;
        this.listeners = listeners;
        this.assignmentForm = assignmentForm;
        this.registration = registration;
        this.engine = engine;
        this.tx = tx;
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
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        try {
            if (body.length > MAX_BODY) {
                throw new ApiException(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                        "Biểu mẫu gửi lên vượt quá 2 MB");
            }
            if (task.matches()) {
                body = checkTask(task.group(1), body);
            } else if (start.matches()) {
                body = checkStart(start.group(1) != null, start.group(2), body);
            }
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(json.writeValueAsString(new ApiError(e.error(), e.getMessage())));
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    /** @return the body to pass on: for the assignment form, with the contract's {@code assignments} list built */
    private byte[] checkTask(String taskId, byte[] body) throws IOException {
        Task task = engine.withoutAuthorization(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
        if (task == null || task.getTaskDefinitionKey() == null) {
            return body; // the engine answers 404 itself
        }
        refuseLongStrings(body, null);
        Map<String, Object> submitted = variables(body);
        if (CascadeProcess.USER_ASSIGN.equals(task.getTaskDefinitionKey()) && AssignmentForm.submittedByForm(submitted)) {
            String assignments = assignmentForm.assignments(submitted,
                    name -> engine.withoutAuthorization(() -> taskService.getVariable(taskId, name)));
            submitted.put(Var.ASSIGNMENTS, assignments);
            body = withVariable(body, Var.ASSIGNMENTS, assignments);
        }
        Map<String, Object> context = engine.withoutAuthorization(() -> taskService.getVariables(taskId, CONTEXT));
        Map<String, String> fromText = listeners.fromFormText(task.getTaskDefinitionKey(), submitted,
                name -> context.containsKey(name) ? context.get(name)
                        : engine.withoutAuthorization(() -> taskService.getVariable(taskId, name)));
        if (fromText != null) {
            for (Map.Entry<String, String> e : fromText.entrySet()) {
                submitted.put(e.getKey(), e.getValue());
                body = withVariable(body, e.getKey(), e.getValue());
            }
        }
        rules.check(listeners.context(task.getTaskDefinitionKey(), context::get), submitted);
        return body;
    }

    private byte[] withVariable(byte[] body, String name, String jsonValue) throws IOException {
        JsonNode root = json.readTree(body);
        ObjectNode variables = ((ObjectNode) root).withObject("variables");
        ObjectNode typed = variables.putObject(name);
        typed.put("type", "Json");
        typed.put("value", jsonValue);
        return json.writeValueAsBytes(root);
    }

    /** @return the body to pass on: for a registration, with the pasted text made transient */
    private byte[] checkStart(boolean byKey, String definition, byte[] body) throws IOException {
        String key = byKey ? definition : engine.withoutAuthorization(() -> {
            ProcessDefinition d = repositoryService.createProcessDefinitionQuery().processDefinitionId(definition).singleResult();
            return d == null ? null : d.getKey();
        });
        if (!RegistrationProcess.KEY.equals(key)) {
            refuseLongStrings(body, null);
            return body;
        }
        refuseLongStrings(body, RegistrationProcess.Var.TEXT);
        Map<String, Object> form = variables(body);
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            registration.registerFrom(form);
        });
        return withTransientText(body);
    }

    /**
     * The register keeps the full text; as a process variable it would only overflow the engine's
     * 4,000-character text column, so it lives for the start transaction alone.
     */
    private byte[] withTransientText(byte[] body) throws IOException {
        JsonNode root = json.readTree(body);
        if (root.path("variables").path(RegistrationProcess.Var.TEXT) instanceof ObjectNode text) {
            text.put("type", "String");
            text.withObject("valueInfo").put("transient", true);
            return json.writeValueAsBytes(root);
        }
        return body;
    }

    /**
     * The engine keeps a String variable in a 4,000-character column and fails with a 500 past it; Json
     * and Object values are stored as byte arrays and have no such limit.
     */
    private void refuseLongStrings(byte[] body, String exempt) {
        if (body.length <= STRING_VARIABLE_LIMIT) {
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
            if (!f.getKey().equals(exempt) && "String".equalsIgnoreCase(type) && value.isTextual()
                    && value.textValue().length() > STRING_VARIABLE_LIMIT) {
                throw ApiException.unprocessable("value-too-long", FieldLabels.field(f.getKey()) + " dài "
                        + thousands(value.textValue().length()) + " ký tự; chỉ lưu được tối đa " + thousands(STRING_VARIABLE_LIMIT) + " ký tự");
            }
        });
    }

    /** 4000 → 4.000, as Vietnamese group digits. */
    private static String thousands(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
    }

    private Map<String, Object> variables(byte[] body) {
        Map<String, Object> submitted = new HashMap<>();
        if (body.length > 0) {
            JsonNode root;
            try {
                root = json.readTree(body);
            } catch (IOException e) {
                throw ApiException.badRequest("malformed-body", "Nội dung gửi lên không phải JSON hợp lệ");
            }
            JsonNode variables = root == null ? null : root.get("variables");
            if (variables != null && variables.isObject()) {
                variables.fields().forEachRemaining(f -> submitted.put(f.getKey(), value(f.getValue())));
            }
        }
        return submitted;
    }

    private static Object value(JsonNode typed) {
        JsonNode v = typed != null && typed.isObject() && typed.has("value") ? typed.get("value") : typed;
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.numberValue();
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        return v.toString();
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    /** The request again, with the body this filter has already read. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
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
    }
}
