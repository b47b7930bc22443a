package vn.directive.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.directive.cascade.CascadeTestSupport.clockAt;
import static vn.directive.cascade.CascadeTestSupport.complete;
import static vn.directive.cascade.CascadeTestSupport.draft;
import static vn.directive.cascade.CascadeTestSupport.executeJobs;
import static vn.directive.cascade.CascadeTestSupport.instanceOf;
import static vn.directive.cascade.CascadeTestSupport.task;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.directive.engine.ModelCoverage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.cascade.ExtensionProcess.Status;
import vn.directive.directive.DirectiveDraft.Urgency;
import vn.directive.history.UnitHistory;
import vn.directive.registration.DirectiveService;
import vn.directive.registration.DirectiveService.Registration;

/** Every path of bpmn/extension_request.bpmn; the build fails below 100 % flow node and sequence flow coverage. */
@SpringBootTest(properties = "directive.demo=false")
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
class ExtensionRequestProcessTest {

    @RegisterExtension
    static final ModelCoverage COVERAGE = ModelCoverage.of(ExtensionProcess.KEY);

    private static final String DISTRICT = "107";          // Huyện Mường Tè, Lai Châu
    private static final String COMMUNE = "03433";         // Thị trấn Mường Tè
    private static final LocalDate DISTRICT_DEADLINE = LocalDate.of(2026, 12, 15);
    private static final LocalDate COMMUNE_DEADLINE = LocalDate.of(2026, 12, 10);
    private static final AtomicInteger SEQUENCE = new AtomicInteger(700);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired DirectiveService directives;
    @Autowired Obligations obligations;
    @Autowired ExtensionRequests requests;
    @Autowired Deadlines deadlines;
    @Autowired UnitHistory history;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        clockAt(LocalDateTime.of(2026, 12, 1, 9, 0)); // a Tuesday
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        identity.clearAuthentication();
    }

    /** A district that assigned a commune, the commune acknowledged and working on its report. */
    private record Cascade(Registration directive, ProcessInstance district, ProcessInstance commune) {
    }

    private Cascade communeAtWork() {
        Registration r = directives.register(draft(SEQUENCE.getAndIncrement() + "/CĐ-BYT", Urgency.THUONG), DISTRICT,
                DISTRICT_DEADLINE, null);
        ProcessInstance district = runtime.createProcessInstanceQuery().processInstanceId(r.processInstanceId()).singleResult();
        complete(tasks, district.getId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        complete(tasks, district.getId(), CascadeProcess.USER_ASSIGN, Map.of(Var.ASSIGNMENTS, SpinValues.jsonValue(
                "[{\"unitCode\":\"" + COMMUNE + "\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức tiêm\",\"reportDeadline\":\""
                        + COMMUNE_DEADLINE + "\"}]").create()));
        complete(tasks, district.getId(), CascadeProcess.USER_ISSUE_DOCUMENT,
                Map.of(Var.IMPLEMENTING_NUMBER, SEQUENCE.getAndIncrement() + "/UBND-VX", Var.IMPLEMENTING_DATE, "2026-12-01"));
        executeJobs(management);
        ProcessInstance commune = instanceOf(runtime, r.businessKey(), COMMUNE);
        complete(tasks, commune.getId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        assertThat(commune).isWaitingAt(CascadeProcess.USER_REPORT);
        return new Cascade(r, district, commune);
    }

    private ProcessInstance ask(Cascade c, String unit, LocalDate newDeadline, String reason) {
        identity.setAuthentication("lanhdao." + unit, List.of(unit + ".leaders", "lanhdao"));
        try {
            return runtime.startProcessInstanceByKey(ExtensionProcess.KEY, Map.of(Var.DIRECTIVE_ID, c.directive().id(),
                    Var.UNIT_CODE, unit, ExtensionProcess.Var.NEW_DEADLINE, newDeadline.toString(),
                    ExtensionProcess.Var.REASON, reason));
        } finally {
            identity.clearAuthentication();
        }
    }

    private Date timer(ProcessInstance pi, String activityId) {
        Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).timers().singleResult();
        return job == null ? null : job.getDuedate();
    }

    @Test
    void approvalMovesTheUnitsDeadlineItsOpenTaskAndItsReminderAndEscalationTimers() {
        Cascade c = communeAtWork();
        LocalDate asked = LocalDate.of(2026, 12, 14);
        assertThat(timer(c.commune(), CascadeProcess.TIMER_REPORT_DUE)).isEqualTo(deadlines.reportDue(COMMUNE_DEADLINE));

        ProcessInstance pi = ask(c, COMMUNE, asked, "Mưa lũ chia cắt hai bản, chưa tổ chức tiêm được");
        assertThat(pi).isWaitingAt(ExtensionProcess.USER_DECIDE_EXTENSION);
        assertThat(pi.getBusinessKey()).isEqualTo(c.directive().businessKey());
        Task decide = task(tasks, pi.getId(), ExtensionProcess.USER_DECIDE_EXTENSION);
        assertThat(decide).hasCandidateGroup(DISTRICT + ".leaders");
        assertThat(decide.getDueDate()).isEqualTo(deadlines.reportDue(COMMUNE_DEADLINE));
        assertThat(tasks.getVariable(decide.getId(), ExtensionProcess.Var.NEW_DEADLINE)).isEqualTo(asked.toString());
        assertThat(tasks.getVariable(decide.getId(), ExtensionProcess.Var.REASON)).isNull();
        assertThat(tasks.getVariable(decide.getId(), ExtensionProcess.Var.CURRENT_DEADLINE_TEXT)).isEqualTo("10/12/2026");
        assertThat(tasks.getVariable(decide.getId(), ExtensionProcess.Var.REQUEST_REASON)).asString().startsWith("Mưa lũ");
        assertThat(tasks.getVariable(decide.getId(), Var.TASK_DOCUMENT))
                .isEqualTo(((Display) runtime.getVariable(c.commune().getId(), Var.DISPLAY)).receivedNumber());
        ExtensionRequests.Request open = requests.open(c.directive().id(), COMMUNE).orElseThrow();
        assertThat(open.status()).isEqualTo(Status.OPEN);
        assertThat(open.requestedBy()).isEqualTo("lanhdao." + COMMUNE);
        assertThat(history.of(c.directive().id(), COMMUNE)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("EXTENSION_REQUEST");
            assertThat(e.userId()).isEqualTo("lanhdao." + COMMUNE);
            assertThat(e.details()).containsEntry("requestedDeadline", "2026-12-14").containsKey("reason");
        });

        // one open request per unit
        assertThatThrownBy(() -> ask(c, COMMUNE, LocalDate.of(2026, 12, 11), "Lần nữa"))
                .hasMessageContaining("đã có một đề nghị gia hạn đang chờ xét");

        // the decision's rules: after the unit's current deadline, not after the district's own; a refusal has a reason
        assertThatThrownBy(() -> tasks.complete(decide.getId(), Map.of(ExtensionProcess.Var.APPROVED, true,
                Var.NEW_DEADLINE, "2026-12-10")))
                .hasMessageContaining("Hạn mới (newDeadline) 10/12/2026 không sau hạn báo cáo hiện tại của đơn vị (10/12/2026)");
        assertThatThrownBy(() -> tasks.complete(decide.getId(), Map.of(ExtensionProcess.Var.APPROVED, true,
                Var.NEW_DEADLINE, "2026-12-16")))
                .hasMessageContaining("Hạn mới (newDeadline) 16/12/2026 sau hạn của đơn vị giao việc (15/12/2026)");
        assertThatThrownBy(() -> tasks.complete(decide.getId(), Map.of(ExtensionProcess.Var.APPROVED, "false")))
                .hasMessageContaining("Không đồng ý gia hạn thì phải ghi Lý do (reason)");
        assertThatThrownBy(() -> tasks.complete(decide.getId(), Map.of()))
                .hasMessageContaining("Đồng ý gia hạn (approved)");
        assertThat(pi).isWaitingAt(ExtensionProcess.USER_DECIDE_EXTENSION);
        assertThat(obligations.find(c.directive().id(), COMMUNE).orElseThrow().reportDeadline()).isEqualTo(COMMUNE_DEADLINE);

        identity.setAuthentication("lanhdao." + DISTRICT, List.of(DISTRICT + ".leaders"));
        tasks.complete(decide.getId(), Map.of(ExtensionProcess.Var.APPROVED, "true", Var.NEW_DEADLINE, "2026-12-14"));
        identity.clearAuthentication();

        assertThat(pi).hasPassed(ExtensionProcess.SERVICE_APPLY).isWaitingAt(ExtensionProcess.USER_RECEIVE_ANSWER);
        assertThat(obligations.find(c.directive().id(), COMMUNE).orElseThrow().reportDeadline()).isEqualTo(asked);
        Task report = task(tasks, c.commune().getId(), CascadeProcess.USER_REPORT);
        assertThat(report.getDueDate()).isEqualTo(deadlines.reportDue(asked));
        assertThat(timer(c.commune(), CascadeProcess.TIMER_REPORT_DUE)).isEqualTo(deadlines.reportDue(asked));
        assertThat(timer(c.commune(), CascadeProcess.TIMER_REPORT_REMINDER)).isEqualTo(deadlines.reminderAt(asked));
        assertThat(((Display) runtime.getVariable(c.commune().getId(), Var.DISPLAY)).reportDeadlineText()).isEqualTo("14/12/2026");

        ExtensionRequests.Request decided = requests.find(open.id()).orElseThrow();
        assertThat(decided.status()).isEqualTo(Status.APPROVED);
        assertThat(decided.decidedDeadline()).isEqualTo(asked);
        assertThat(decided.decidedBy()).isEqualTo("lanhdao." + DISTRICT);
        assertThat(requests.open(c.directive().id(), COMMUNE)).isEmpty();
        assertThat(history.of(c.directive().id(), COMMUNE)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("EXTENSION_DECISION");
            assertThat(e.userId()).isEqualTo("lanhdao." + DISTRICT);
            assertThat(e.details()).containsEntry("approved", true).containsEntry("deadline", "2026-12-14")
                    .containsEntry("deadlineMoved", true);
        });

        Task answer = task(tasks, pi.getId(), ExtensionProcess.USER_RECEIVE_ANSWER);
        assertThat(answer).hasCandidateGroup(COMMUNE + ".leaders");
        assertThat((String) tasks.getVariable(answer.getId(), ExtensionProcess.Var.ANSWER_TEXT))
                .contains("đồng ý gia hạn", "14/12/2026", "chuyển từ 10/12/2026");
        tasks.complete(answer.getId());
        assertThat(pi).hasPassed(ExtensionProcess.END_ANSWERED).isEnded();

        // decided: the unit may ask again
        assertThat(ask(c, COMMUNE, LocalDate.of(2026, 12, 15), "Cần thêm một ngày")).isNotNull();
    }

    @Test
    void refusalMovesNothing() {
        Cascade c = communeAtWork();
        Date due = timer(c.commune(), CascadeProcess.TIMER_REPORT_DUE);
        Date reminder = timer(c.commune(), CascadeProcess.TIMER_REPORT_REMINDER);
        ProcessInstance pi = ask(c, COMMUNE, LocalDate.of(2026, 12, 14), "Thiếu cán bộ");

        complete(tasks, pi.getId(), ExtensionProcess.USER_DECIDE_EXTENSION, Map.of(ExtensionProcess.Var.APPROVED, false,
                ExtensionProcess.Var.REASON, "Hạn của huyện không lùi được"));

        assertThat(pi).hasPassed(ExtensionProcess.SERVICE_REFUSE).isWaitingAt(ExtensionProcess.USER_RECEIVE_ANSWER);
        assertThat(obligations.find(c.directive().id(), COMMUNE).orElseThrow().reportDeadline()).isEqualTo(COMMUNE_DEADLINE);
        assertThat(timer(c.commune(), CascadeProcess.TIMER_REPORT_DUE)).isEqualTo(due);
        assertThat(timer(c.commune(), CascadeProcess.TIMER_REPORT_REMINDER)).isEqualTo(reminder);
        assertThat(task(tasks, c.commune().getId(), CascadeProcess.USER_REPORT).getDueDate()).isEqualTo(due);
        ExtensionRequests.Request r = requests.of(c.directive().id(), COMMUNE).get(0);
        assertThat(r.status()).isEqualTo(Status.REFUSED);
        assertThat(r.decisionReason()).isEqualTo("Hạn của huyện không lùi được");
        assertThat(r.decidedDeadline()).isNull();
        Task answer = task(tasks, pi.getId(), ExtensionProcess.USER_RECEIVE_ANSWER);
        assertThat((String) tasks.getVariable(answer.getId(), ExtensionProcess.Var.ANSWER_TEXT))
                .contains("không đồng ý gia hạn", "Hạn của huyện không lùi được", "giữ nguyên: **10/12/2026**");
        assertThat(history.of(c.directive().id(), COMMUNE)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("EXTENSION_DECISION");
            assertThat(e.details()).containsEntry("approved", false).containsEntry("reason", "Hạn của huyện không lùi được");
        });
        tasks.complete(answer.getId());
        assertThat(pi).isEnded();
    }

    @Test
    void anApprovalAfterTheUnitReportedCompletesAndMovesNothing() {
        Cascade c = communeAtWork();
        ProcessInstance pi = ask(c, COMMUNE, LocalDate.of(2026, 12, 14), "Chờ số liệu của trạm y tế");
        complete(tasks, c.commune().getId(), CascadeProcess.USER_REPORT, Map.of(Var.REPORT_SUMMARY, "Đã tiêm xong"));
        executeJobs(management);

        complete(tasks, pi.getId(), ExtensionProcess.USER_DECIDE_EXTENSION, Map.of(ExtensionProcess.Var.APPROVED, true,
                Var.NEW_DEADLINE, "2026-12-14"));

        assertThat(obligations.find(c.directive().id(), COMMUNE).orElseThrow().reportDeadline()).isEqualTo(COMMUNE_DEADLINE);
        assertThat(runtime.getVariable(pi.getId(), ExtensionProcess.Var.DEADLINE_MOVED)).isEqualTo(false);
        assertThat((String) runtime.getVariable(pi.getId(), ExtensionProcess.Var.ANSWER_TEXT))
                .contains("đã kết thúc (hoàn thành)", "không thay đổi");
        assertThat(requests.of(c.directive().id(), COMMUNE).get(0).status()).isEqualTo(Status.APPROVED);
    }

    @Test
    void whatCannotBeAskedStartsNothing() {
        Cascade c = communeAtWork();
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(ExtensionProcess.KEY).count();
        // the recipient at the top has no assigning unit in the system
        assertThatThrownBy(() -> ask(c, DISTRICT, LocalDate.of(2026, 12, 20), "Xin thêm thời gian"))
                .hasMessageContaining("không có đơn vị giao việc");
        assertThatThrownBy(() -> ask(c, COMMUNE, COMMUNE_DEADLINE, "Xin thêm thời gian"))
                .hasMessageContaining("không sau hạn báo cáo hiện tại của đơn vị (10/12/2026)");
        assertThatThrownBy(() -> ask(c, COMMUNE, LocalDate.of(2026, 12, 14), "  "))
                .hasMessageContaining("Chưa nhập Lý do (reason)");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ExtensionProcess.KEY).count()).isEqualTo(before);
        assertThat(requests.of(c.directive().id(), COMMUNE)).isEmpty();
    }
}
