package vn.directive.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.benchmark.Wave;
import vn.directive.benchmark.Wave.Phase;
import vn.directive.benchmark.Wave.Tree;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.Obligations.Obligation;
import vn.directive.directive.DirectiveDraft.Urgency;
import vn.directive.unit.UnitKind;
import vn.directive.unit.UnitRegistry;

/**
 * The national benchmark's wave on one province (Lai Châu, its districts and communes, no agencies), with
 * the job executor running the model's async continuations as in production.
 */
@SpringBootTest(properties = {"directive.demo=false", "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles("test")
class SmallTreeWaveTest {

    private static final String LAI_CHAU = "12";

    @Autowired ApplicationContext context;
    @Autowired UnitRegistry units;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired Obligations obligations;

    @Test
    void everyUnitAcknowledgesOnceEveryCommuneReportsAndTheReportsReachTheProvince() {
        Tree tree = Tree.of(units, LAI_CHAU, 0);
        assertThat(tree.count(units, UnitKind.DISTRICT)).isEqualTo(8);
        assertThat(tree.count(units, UnitKind.COMMUNE)).isEqualTo(106);
        assertThat(tree.size()).isEqualTo(1 + 8 + 106);

        Wave wave = new Wave(context, tree, 2);
        String businessKey = wave.start(CascadeTestSupport.draft("88/CĐ-TTg", Urgency.KHAN)).businessKey();
        Phase fanOut = wave.fanOut(Duration.ofSeconds(60));

        // one instance and one acknowledgement per unit, no unit reached twice
        List<Obligation> reached = obligations.ofDirective(wave.registration().id());
        assertThat(reached).extracting(Obligation::unitCode).containsExactlyInAnyOrderElementsOf(tree.units());
        assertThat(reached).allSatisfy(o -> assertThat(o.acknowledgedAt()).isNotNull());
        List<HistoricTaskInstance> acks = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(CascadeProcess.USER_ACKNOWLEDGE).list();
        assertThat(acks).hasSize(tree.size());
        Set<String> ackInstances = acks.stream().map(HistoricTaskInstance::getProcessInstanceId).collect(Collectors.toSet());
        assertThat(ackInstances).hasSize(tree.size())
                .isEqualTo(reached.stream().map(Obligation::processInstanceId).collect(Collectors.toSet()));
        assertThat(fanOut.acknowledgedAtNanos()).hasSize(tree.size() - 1); // the province acknowledged before the clock started

        // every commune's officers hold its report task, nobody else has one yet
        List<Task> reports = tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(CascadeProcess.USER_REPORT).list();
        Set<String> reporting = new HashSet<>();
        for (Task report : reports) {
            String unit = (String) tasks.getVariable(report.getId(), Var.UNIT_CODE);
            assertThat(tasks.getIdentityLinksForTask(report.getId()))
                    .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(unit + ".officers"));
            reporting.add(unit);
        }
        assertThat(reports).hasSize(106);
        assertThat(reporting).isEqualTo(tree.leaves());
        assertThat(reporting).allSatisfy(code -> assertThat(units.get(code).kind()).isEqualTo(UnitKind.COMMUNE));

        wave.rollUp(Duration.ofSeconds(60));
        assertThat(wave.rootStatus()).isEqualTo(UnitStatus.REPORTED);
        assertThat(obligations.ofDirective(wave.registration().id()))
                .allSatisfy(o -> assertThat(o.status()).isEqualTo(UnitStatus.REPORTED));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(CascadeProcess.USER_REPORT).count()).isEqualTo(tree.size());
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(businessKey).count()).isZero();
    }
}
