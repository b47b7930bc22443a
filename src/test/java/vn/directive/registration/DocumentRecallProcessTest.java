package vn.directive.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.directive.engine.ModelCoverage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.CascadeTestSupport;
import vn.directive.cascade.Obligations;
import vn.directive.cascade.UnitStatus;
import vn.directive.directive.RecallProcess;
import vn.directive.directive.RecallProcess.Var;
import vn.directive.platform.Api;

/**
 * bpmn/document_recall.bpmn: a leader recalls a document from Tasklist by its number; the start form is checked
 * before anything starts (refusals are form errors). The build fails below 100 % coverage.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
class DocumentRecallProcessTest {

    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger(700);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired Obligations obligations;
    @Autowired TestRestTemplate http;

    @RegisterExtension
    static final ModelCoverage COVERAGE = ModelCoverage.of(RecallProcess.KEY);

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
    }

    @org.junit.jupiter.api.AfterEach
    void cleanUp() {
        AmendmentApiTest.endWhatWasLeftRunning(runtime);
    }

    private ProcessInstance startAs(String user, String group, String number, String reason) {
        identity.setAuthentication(user, List.of(group, vn.directive.security.RoleGroups.LEADERS));
        try {
            return runtime.startProcessInstanceByKey(RecallProcess.KEY, Map.of(Var.DOCUMENT_NUMBER, number, Var.REASON, reason));
        } finally {
            identity.clearAuthentication();
        }
    }

    private String start(String number, String reason) {
        return "{\"variables\": {\"documentNumber\": {\"value\": \"" + number + "\", \"type\": \"String\"},"
                + " \"reason\": {\"value\": \"" + reason + "\", \"type\": \"String\"}}}";
    }

    private long recallInstances() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(RecallProcess.KEY).count();
    }

    @Test
    void aLeaderRecallsTheRegisteredDirectiveByItsNumber() {
        Api api = new Api(http);
        String number = SEQUENCE.getAndIncrement() + "/CĐ-BYT";
        JsonNode r = AmendmentApiTest.districtCascade(api, tasks, management, number);
        String id = r.get("id").asText();

        ProcessInstance pi = startAs("lanhdao.107", "107.leaders", number.toLowerCase(), "Ban hành nhầm");
        assertThat(pi).hasPassed(RecallProcess.SERVICE_RECALL, RecallProcess.END_RECALLED).isEnded();
        assertThat(obligations.find(id, "107").orElseThrow().status()).isEqualTo(UnitStatus.RECALLED);
        assertThat(obligations.find(id, "03433").orElseThrow().status()).isEqualTo(UnitStatus.RECALLED);
    }

    @Test
    void aLeaderRecallsTheUnitsImplementingDocumentAndTheUnitAssignsAgain() {
        Api api = new Api(http);
        JsonNode r = AmendmentApiTest.districtCascade(api, tasks, management, SEQUENCE.getAndIncrement() + "/CĐ-BYT");
        String id = r.get("id").asText();
        // another district's document with the same number is not this leader's
        ProcessInstance pi = startAs("lanhdao.107", "107.leaders", "215/UBND-VX", "Sai đối tượng");
        assertThat(pi).isEnded();
        assertThat(obligations.find(id, "107").orElseThrow().status()).isEqualTo(UnitStatus.ACKNOWLEDGED);
        assertThat(obligations.find(id, "03433").orElseThrow().status()).isEqualTo(UnitStatus.RECALLED);
        assertThat(CascadeTestSupport.task(tasks, r.get("processInstanceId").asText(), CascadeProcess.USER_ASSIGN)).isNotNull();
    }

    @Test
    void refusalsAreFormErrorsAndNothingStarts() {
        Api api = new Api(http);
        String number = SEQUENCE.getAndIncrement() + "/CĐ-BYT";
        JsonNode r = AmendmentApiTest.districtCascade(api, tasks, management, number);
        String id = r.get("id").asText();
        String path = "/engine-rest/process-definition/key/" + RecallProcess.KEY + "/start";
        long before = recallInstances();

        JsonNode unknown = api.expectError(422, "unknown-document", api.as("lanhdao.107", HttpMethod.POST, path,
                start("999/XYZ", "Nhầm")));
        assertThat(unknown.get("message").asText()).contains("Số, ký hiệu văn bản (documentNumber)");
        api.expectError(422, "missing-reason", api.as("lanhdao.107", HttpMethod.POST, path, start(number, " ")));
        // a district's leader does not see another unit's documents; a clerk may not recall
        api.expectError(422, "unknown-document", api.as("lanhdao.108", HttpMethod.POST, path, start(number, "Nhầm")));
        api.expect(403, api.as("vanthu.107", HttpMethod.POST, path, start(number, "Nhầm")));
        assertThat(recallInstances()).isEqualTo(before);
        assertThat(obligations.find(id, "107").orElseThrow().status()).isEqualTo(UnitStatus.IN_PROGRESS);

        api.expect(200, api.as("lanhdao.107", HttpMethod.POST, path, start(number, "Ban hành nhầm")));
        assertThat(obligations.find(id, "107").orElseThrow().status()).isEqualTo(UnitStatus.RECALLED);
        api.expectError(409, "already-recalled", api.as("lanhdao.107", HttpMethod.POST, path, start(number, "Lần nữa")));
    }
}
