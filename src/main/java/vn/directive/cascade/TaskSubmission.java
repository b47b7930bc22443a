package vn.directive.cascade;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.directive.cascade.CascadeProcess.Var;

/**
 * A task completion as REST sends it, checked without side effects before the engine runs it: the variables against
 * what the task takes ({@link FormFields}), the assignment form's pickers turned into the contract's
 * {@code assignments} list ({@link AssignmentForm}), then {@link TaskRules}. The {@code variables} object is
 * rewritten in place into exactly the values checked.
 */
@Component
public class TaskSubmission {

    private static final List<String> CONTEXT = List.of(Var.DIRECTIVE_ID, Var.UNIT_CODE, Var.DISPLAY,
            Var.ASSIGNER_UNIT_CODE);

    private final TaskRules rules;
    private final TaskListeners listeners;
    private final AssignmentForm assignmentForm;

    public TaskSubmission(TaskRules rules, TaskListeners listeners, AssignmentForm assignmentForm) {
        this.rules = rules;
        this.listeners = listeners;
        this.assignmentForm = assignmentForm;
    }

    /** The variables the rules read from the task besides what is submitted. */
    public static List<String> contextVariables() {
        return CONTEXT;
    }

    /**
     * @param taskVariable the task's variables as the engine has them (the form's pre-filled values, the rules' context)
     * @throws vn.directive.web.ApiException 4xx naming the variable
     */
    public void check(String taskKey, ObjectNode variables, Function<String, Object> taskVariable) {
        Map<String, Object> submitted = FormFields.fromRest(taskKey, variables);
        if (CascadeProcess.USER_ASSIGN.equals(taskKey) && AssignmentForm.submittedByForm(submitted)) {
            String assignments = assignmentForm.assignments(submitted, taskVariable);
            submitted.put(Var.ASSIGNMENTS, assignments);
            ObjectNode typed = variables.putObject(Var.ASSIGNMENTS);
            typed.put("type", "Json");
            typed.put("value", assignments);
        }
        // the form's text fields for figures (indicators at assignment, figures at report) become the Json the
        // contract names, and (b/c) recipients are checked
        Map<String, String> fromText = listeners.fromFormText(taskKey, submitted, taskVariable);
        if (fromText != null) {
            fromText.forEach((name, json) -> {
                submitted.put(name, json);
                ObjectNode typed = variables.putObject(name);
                typed.put("type", "Json");
                typed.put("value", json);
            });
        }
        rules.check(listeners.context(taskKey, taskVariable), submitted);
    }
}
