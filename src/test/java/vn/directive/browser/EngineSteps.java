package vn.directive.browser;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.Obligations;
import vn.directive.cascade.UnitStatus;
import vn.directive.engine.Engine;

/**
 * The steps a browser test leaves to the engine (other tests play them in Tasklist), waiting for the job executor
 * the way the browser waits: with the browser's own wait, never by sleeping.
 */
final class EngineSteps {

    private final TaskService tasks;
    private final Obligations obligations;
    private final Engine engine;
    private final WebDriverWait wait;

    EngineSteps(TaskService tasks, Obligations obligations, Engine engine, WebDriverWait wait) {
        this.tasks = tasks;
        this.obligations = obligations;
        this.engine = engine;
        this.wait = wait;
    }

    /** Completes the unit's open task of that kind, once the job executor has brought it. */
    void complete(String directiveId, String unit, String key, Map<String, Object> variables) {
        Task task = wait.withTimeout(Duration.ofSeconds(60)).until(d -> engine.withoutAuthorization(() ->
                tasks.createTaskQuery().taskDefinitionKey(key).processVariableValueEquals(Var.DIRECTIVE_ID, directiveId)
                        .processVariableValueEquals(Var.UNIT_CODE, unit).singleResult()));
        engine.withoutAuthorization(() -> {
            tasks.complete(task.getId(), variables);
            return null;
        });
    }

    void awaitStatus(String directiveId, String unit, UnitStatus status) {
        wait.withTimeout(Duration.ofSeconds(60)).until(d -> obligations.find(directiveId, unit)
                .map(o -> o.status() == status).orElse(false));
    }
}
