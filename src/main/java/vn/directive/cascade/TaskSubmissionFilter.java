package vn.directive.cascade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.engine.Engine;
import vn.directive.web.ApiError;
import vn.directive.web.ApiException;

/**
 * Checks a task completion sent over REST (Tasklist's submit-form, or /engine-rest complete) against
 * {@link TaskRules} before the engine runs it, so a bad submission gets a 400/422 JSON answer instead
 * of the engine's 500, and the task stays open.
 */
public class TaskSubmissionFilter extends OncePerRequestFilter {

    private static final Pattern COMPLETION = Pattern.compile(
            "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:complete|submit-form)$");
    private static final List<String> CONTEXT = List.of(Var.DIRECTIVE_ID, Var.UNIT_CODE, Var.ASSIGNER_UNIT_CODE,
            Var.REPORT_DEADLINE);
    private static final int MAX_BODY = 2 * 1024 * 1024;

    private final TaskService taskService;
    private final TaskRules rules;
    private final TaskListeners listeners;
    private final Engine engine;
    private final ObjectMapper json;

    public TaskSubmissionFilter(TaskService taskService, TaskRules rules, TaskListeners listeners, Engine engine,
                                ObjectMapper json) {
        this.taskService = taskService;
        this.rules = rules;
        this.listeners = listeners;
        this.engine = engine;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !COMPLETION.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = COMPLETION.matcher(path(request));
        if (!m.matches()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        try {
            check(m.group(1), body);
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(json.writeValueAsString(new ApiError(e.error(), e.getMessage())));
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    private void check(String taskId, byte[] body) {
        if (body.length > MAX_BODY) {
            throw new ApiException(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                    "A task submission may not exceed 2 MB");
        }
        Task task = engine.withoutAuthorization(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
        if (task == null || task.getTaskDefinitionKey() == null) {
            return; // the engine answers 404 itself
        }
        Map<String, Object> submitted = new HashMap<>();
        if (body.length > 0) {
            JsonNode root;
            try {
                root = json.readTree(body);
            } catch (IOException e) {
                throw ApiException.badRequest("malformed-body", "The submission is not valid JSON");
            }
            JsonNode variables = root == null ? null : root.get("variables");
            if (variables != null && variables.isObject()) {
                variables.fields().forEachRemaining(f -> submitted.put(f.getKey(), value(f.getValue())));
            }
        }
        Map<String, Object> context = engine.withoutAuthorization(() -> taskService.getVariables(taskId, CONTEXT));
        rules.check(listeners.context(task.getTaskDefinitionKey(), context::get), submitted);
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
