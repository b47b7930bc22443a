package vn.directive.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.benchmark.Wave;
import vn.directive.benchmark.Wave.Tree;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.CascadeTestSupport;
import vn.directive.cascade.UnitStatus;
import vn.directive.directive.DirectiveDraft.Urgency;
import vn.directive.unit.UnitRegistry;

/**
 * The application's own history level on one small cascade (Lai Châu and its first district's communes), played by
 * the benchmark's wave with the job executor on: process and task instances and incidents are recorded, activity
 * instances, variables, details, the job log, the identity link log and the user operation log are not.
 */
@SpringBootTest(properties = {"directive.demo=false", "camunda.bpm.job-execution.enabled=true",
        "camunda.bpm.history-level=" + LeanHistoryLevel.NAME})
@ActiveProfiles("test")
class LeanHistoryLevelTest {

    @Autowired ApplicationContext context;
    @Autowired UnitRegistry units;
    @Autowired HistoryService history;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ProcessEngineConfigurationImpl configuration;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aCascadeLeavesItsInstancesTasksAndIncidentsInHistoryAndNothingElse() {
        assertThat(configuration.getHistoryLevel().getName()).isEqualTo(LeanHistoryLevel.NAME);
        assertThat(jdbc.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class))
                .isEqualTo(String.valueOf(LeanHistoryLevel.ID));

        Tree tree = Tree.of(units, "12", 1);
        assertThat(tree.size()).isGreaterThan(3);
        Wave wave = new Wave(context, tree, 2);
        String businessKey = wave.start(CascadeTestSupport.draft("77/CĐ-TTg", Urgency.KHAN)).businessKey();
        wave.fanOut(Duration.ofSeconds(60));

        // an incident while the leaves wait for their reports: recorded, and resolved in history too
        ProcessInstance leaf = CascadeTestSupport.instanceOf(runtime, businessKey, tree.leaves().iterator().next());
        String waiting = CascadeTestSupport.task(tasks, leaf.getId(), CascadeProcess.USER_REPORT).getExecutionId();
        var incident = runtime.createIncident("leanHistoryCheck", waiting, "lean-history-test", "một bước không chạy được");
        assertThat(history.createHistoricIncidentQuery().incidentId(incident.getId()).singleResult().isOpen()).isTrue();
        runtime.resolveIncident(incident.getId());
        assertThat(history.createHistoricIncidentQuery().incidentId(incident.getId()).singleResult().isResolved()).isTrue();

        wave.rollUp(Duration.ofSeconds(60));
        assertThat(wave.rootStatus()).isEqualTo(UnitStatus.REPORTED);

        // one historic process instance per unit, ended, and every task a person completed, with its times
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).list();
        assertThat(instances).hasSize(tree.size()).allSatisfy(pi -> assertThat(pi.getEndTime()).isNotNull());
        List<HistoricTaskInstance> acks = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(CascadeProcess.USER_ACKNOWLEDGE).finished().list();
        assertThat(acks).hasSize(tree.size()).allSatisfy(t -> {
            assertThat(t.getStartTime()).isNotNull();
            assertThat(t.getEndTime()).isNotNull();
        });
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(CascadeProcess.USER_REPORT).finished().count()).isEqualTo(tree.size());

        // nothing else: the register holds the rest
        assertThat(history.createHistoricActivityInstanceQuery().count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().count()).isZero();
        assertThat(history.createHistoricDetailQuery().count()).isZero();
        assertThat(history.createHistoricJobLogQuery().count()).isZero();
        assertThat(history.createHistoricIdentityLinkLogQuery().count()).isZero();
        assertThat(history.createUserOperationLogQuery().count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_ACTINST", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_VARINST", Long.class)).isZero();
    }

    /** A database created at activity, the application's level before, moves to lean once, before the engine checks it. */
    @Test
    void aDatabaseAtActivityMovesToLean() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:lean-history-move;DB_CLOSE_DELAY=-1");
        JdbcTemplate db = new JdbcTemplate(h2);
        db.execute("create table ACT_GE_PROPERTY (NAME_ varchar(64) primary key, VALUE_ varchar(300), REV_ integer)");
        db.update("insert into ACT_GE_PROPERTY values ('historyLevel', '1', 1)");
        new LeanHistoryPlugin().postInit(leanOn(h2));
        assertThat(db.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class))
                .isEqualTo(String.valueOf(LeanHistoryLevel.ID));

        db.update("update ACT_GE_PROPERTY set VALUE_ = '3'"); // full: left for the engine's own mismatch check
        new LeanHistoryPlugin().postInit(leanOn(h2));
        assertThat(db.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class))
                .isEqualTo("3");
        db.execute("drop table ACT_GE_PROPERTY");
        new LeanHistoryPlugin().postInit(leanOn(h2)); // a new database: nothing to move, no error
    }

    private static ProcessEngineConfigurationImpl leanOn(DataSource dataSource) {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setDataSource(dataSource);
        configuration.setHistoryLevel(new LeanHistoryLevel());
        return configuration;
    }
}
