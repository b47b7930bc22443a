package vn.directive.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.directive.engine.ModelCoverage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.cascade.CascadeProcess;
import vn.directive.directive.RegistrationProcess.Var;

/** bpmn/directive_registration.bpmn: the start form registers the pasted directive for the clerk's unit. */
@SpringBootTest(properties = "directive.demo=false")
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
class DirectiveRegistrationProcessTest {

    @RegisterExtension
    static final ModelCoverage COVERAGE = ModelCoverage.of(RegistrationProcess.KEY);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired DirectiveRegister register;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void pastedTextIsRegisteredForTheClerksOwnUnit() throws Exception {
        String text = new ClassPathResource("seeds/000_0ba823da548e48a4.txt").getContentAsString(StandardCharsets.UTF_8);
        identity.setAuthentication("vanthu.11", List.of("11.clerks"));
        // transient, as the submission filter makes it: the register keeps the text, not the engine
        ProcessInstance pi = runtime.startProcessInstanceByKey(RegistrationProcess.KEY, Map.of(
                Var.TEXT, Variables.stringValue(text, true), Var.REPORT_DEADLINE, LocalDate.now().plusDays(10).toString()));
        identity.clearAuthentication();

        assertThat(pi).hasPassed(RegistrationProcess.SERVICE_REGISTER, "end_registered").isEnded();
        String id = jdbc.queryForObject("select id from directive where recipient_code = '11' and number = '219/UBND-KGVX'", String.class);
        DirectiveRegister.Registered d = register.find(id).orElseThrow();
        assertThat(d.recipientCode()).isEqualTo("11");
        assertThat(d.draft().number()).isEqualTo("219/UBND-KGVX");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(d.businessKey())
                .taskDefinitionKey(CascadeProcess.USER_ACKNOWLEDGE).taskCandidateGroup("11.clerks").count()).isEqualTo(1);
    }

    @Test
    void textWithoutADirectiveIsRefusedAndNothingIsStarted() {
        long before = runtime.createProcessInstanceQuery().count();
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(RegistrationProcess.KEY, Map.of(
                Var.TEXT, "Xin chào", Var.RECIPIENT, "11", Var.REPORT_DEADLINE, LocalDate.now().plusDays(10).toString())))
                .hasMessageContaining("directive");
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
    }
}
