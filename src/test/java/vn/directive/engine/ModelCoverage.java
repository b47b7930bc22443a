package vn.directive.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The build's gate on a model: after its test class ({@code @RegisterExtension static ModelCoverage coverage =
 * ModelCoverage.of(KEY)}), every flow node of the process was passed by an instance that class started, and every
 * sequence flow joins two flow nodes passed in one instance. Read from the engine's history, which tests keep at
 * {@code activity} (application-test.yml); instances that other classes started in the same Spring context do not
 * count. camunda-process-test-coverage draws the report in target/process-test-coverage; its class gate only logs
 * in this set-up, so this one fails the build.
 */
public final class ModelCoverage implements BeforeAllCallback, AfterAllCallback {

    private final String processKey;
    private ProcessEngine engine;
    private Set<String> earlier = Set.of();

    private ModelCoverage(String processKey) {
        this.processKey = processKey;
    }

    public static ModelCoverage of(String processKey) {
        return new ModelCoverage(processKey);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
        earlier = instanceIds(engine.getHistoryService());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        HistoryService history = engine.getHistoryService();
        Map<String, Set<String>> passedByInstance = new HashMap<>();
        Set<String> passed = new HashSet<>();
        for (String instance : instanceIds(history)) {
            if (earlier.contains(instance)) {
                continue;
            }
            Set<String> nodes = new HashSet<>();
            for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().processInstanceId(instance).list()) {
                nodes.add(a.getActivityId());
            }
            passedByInstance.put(instance, nodes);
            passed.addAll(nodes);
        }
        var definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());

        List<String> missingNodes = new ArrayList<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!passed.contains(node.getId())) {
                missingNodes.add(node.getId());
            }
        }
        List<String> missingFlows = new ArrayList<>();
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            String source = flow.getSource().getId();
            String target = flow.getTarget().getId();
            if (passedByInstance.values().stream().noneMatch(nodes -> nodes.contains(source) && nodes.contains(target))) {
                missingFlows.add(flow.getId());
            }
        }
        assertThat(missingNodes).as("flow nodes of %s that no test of this class passed", processKey).isEmpty();
        assertThat(missingFlows).as("sequence flows of %s that no test of this class took", processKey).isEmpty();
    }

    private Set<String> instanceIds(HistoryService history) {
        Set<String> ids = new HashSet<>();
        for (HistoricProcessInstance i : history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).list()) {
            ids.add(i.getId());
        }
        return ids;
    }
}
