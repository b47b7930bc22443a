package vn.directive.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directive.cascade.CascadeTestSupport.clockAt;
import static vn.directive.cascade.CascadeTestSupport.complete;
import static vn.directive.cascade.CascadeTestSupport.draft;
import static vn.directive.cascade.CascadeTestSupport.executeJobs;
import static vn.directive.cascade.CascadeTestSupport.instanceOf;
import static vn.directive.cascade.CascadeTestSupport.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.directive.DirectiveDraft.Urgency;
import vn.directive.registration.DirectiveService;
import vn.directive.registration.DirectiveService.Registration;
import vn.directive.cascade.SupervisorGrants;

/**
 * The four categories of contract section 7 at and around deadlines, on the real cascade: the engine
 * clock is moved and due timers are executed as jobs, never slept for. Read through the HTTP API.
 */
// metrics export is off in tests unless asked for; both compliance test classes ask, so they share one context
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ComplianceReportTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(500);

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired DirectiveService directives;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired AuthorizationService authorizations;
    @Autowired SupervisorGrants grants;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private Registration register(String recipient, LocalDate deadline, Urgency urgency) {
        return directives.register(draft(SEQUENCE.getAndIncrement() + "/CĐ-BYT", urgency), recipient, deadline, null);
    }

    private ResponseEntity<String> get(String path, String user) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, user.equals("admin") ? "admin-secret" : "demo");
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private JsonNode report(String query) throws Exception {
        ResponseEntity<String> response = get("/api/reports/compliance?" + query, "admin");
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    private String category(Registration r, String unitCode) throws Exception {
        return row(report("directive=" + r.id()), r.id(), unitCode).get("category").asText();
    }

    private static JsonNode row(JsonNode report, String directiveId, String unitCode) {
        for (JsonNode u : report.get("units")) {
            if (u.get("directiveId").asText().equals(directiveId) && u.get("unitCode").asText().equals(unitCode)) {
                return u;
            }
        }
        throw new AssertionError("no row of unit " + unitCode + " for directive " + directiveId + " in " + report);
    }

    private static List<String> counts(JsonNode report) {
        List<String> counts = new ArrayList<>();
        for (String field : new String[] {"onTime", "late", "inProgress", "overdue", "refused", "informed", "total"}) {
            counts.add(field + "=" + report.get(field).asLong());
        }
        return counts;
    }

    private void acknowledge(Registration r) {
        complete(tasks, r.processInstanceId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
    }

    private void reportDone(String processInstanceId) {
        complete(tasks, processInstanceId, CascadeProcess.USER_REPORT, Map.of(Var.REPORT_SUMMARY, "Đã thực hiện"));
        executeJobs(management);
    }

    @Test
    void reportOnTheDeadlineDayIsOnTimeAfterItLateAndUnreportedOverdue() throws Exception {
        LocalDate friday = LocalDate.of(2026, 2, 13); // the last working day before Tết 2026
        clockAt(LocalDateTime.of(2026, 2, 9, 9, 0));
        Registration lastEvening = register("03386", friday, Urgency.THUONG);
        Registration afterMidnight = register("03387", friday, Urgency.THUONG);
        Registration afterTet = register("03388", friday, Urgency.THUONG);
        Map<Registration, String> recipients = Map.of(lastEvening, "03386", afterMidnight, "03387", afterTet, "03388");
        for (Map.Entry<Registration, String> e : recipients.entrySet()) {
            acknowledge(e.getKey());
            assertThat(category(e.getKey(), e.getValue())).isEqualTo("IN_PROGRESS");
        }

        clockAt(LocalDateTime.of(2026, 2, 13, 23, 30));
        reportDone(lastEvening.processInstanceId());
        JsonNode onTime = report("directive=" + lastEvening.id());
        assertThat(counts(onTime)).containsExactly("onTime=1", "late=0", "inProgress=0", "overdue=0", "refused=0", "informed=0", "total=1");
        assertThat(row(onTime, lastEvening.id(), "03386").get("overdue").asBoolean()).isFalse();
        assertThat(category(afterMidnight, "03387")).isEqualTo("IN_PROGRESS");

        // 00:30 in Vietnam is still the 13th in UTC: the day is Vietnam's
        clockAt(LocalDateTime.of(2026, 2, 14, 0, 30));
        JsonNode unreported = report("directive=" + afterMidnight.id());
        assertThat(counts(unreported)).containsExactly("onTime=0", "late=0", "inProgress=0", "overdue=1", "refused=0", "informed=0", "total=1");
        assertThat(row(unreported, afterMidnight.id(), "03387").get("overdue").asBoolean()).isTrue();
        reportDone(afterMidnight.processInstanceId());
        assertThat(category(afterMidnight, "03387")).isEqualTo("LATE");

        // the next working day after Friday the 13th is Monday the 23rd, after Tết: still late
        clockAt(LocalDateTime.of(2026, 2, 23, 9, 0));
        executeJobs(management);
        assertThat(category(afterTet, "03388")).isEqualTo("OVERDUE");
        reportDone(afterTet.processInstanceId());
        JsonNode late = report("directive=" + afterTet.id());
        assertThat(counts(late)).containsExactly("onTime=0", "late=1", "inProgress=0", "overdue=0", "refused=0", "informed=0", "total=1");
        assertThat(row(late, afterTet.id(), "03388").get("reportedAt").asText()).startsWith("2026-02-23");
    }

    @Test
    void acknowledgementDueAfterTetIsNotOverdueDuringItAndAClosedObligationStaysOverdue() throws Exception {
        clockAt(LocalDateTime.of(2026, 2, 13, 15, 0)); // Friday afternoon; Tết holidays 16-20 February
        Registration r = register("03389", LocalDate.of(2026, 3, 6), Urgency.THUONG);
        String pi = r.processInstanceId();

        clockAt(LocalDateTime.of(2026, 2, 20, 10, 0)); // a week later, but no working day has passed
        executeJobs(management);
        assertThat(category(r, "03389")).isEqualTo("IN_PROGRESS");
        clockAt(LocalDateTime.of(2026, 2, 23, 23, 0)); // the next working day, its last hour
        executeJobs(management);
        assertThat(category(r, "03389")).isEqualTo("IN_PROGRESS");
        assertThat(task(tasks, pi, CascadeProcess.USER_HANDLE_OVERDUE)).isNull();

        clockAt(LocalDateTime.of(2026, 2, 24, 8, 0));
        assertThat(category(r, "03389")).as("overdue as soon as the day is over, timer or not").isEqualTo("OVERDUE");
        executeJobs(management);
        assertThat(task(tasks, pi, CascadeProcess.USER_HANDLE_OVERDUE)).isNotNull();
        assertThat(category(r, "03389")).isEqualTo("OVERDUE");

        complete(tasks, pi, CascadeProcess.USER_HANDLE_OVERDUE, Map.of(Var.ACTION, "CLOSE"));
        clockAt(LocalDateTime.of(2026, 3, 2, 9, 0)); // before the report deadline: closed is still not done
        JsonNode closed = report("directive=" + r.id());
        assertThat(counts(closed)).containsExactly("onTime=0", "late=0", "inProgress=0", "overdue=1", "refused=0", "informed=0", "total=1");
        assertThat(row(closed, r.id(), "03389").get("closedAt").isNull()).isFalse();
    }

    @Test
    void registeredOnASundayTheAcknowledgementIsOverdueAfterMonday() throws Exception {
        // Sunday 22 February 2026, the last day of the Tết break: Monday the 23rd is the next working day
        clockAt(LocalDateTime.of(2026, 2, 22, 10, 0));
        Registration r = register("03389", LocalDate.of(2026, 3, 6), Urgency.THUONG);
        String pi = r.processInstanceId();
        assertThat(row(report("directive=" + r.id()), r.id(), "03389").get("ackDue").asText()).startsWith("2026-02-23");

        clockAt(LocalDateTime.of(2026, 2, 23, 23, 0));
        executeJobs(management);
        assertThat(category(r, "03389")).isEqualTo("IN_PROGRESS");

        clockAt(LocalDateTime.of(2026, 2, 24, 8, 0));
        assertThat(category(r, "03389")).as("Tuesday is a day too many").isEqualTo("OVERDUE");
        executeJobs(management);
        assertThat(task(tasks, pi, CascadeProcess.USER_HANDLE_OVERDUE)).isNotNull();
    }

    /** District Tam Đường (106): the API for a subtree, drill-down rows, and who may read them. */
    @Test
    void aDistrictsSubtreeCountsItsUnitsAndTheProvinceSeesThem() throws Exception {
        clockAt(LocalDateTime.of(2026, 2, 2, 9, 0));
        Registration r = register("106", LocalDate.of(2026, 3, 13), Urgency.THUONG);
        acknowledge(r);
        complete(tasks, r.processInstanceId(), CascadeProcess.USER_ASSIGN, Map.of(Var.ASSIGNMENTS, SpinValues.jsonValue("["
                + "{\"unitCode\":\"03390\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức tiêm\",\"reportDeadline\":\"2026-02-27\"},"
                + "{\"unitCode\":\"03394\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức tiêm\",\"reportDeadline\":\"2026-02-27\"},"
                + "{\"unitCode\":\"106-PYT\",\"role\":\"PHOI_HOP\",\"task\":\"Hướng dẫn\",\"reportDeadline\":\"2026-02-27\"},"
                + "{\"unitCode\":\"03400\",\"role\":\"DE_BIET\",\"task\":null,\"reportDeadline\":\"2026-02-27\"},"
                + "{\"unitCode\":\"03405\",\"role\":\"DE_BIET\",\"task\":null,\"reportDeadline\":\"2026-02-27\"}]")
                .create()));
        complete(tasks, r.processInstanceId(), CascadeProcess.USER_ISSUE_DOCUMENT,
                Map.of(Var.IMPLEMENTING_NUMBER, "15/UBND-VX", Var.IMPLEMENTING_DATE, "2026-02-02"));
        executeJobs(management);
        String commune = instanceOf(runtime, r.businessKey(), "03390").getId();
        String refusing = instanceOf(runtime, r.businessKey(), "03394").getId();
        String office = instanceOf(runtime, r.businessKey(), "106-PYT").getId();
        complete(tasks, commune, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        reportDone(commune);
        complete(tasks, refusing, CascadeProcess.USER_ACKNOWLEDGE,
                Map.of(Var.ACCEPTED, false, Var.REFUSAL_REASON, "Không thuộc địa bàn"));
        complete(tasks, office, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        // informed units: Tả Lèng acknowledges and has nothing more to do; Giang Ma never acknowledges
        complete(tasks, instanceOf(runtime, r.businessKey(), "03400").getId(), CascadeProcess.USER_ACKNOWLEDGE,
                Map.of(Var.ACCEPTED, true));
        clockAt(LocalDateTime.of(2026, 3, 2, 9, 0)); // the office's deadline (27 February) has passed

        JsonNode district = report("unit=106");
        assertThat(counts(district)).containsExactly("onTime=1", "late=0", "inProgress=1", "overdue=2", "refused=1", "informed=1", "total=6");
        JsonNode officeRow = row(district, r.id(), "106-PYT");
        assertThat(officeRow.get("category").asText()).isEqualTo("OVERDUE");
        assertThat(officeRow.get("parentCode").asText()).isEqualTo("106");
        assertThat(officeRow.get("kind").asText()).isEqualTo("DISTRICT_AGENCY");
        assertThat(officeRow.get("processInstanceId").asText()).isEqualTo(office);
        assertThat(officeRow.get("reportDeadline").asText()).isEqualTo("2026-02-27");
        assertThat(row(district, r.id(), "03394").get("category").asText()).isEqualTo("REFUSED");
        assertThat(row(district, r.id(), "03394").get("statusName").asText()).isEqualTo("Từ chối tiếp nhận");
        assertThat(row(district, r.id(), "03400").get("category").asText()).isEqualTo("INFORMED");
        assertThat(row(district, r.id(), "03405").get("category").asText()).isEqualTo("OVERDUE");

        JsonNode oneCommune = report("unit=03390");
        assertThat(counts(oneCommune)).containsExactly("onTime=1", "late=0", "inProgress=0", "overdue=0", "refused=0", "informed=0", "total=1");
        JsonNode province = report("unit=12");
        row(province, r.id(), "106-PYT");
        assertThat(province.get("overdue").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(province.get("total").asLong()).isGreaterThanOrEqualTo(6);
        JsonNode page = report("unit=106&offset=1&limit=2");
        assertThat(page.get("units")).hasSize(2);
        assertThat(page.get("total").asLong()).isEqualTo(6);

        assertThat(get("/api/reports/compliance?unit=106", "lanhdao.106").getStatusCode().value()).isEqualTo(200);
        assertThat(get("/api/reports/compliance?unit=03390", "lanhdao.12").getStatusCode().value()).isEqualTo(200);
        assertThat(get("/api/reports/compliance?directive=" + r.id(), "vanthu.106").getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> commune403 = get("/api/reports/compliance?unit=106", "vanthu.03390");
        assertThat(commune403.getStatusCode().value()).isEqualTo(403);
        assertThat(json.readTree(commune403.getBody()).get("error").asText()).isEqualTo("forbidden");
        // a commune reads its own part of the district's directive, a commune it did not reach nothing
        assertThat(unitCodes(get("/api/reports/compliance?directive=" + r.id(), "vanthu.03390"))).containsExactly("03390");
        assertThat(get("/api/reports/compliance?directive=" + r.id(), "vanthu.03391").getStatusCode().value()).isEqualTo(403);
        assertThat(get("/api/reports/compliance?unit=106", "lanhdao.105").getStatusCode().value()).isEqualTo(403);

        JsonNode listed = json.readTree(get("/api/reports/directives", "lanhdao.12").getBody());
        assertThat(listed.findValuesAsText("id")).contains(r.id());
        assertThat(json.readTree(get("/api/reports/directives", "lanhdao.105").getBody()).findValuesAsText("id"))
                .doesNotContain(r.id());
    }

    private List<String> unitCodes(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody()).get("units").findValuesAsText("unitCode");
    }

    private List<String> visibleInstances(String user, List<String> groups, String businessKey) {
        identity.setAuthentication(user, groups);
        try {
            return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                    .map(ProcessInstance::getId).toList();
        } finally {
            identity.clearAuthentication();
        }
    }

    private List<String> readers(String processInstanceId) {
        return authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
                .resourceId(processInstanceId).list().stream().map(Authorization::getGroupId).sorted().toList();
    }

    private void assign(String processInstanceId, String unitCode, String deadline, String number) {
        complete(tasks, processInstanceId, CascadeProcess.USER_ASSIGN, Map.of(Var.ASSIGNMENTS, SpinValues.jsonValue(
                "[{\"unitCode\":\"" + unitCode + "\",\"role\":\"CHU_TRI\",\"task\":\"Triển khai\","
                        + "\"reportDeadline\":\"" + deadline + "\"}]").create()));
        complete(tasks, processInstanceId, CascadeProcess.USER_ISSUE_DOCUMENT,
                Map.of(Var.IMPLEMENTING_NUMBER, number, Var.IMPLEMENTING_DATE, "2026-04-06"));
    }

    /**
     * A Prime Minister's telegram to the Government Office, assigned to Lai Châu (12) and Điện Biên (11);
     * Lai Châu passes it to Thành phố Lai Châu (105). Each leader reads their own province's part over the
     * API and its instances in the engine (what Cockpit shows); the Government Office reads everything; a
     * user an administrator adds to 105.supervisors reads district 105 and nothing above or beside it.
     */
    @Test
    void supervisorsReadTheirSubtreeOfTheCascadeAndNothingElse() throws Exception {
        clockAt(LocalDateTime.of(2026, 4, 6, 9, 0));
        Registration r = register("VPCP", LocalDate.of(2026, 5, 29), Urgency.THUONG);
        String national = r.processInstanceId();
        acknowledge(r);
        complete(tasks, national, CascadeProcess.USER_ASSIGN, Map.of(Var.ASSIGNMENTS, SpinValues.jsonValue("["
                + "{\"unitCode\":\"12\",\"role\":\"CHU_TRI\",\"task\":\"Triển khai\",\"reportDeadline\":\"2026-05-22\"},"
                + "{\"unitCode\":\"11\",\"role\":\"CHU_TRI\",\"task\":\"Triển khai\",\"reportDeadline\":\"2026-05-22\"}]")
                .create()));
        complete(tasks, national, CascadeProcess.USER_ISSUE_DOCUMENT,
                Map.of(Var.IMPLEMENTING_NUMBER, "12/VPCP-KGVX", Var.IMPLEMENTING_DATE, "2026-04-06"));

        // assigned, not started yet (each province starts in a job of its own): already in the report
        JsonNode dispatched = report("directive=" + r.id());
        assertThat(dispatched.get("units").findValuesAsText("unitCode")).containsExactlyInAnyOrder("VPCP", "12", "11");
        assertThat(row(dispatched, r.id(), "12").get("processInstanceId").isNull()).isTrue();
        assertThat(row(dispatched, r.id(), "12").get("status").asText()).isEqualTo("01");
        assertThat(row(dispatched, r.id(), "12").get("receivedNumber").asText()).isEqualTo("12/VPCP-KGVX");
        executeJobs(management);
        String laiChau = instanceOf(runtime, r.businessKey(), "12").getId();
        String dienBien = instanceOf(runtime, r.businessKey(), "11").getId();
        complete(tasks, laiChau, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        assign(laiChau, "105", "2026-05-15", "40/UBND-VX");
        executeJobs(management);
        String district = instanceOf(runtime, r.businessKey(), "105").getId();

        // one row per group per instance: the unit's and its ancestors' leaders and supervisors, not the root's
        assertThat(readers(national)).isEmpty();
        assertThat(readers(laiChau)).containsExactly("12.leaders", "12.supervisors");
        assertThat(readers(district)).containsExactly("105.leaders", "105.supervisors", "12.leaders", "12.supervisors");

        assertThat(unitCodes(get("/api/reports/compliance?directive=" + r.id(), "lanhdao.12")))
                .containsExactlyInAnyOrder("12", "105");
        assertThat(unitCodes(get("/api/reports/compliance?directive=" + r.id(), "lanhdao.11"))).containsExactly("11");
        assertThat(unitCodes(get("/api/reports/compliance?unit=12", "lanhdao.12"))).contains("12", "105");
        ResponseEntity<String> otherProvince = get("/api/reports/compliance?unit=11", "lanhdao.12");
        assertThat(otherProvince.getStatusCode().value()).isEqualTo(403);
        assertThat(json.readTree(otherProvince.getBody()).get("error").asText()).isEqualTo("forbidden");
        ResponseEntity<String> notReached = get("/api/reports/compliance?directive=" + r.id(), "lanhdao.106");
        assertThat(notReached.getStatusCode().value()).isEqualTo(403);
        assertThat(json.readTree(notReached.getBody()).get("error").asText()).isEqualTo("forbidden");
        assertThat(json.readTree(get("/api/reports/directives", "lanhdao.12").getBody()).findValuesAsText("id"))
                .contains(r.id());
        assertThat(json.readTree(get("/api/reports/directives", "lanhdao.106").getBody()).findValuesAsText("id"))
                .doesNotContain(r.id());
        assertThat(visibleInstances("lanhdao.12", List.of("12.leaders", "lanhdao"), r.businessKey()))
                .containsExactlyInAnyOrder(laiChau, district);
        assertThat(visibleInstances("lanhdao.11", List.of("11.leaders", "lanhdao"), r.businessKey()))
                .containsExactly(dienBien);

        assertThat(unitCodes(get("/api/reports/compliance?directive=" + r.id(), "lanhdao.vpcp")))
                .containsExactlyInAnyOrder("VPCP", "12", "11", "105");
        assertThat(get("/api/reports/compliance?unit=11", "lanhdao.vpcp").getStatusCode().value()).isEqualTo(200);
        assertThat(visibleInstances("lanhdao.vpcp", List.of("VPCP.leaders", "lanhdao"), r.businessKey()))
                .containsExactlyInAnyOrder(national, laiChau, dienBien, district);

        // an instance from before the grants (its rows gone) gets them back at the next start
        authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE).resourceId(district).list()
                .forEach(a -> authorizations.deleteAuthorization(a.getId()));
        assertThat(readers(district)).isEmpty();
        assertThat(grants.backfill()).isEqualTo(1);
        assertThat(readers(district)).containsExactly("105.leaders", "105.supervisors", "12.leaders", "12.supervisors");
        assertThat(grants.backfill()).isZero();

        // an administrator makes a user a supervisor of district 105 (Camunda Admin → Groups → 105.supervisors)
        String supervisor = "giamsat.thu" + SEQUENCE.getAndIncrement();
        User user = identity.newUser(supervisor);
        user.setPassword("demo");
        identity.saveUser(user);
        identity.createMembership(supervisor, "105.supervisors");
        assertThat(unitCodes(get("/api/reports/compliance?directive=" + r.id(), supervisor))).containsExactly("105");
        assertThat(get("/api/reports/compliance?unit=105", supervisor).getStatusCode().value()).isEqualTo(200);
        assertThat(get("/api/reports/compliance?unit=12", supervisor).getStatusCode().value()).isEqualTo(403);
        assertThat(get("/api/reports/compliance?unit=106", supervisor).getStatusCode().value()).isEqualTo(403);
        assertThat(visibleInstances(supervisor, List.of("105.supervisors"), r.businessKey())).containsExactly(district);
        assertThat(authorizations.isUserAuthorized(supervisor, List.of("105.supervisors"), Permissions.ACCESS,
                Resources.APPLICATION, "cockpit")).isTrue();
        assertThat(authorizations.isUserAuthorized("lanhdao.12", List.of("12.leaders", "lanhdao"), Permissions.ACCESS,
                Resources.APPLICATION, "cockpit")).isTrue();
        assertThat(authorizations.isUserAuthorized("vanthu.12", List.of("12.clerks", "vanthu"), Permissions.ACCESS,
                Resources.APPLICATION, "cockpit")).as("clerks work in Tasklist only").isFalse();
        // a supervisors group an administrator creates for another unit opens Cockpit at once
        Group hanoi = identity.newGroup("01.supervisors");
        hanoi.setName("Giám sát - Thành phố Hà Nội");
        identity.saveGroup(hanoi);
        try {
            assertThat(authorizations.isUserAuthorized(supervisor, List.of("01.supervisors"), Permissions.ACCESS,
                    Resources.APPLICATION, "cockpit")).isTrue();
            // deleted and created again under the same id: still one grant, and no clash with the one left behind
            identity.deleteGroup("01.supervisors");
            Group again = identity.newGroup("01.supervisors");
            again.setName("Giám sát - Thành phố Hà Nội");
            identity.saveGroup(again);
            assertThat(authorizations.createAuthorizationQuery().groupIdIn("01.supervisors")
                    .resourceType(Resources.APPLICATION).count()).isEqualTo(1);
        } finally {
            identity.deleteGroup("01.supervisors");
            identity.deleteUser(supervisor);
        }
    }

    @Test
    void badRequestsGetJsonErrors() throws Exception {
        assertError(get("/api/reports/compliance", "admin"), 400, "missing-parameter");
        assertError(get("/api/reports/compliance?directive=x&unit=12", "admin"), 400, "ambiguous-scope");
        assertError(get("/api/reports/compliance?unit=12&limit=abc", "admin"), 400, "invalid-parameter");
        assertError(get("/api/reports/compliance?unit=12&limit=20001", "admin"), 400, "invalid-parameter");
        assertError(get("/api/reports/compliance?unit=12&offset=-1", "admin"), 400, "invalid-parameter");
        assertError(get("/api/reports/compliance?directive=no-such-id", "admin"), 404, "unknown-directive");
        assertError(get("/api/reports/compliance?unit=99999", "admin"), 404, "unknown-unit");
        assertError(get("/api/reports/directives?limit=0", "admin"), 400, "invalid-parameter");
        assertError(get("/api/reports/compliance?unit=12", null), 401, "unauthenticated");
    }

    private void assertError(ResponseEntity<String> response, int status, String error) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("error").asText()).isEqualTo(error);
        assertThat(body.get("message").asText()).isNotBlank();
    }
}
