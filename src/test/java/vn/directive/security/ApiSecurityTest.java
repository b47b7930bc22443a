package vn.directive.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Contract section 2: who may call the APIs, and what each unit's users see, over REST and in the engine. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiSecurityTest {

    private static final String DEADLINE = LocalDate.now().plusDays(20).toString();
    /** A model as Camunda Modeler deploys it: one file, with a history time to live as the engine demands. */
    private static final String MODELER_MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="modeler_probe_definitions"
                targetNamespace="http://bpmn.io/schema/bpmn">
              <bpmn:process id="%s" name="Thử triển khai từ Modeler" isExecutable="true" camunda:historyTimeToLive="30">
                <bpmn:startEvent id="start"/>
                <bpmn:sequenceFlow id="flow" sourceRef="start" targetRef="end"/>
                <bpmn:endEvent id="end"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired IdentityService identityService;
    @Autowired TaskService taskService;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * Wrong passwords go to a user no other test signs in as: the engine delays a user's next sign-in
     * after a failed one (3 s, doubling up to 60 s). SignInThrottle is off in the test profile.
     */
    private static final String[] WRONG_PASSWORD = {"vanthu.58", "admin-secret"};

    @Test
    void bothApisRefuseMissingAndWrongCredentialsWith401() throws Exception {
        for (String path : List.of("/api/units/12", "/engine-rest/task", "/engine-rest/deployment", "/actuator/prometheus")) {
            for (String[] who : new String[][] {null, WRONG_PASSWORD, {"nobody", "demo"}}) {
                ResponseEntity<String> response = exchange(who, HttpMethod.GET, path, null);
                String as = (who == null ? "anonymous" : who[0] + "/" + who[1]) + " on " + path;
                assertThat(response.getStatusCode().value()).as(as).isEqualTo(401);
                assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(as).startsWith("Basic");
                assertThat(json.readTree(response.getBody()).get("error").asText()).as(as).isEqualTo("unauthenticated");
            }
        }
        // the same paths with the right password
        assertThat(exchange(admin(), HttpMethod.GET, "/api/units/12", null).getStatusCode().value()).isEqualTo(200);
        assertThat(exchange(demo("vanthu.107"), HttpMethod.GET, "/engine-rest/task", null).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aRequestWithWrongCredentialsChangesNothing() {
        int directives = jdbc.queryForObject("select count(*) from directive", Integer.class);
        long openTasks = taskService.createTaskQuery().count();
        String registration = """
                {"directive": {"number": "401/CĐ-BYT", "issuer": "Bộ Y tế", "type": "CONG_DIEN", "urgency": "KHAN"},
                 "recipient": "107", "reportDeadline": "%s"}""".formatted(DEADLINE);
        assertThat(exchange(WRONG_PASSWORD, HttpMethod.POST, "/api/directives", registration)
                .getStatusCode().value()).isEqualTo(401);
        assertThat(exchange(null, HttpMethod.POST, "/engine-rest/process-definition/key/directive_handling/start",
                "{\"variables\": {}}").getStatusCode().value()).isEqualTo(401);
        assertThat(modelerDeploy(WRONG_PASSWORD, "modeler_probe_refused").getStatusCode().value()).isEqualTo(401);

        assertThat(jdbc.queryForObject("select count(*) from directive", Integer.class)).isEqualTo(directives);
        assertThat(taskService.createTaskQuery().count()).isEqualTo(openTasks);
        assertThat(jdbc.queryForObject("select count(*) from ACT_RE_PROCDEF where KEY_ = 'modeler_probe_refused'",
                Integer.class)).isZero();
    }

    @Test
    void healthIsOpenAndUp() throws Exception {
        ResponseEntity<String> health = exchange(null, HttpMethod.GET, "/actuator/health", null);
        assertThat(health.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(health.getBody()).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void eachUnitsUsersSeeAndWorkOnlyTheirOwnTasksAndTheAdministratorSeesAll() throws Exception {
        String district = businessKey(register("11/CĐ-BYT", "107"));
        String township = businessKey(register("12/CĐ-BYT", "03433"));
        String commune = businessKey(register("13/CĐ-BYT", "03436"));

        // the clerk of Mường Tè district: its own acknowledgement, nothing of its communes
        assertThat(tasks("vanthu.107", district)).hasSize(1);
        assertThat(tasks("vanthu.107", township)).isEmpty();
        assertThat(tasks("vanthu.107", commune)).isEmpty();
        for (JsonNode task : get(demo("vanthu.107"), "/engine-rest/task")) {
            assertThat(candidateGroups(task.get("id").asText())).as("a task vanthu.107 sees").contains("107.clerks");
        }
        // one commune's clerk neither sees nor completes the other's task
        String otherCommunesTask = tasks("admin", commune).get(0).get("id").asText();
        assertThat(tasks("vanthu.03433", township)).hasSize(1);
        assertThat(tasks("vanthu.03433", commune)).isEmpty();
        assertThat(exchange(demo("vanthu.03433"), HttpMethod.GET, "/engine-rest/task/" + otherCommunesTask, null)
                .getStatusCode().value()).isIn(403, 404);
        // completing it answers as for an unknown task, whatever the body: the form rules run only for whom may
        // work on it, so their messages (deadlines, the task's kind) tell another unit nothing
        String unknown = exchange(demo("vanthu.03433"), HttpMethod.POST, "/engine-rest/task/no-such-task/complete",
                "{\"variables\": {\"accepted\": {\"value\": \"perhaps\"}}}").getBody().replace("no-such-task", otherCommunesTask);
        for (String body : List.of("{\"variables\": {\"accepted\": {\"value\": true}}}",
                "{\"variables\": {\"accepted\": {\"value\": false}}}",
                "{\"variables\": {\"accepted\": {\"value\": \"perhaps\"}, \"unitCode\": {\"value\": 5}}}",
                "{\"variables\": [1, 2]}", "not json at all")) {
            for (String action : List.of("/complete", "/submit-form")) {
                ResponseEntity<String> refused = exchange(demo("vanthu.03433"), HttpMethod.POST,
                        "/engine-rest/task/" + otherCommunesTask + action, body);
                assertThat(refused.getStatusCode().value()).as(body).isEqualTo(404);
                assertThat(refused.getBody()).as(body).isEqualTo(unknown);
            }
        }
        assertThat(jdbc.queryForObject("select u.status from directive_unit u join directive d on d.id = u.directive_id "
                + "where u.unit_code = '03436' and d.number = '13/CĐ-BYT'", String.class))
                .isEqualTo("01");
        // the administrator sees all three
        assertThat(tasks("admin", district)).hasSize(1);
        assertThat(tasks("admin", township)).hasSize(1);
        assertThat(tasks("admin", commune)).hasSize(1);

        // the same through the engine's services, as Tasklist calls them
        identityService.setAuthentication("vanthu.03433", List.of("03433.clerks"));
        try {
            List<Task> visible = taskService.createTaskQuery().processInstanceBusinessKeyIn(township, commune).list();
            assertThat(visible).hasSize(1);
            assertThatThrownBy(() -> taskService.complete(otherCommunesTask)).isInstanceOf(AuthorizationException.class);
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(taskService.createTaskQuery().taskId(otherCommunesTask).count()).as("the task stays open").isEqualTo(1);
    }

    @Test
    void camundaModelerDeploysWithTheAdministratorsCredentialsOnly() throws Exception {
        ResponseEntity<String> refused = modelerDeploy(demo("vanthu.107"), "modeler_probe_clerk");
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(403);
        assertThat(exchange(admin(), HttpMethod.GET, "/engine-rest/process-definition/key/modeler_probe_clerk", null)
                .getStatusCode().value()).isEqualTo(404);

        ResponseEntity<String> deployed = modelerDeploy(admin(), "modeler_probe");
        assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
        assertThat(json.readTree(deployed.getBody()).get("deployedProcessDefinitions")).hasSize(1);
        // the new model runs at once
        ResponseEntity<String> started = exchange(admin(), HttpMethod.POST,
                "/engine-rest/process-definition/key/modeler_probe/start", "{}");
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        assertThat(json.readTree(started.getBody()).get("ended").asBoolean()).isTrue();
    }

    /** What Camunda Modeler sends on "Deploy current diagram": a multipart form with the file and its name. */
    private ResponseEntity<String> modelerDeploy(String[] who, String processKey) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", processKey);
        form.add("deployment-source", "Camunda Modeler");
        form.add("deploy-changed-only", "true");
        form.add(processKey + ".bpmn", new ByteArrayResource(MODELER_MODEL.formatted(processKey)
                .getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return processKey + ".bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(who[0], who[1]);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    private JsonNode register(String number, String recipient) throws Exception {
        String body = """
                {"directive": {"number": "%s", "issuer": "Bộ Y tế", "type": "CONG_DIEN", "urgency": "KHAN"},
                 "recipient": "%s", "reportDeadline": "%s"}""".formatted(number, recipient, DEADLINE);
        ResponseEntity<String> response = exchange(admin(), HttpMethod.POST, "/api/directives", body);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        return json.readTree(response.getBody());
    }

    private static String businessKey(JsonNode registration) {
        return registration.get("businessKey").asText();
    }

    private JsonNode tasks(String user, String businessKey) throws Exception {
        return get(user.equals("admin") ? admin() : demo(user), "/engine-rest/task?processInstanceBusinessKey=" + businessKey);
    }

    private List<String> candidateGroups(String taskId) throws Exception {
        List<String> groups = new ArrayList<>();
        get(admin(), "/engine-rest/task/" + taskId + "/identity-links?type=candidate")
                .forEach(link -> groups.add(link.get("groupId").asText()));
        return groups;
    }

    private JsonNode get(String[] who, String path) throws Exception {
        ResponseEntity<String> response = exchange(who, HttpMethod.GET, path, null);
        assertThat(response.getStatusCode().value()).as(path + ": " + response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> exchange(String[] who, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        if (who != null) {
            headers.setBasicAuth(who[0], who[1]);
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private static String[] admin() {
        return new String[] {"admin", "admin-secret"};
    }

    private static String[] demo(String user) {
        return new String[] {user, "demo"};
    }
}
