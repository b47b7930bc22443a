package vn.directive.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.directive.cascade.CascadeTestSupport.clockAt;
import static vn.directive.cascade.CascadeTestSupport.complete;
import static vn.directive.cascade.CascadeTestSupport.draft;
import static vn.directive.cascade.CascadeTestSupport.executeJobs;
import static vn.directive.cascade.CascadeTestSupport.fireTimer;
import static vn.directive.cascade.CascadeTestSupport.instanceOf;
import static vn.directive.cascade.CascadeTestSupport.task;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.ObjectValue;
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
import vn.directive.calendar.WorkingDays;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.directive.DirectiveDraft;
import vn.directive.directive.DirectiveDraft.Urgency;
import vn.directive.registration.DirectiveService.Registration;
import vn.directive.registration.DirectiveService;

/** Every path of bpmn/directive_handling.bpmn; the build fails below 100 % flow node and sequence flow coverage. */
@SpringBootTest(properties = "directive.demo=false")
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
class DirectiveHandlingProcessTest {

    private static final String PROVINCE = "12";           // Tỉnh Lai Châu
    private static final String DISTRICT = "107";          // Huyện Mường Tè, Lai Châu
    private static final String COMMUNE = "03433";         // Thị trấn Mường Tè
    private static final String OTHER_COMMUNE = "03436";   // Xã Thu Lũm
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 15);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired DirectiveService directives;
    @Autowired Obligations obligations;
    @Autowired OverdueDecisions decisions;
    @Autowired ReportFigures figures;
    @Autowired CascadeStatus status;
    @Autowired Recalls recalls;
    @Autowired vn.directive.registration.AmendmentService amendmentService;
    @Autowired Deadlines deadlines;
    @Autowired vn.directive.directive.DirectiveRegister registerRead;
    @Autowired org.camunda.bpm.engine.IdentityService identity;
    @Autowired vn.directive.history.UnitHistory history;

    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger(100);

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        clockAt(LocalDateTime.of(2026, 12, 1, 9, 0)); // a Tuesday
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** directive_handling, and report_delivery that it calls for each b/c recipient of a report */
    @RegisterExtension
    static final ModelCoverage HANDLING = ModelCoverage.of(CascadeProcess.KEY);
    @RegisterExtension
    static final ModelCoverage DELIVERY = ModelCoverage.of(CascadeProcess.REPORT_DELIVERY_KEY);

    private Registration register(String recipient, Urgency urgency) {
        return directives.register(draft(SEQUENCE.getAndIncrement() + "/CĐ-BYT", urgency), recipient, DEADLINE, null);
    }

    private ProcessInstance top(Registration r) {
        return runtime.createProcessInstanceQuery().processInstanceId(r.processInstanceId()).singleResult();
    }

    private UnitStatus status(Registration r, String unit) {
        return obligations.find(r.id(), unit).orElseThrow().status();
    }

    @Test
    void leafUnitAcknowledgesAndReports() {
        Registration r = register(COMMUNE, Urgency.THUONG);
        ProcessInstance pi = top(r);
        assertThat(pi).isWaitingAt(CascadeProcess.USER_ACKNOWLEDGE);
        assertThat(task(tasks, pi.getId(), CascadeProcess.USER_ACKNOWLEDGE)).hasCandidateGroup(COMMUNE + ".clerks");
        assertThat(status(r, COMMUNE)).isEqualTo(UnitStatus.RECEIVED);

        complete(tasks, pi.getId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        assertThat(status(r, COMMUNE)).isEqualTo(UnitStatus.ACKNOWLEDGED);
        assertThat(pi).isWaitingAt(CascadeProcess.USER_REPORT);
        assertThat(task(tasks, pi.getId(), CascadeProcess.USER_REPORT)).hasCandidateGroup(COMMUNE + ".officers");

        complete(tasks, pi.getId(), CascadeProcess.USER_REPORT, Map.of(Var.REPORT_SUMMARY, "Đã tổ chức tiêm 1.200 mũi"));
        executeJobs(management);
        assertThat(pi).hasPassed(CascadeProcess.END_REPORTED).isEnded();
        assertThat(status(r, COMMUNE)).isEqualTo(UnitStatus.REPORTED);
        assertThat(obligations.find(r.id(), COMMUNE).orElseThrow().reportSummary()).isEqualTo("Đã tổ chức tiêm 1.200 mũi");
    }

    @Test
    void refusalNeedsAReasonAndEndsTheUnitsPart() {
        Registration r = register(COMMUNE, Urgency.THUONG);
        ProcessInstance pi = top(r);
        Task ack = task(tasks, pi.getId(), CascadeProcess.USER_ACKNOWLEDGE);

        assertThatThrownBy(() -> tasks.complete(ack.getId(), Map.of(Var.ACCEPTED, false)))
                .hasMessageContaining("Lý do từ chối (refusalReason)");
        assertThat(pi).isWaitingAt(CascadeProcess.USER_ACKNOWLEDGE);
        assertThat(status(r, COMMUNE)).isEqualTo(UnitStatus.RECEIVED);

        tasks.complete(ack.getId(), Map.of(Var.ACCEPTED, false, Var.REFUSAL_REASON, "Không thuộc thẩm quyền"));
        assertThat(pi).hasPassed(CascadeProcess.END_REFUSED).isEnded();
        assertThat(status(r, COMMUNE)).isEqualTo(UnitStatus.REFUSED);
    }

    @Test
    void districtAssignsCommunesAndReportsOnlyAfterItsLeadAndCoOperatingCommunes() {
        Registration r = register(DISTRICT, Urgency.THUONG);
        ProcessInstance district = top(r);
        complete(tasks, district.getId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        Task assign = task(tasks, district.getId(), CascadeProcess.USER_ASSIGN);
        assertThat(assign).hasCandidateGroup(DISTRICT + ".leaders");
        assertThat(tasks.getVariable(assign.getId(), Var.SUBORDINATE_OPTIONS).toString()).contains(COMMUNE, "107-PYT");

        // A commune of another district, and a deadline after the district's own, are refused
        assertThatThrownBy(() -> tasks.complete(assign.getId(), Map.of(Var.ASSIGNMENTS,
                json("[{\"unitCode\":\"03385\",\"role\":\"CHU_TRI\",\"task\":\"x\",\"reportDeadline\":\"2026-12-10\"}]"))))
                .hasMessageContaining("Dòng 1 – Đơn vị (assignments[0].unitCode) '03385' không phải đơn vị cấp dưới trực tiếp");
        assertThatThrownBy(() -> tasks.complete(assign.getId(), Map.of(Var.ASSIGNMENTS,
                json("[{\"unitCode\":\"" + COMMUNE + "\",\"role\":\"CHU_TRI\",\"task\":\"x\",\"reportDeadline\":\"2026-12-16\"}]"))))
                .hasMessageContaining("Hạn báo cáo (assignments[0].reportDeadline) 16/12/2026 sau hạn của đơn vị (15/12/2026)");
        assertThat(district).isWaitingAt(CascadeProcess.USER_ASSIGN);

        tasks.complete(assign.getId(), Map.of(Var.ASSIGNMENTS, json("["
                + "{\"unitCode\":\"" + COMMUNE + "\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức tiêm\",\"reportDeadline\":\"2026-12-10\"},"
                + "{\"unitCode\":\"107-PYT\",\"role\":\"PHOI_HOP\",\"task\":\"Hướng dẫn chuyên môn\",\"reportDeadline\":\"2026-12-10\"},"
                + "{\"unitCode\":\"" + OTHER_COMMUNE + "\",\"role\":\"DE_BIET\",\"task\":null,\"reportDeadline\":\"2026-12-10\"}]")));
        assertThat(status(r, DISTRICT)).isEqualTo(UnitStatus.ASSIGNED);
        complete(tasks, district.getId(), CascadeProcess.USER_ISSUE_DOCUMENT,
                Map.of(Var.IMPLEMENTING_NUMBER, "213/UBND-VX", Var.IMPLEMENTING_DATE, "2026-12-01"));
        assertThat(status(r, DISTRICT)).isEqualTo(UnitStatus.IN_PROGRESS);
        executeJobs(management);

        ProcessInstance commune = instanceOf(runtime, r.businessKey(), COMMUNE);
        ProcessInstance office = instanceOf(runtime, r.businessKey(), "107-PYT");
        ProcessInstance informed = instanceOf(runtime, r.businessKey(), OTHER_COMMUNE);
        assertThat(runtime.getVariable(commune.getId(), Var.PARENT_UNIT_CODE)).isEqualTo(DISTRICT);
        assertThat(display(commune.getId()).taskText()).isEqualTo("Tổ chức tiêm");
        // Tasklist parses a variable for the forms only when it is JSON: stored otherwise, every form would show blanks
        ObjectValue shown = runtime.getVariableTyped(commune.getId(), Var.DISPLAY, false);
        assertThat(shown.getSerializationDataFormat()).isEqualTo("application/json");
        assertThat(shown.getValueSerialized()).contains("\"taskText\":\"Tổ chức tiêm\"", "\"role\":\"CHU_TRI\"");
        assertThat(district).isWaitingAt(CascadeProcess.CALL_SUBORDINATES);

        // the informed commune only acknowledges, and never holds up the district's report
        complete(tasks, informed.getId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        assertThat(informed).hasPassed(CascadeProcess.END_NOTED).isEnded();

        complete(tasks, commune.getId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        complete(tasks, commune.getId(), CascadeProcess.USER_REPORT, Map.of(Var.REPORT_SUMMARY, "Đã tiêm xong"));
        executeJobs(management);
        assertThat(task(tasks, district.getId(), CascadeProcess.USER_REPORT)).isNull();

        complete(tasks, office.getId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        complete(tasks, office.getId(), CascadeProcess.USER_REPORT, Map.of(Var.REPORT_SUMMARY, "Đã hướng dẫn"));
        executeJobs(management);

        Task report = task(tasks, district.getId(), CascadeProcess.USER_REPORT);
        assertThat(report).isNotNull();
        assertThat((String) tasks.getVariable(report.getId(), Var.SUBORDINATE_REPORTS)).contains("Đã tiêm xong", "Đã hướng dẫn");
        tasks.complete(report.getId(), Map.of(Var.REPORT_SUMMARY, "Huyện đã hoàn thành"));
        executeJobs(management);
        assertThat(district).isEnded();
        assertThat(status(r, DISTRICT)).isEqualTo(UnitStatus.REPORTED);
        assertThat(status(r, OTHER_COMMUNE)).isEqualTo(UnitStatus.ACKNOWLEDGED);
    }

    @Test
    void urgentDirectiveIsDueTheSameWorkingDayOthersTheNext() {
        Registration urgent = register(COMMUNE, Urgency.HOA_TOC);
        Registration normal = register(OTHER_COMMUNE, Urgency.THUONG);
        assertThat(task(tasks, urgent.processInstanceId(), CascadeProcess.USER_ACKNOWLEDGE).getDueDate())
                .isEqualTo(endOf(LocalDate.of(2026, 12, 1)));
        assertThat(task(tasks, normal.processInstanceId(), CascadeProcess.USER_ACKNOWLEDGE).getDueDate())
                .isEqualTo(endOf(LocalDate.of(2026, 12, 2)));
    }

    @Test
    void deadlinesSkipTetAndTheReminderComesTheWorkingDayBeforeIt() {
        // Friday 13 February 2026; Tết for civil servants runs 14–22 February
        clockAt(LocalDateTime.of(2026, 2, 13, 15, 0));
        Registration r = directives.register(draft(SEQUENCE.getAndIncrement() + "/CĐ-BYT", Urgency.THUONG), COMMUNE,
                LocalDate.of(2026, 2, 24), null);
        assertThat(task(tasks, r.processInstanceId(), CascadeProcess.USER_ACKNOWLEDGE).getDueDate())
                .as("acknowledgement due the next working day: Monday after Tết")
                .isEqualTo(endOf(LocalDate.of(2026, 2, 23)));
        complete(tasks, r.processInstanceId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        assertThat(timerDue(r.processInstanceId(), CascadeProcess.TIMER_REPORT_REMINDER))
                .as("report due Tuesday 24/02: reminded Monday 23/02 at 08:00, not during the break")
                .isEqualTo(Date.from(ZonedDateTime.of(2026, 2, 23, 8, 0, 0, 0, WorkingDays.ZONE).toInstant()));
    }

    @Test
    void registeredOnADayOffTheAcknowledgementIsDueTheFirstWorkingDayAfterIt() {
        // Saturday 14 February 2026, the first day of the Tết break (14–22 February): Monday the 23rd is day 1
        clockAt(LocalDateTime.of(2026, 2, 14, 10, 0));
        Registration normal = register(COMMUNE, Urgency.THUONG);
        Registration urgent = register(OTHER_COMMUNE, Urgency.HOA_TOC);
        assertThat(task(tasks, normal.processInstanceId(), CascadeProcess.USER_ACKNOWLEDGE).getDueDate())
                .as("the next working day counted from the day after the Saturday, not from Monday")
                .isEqualTo(endOf(LocalDate.of(2026, 2, 23)));
        assertThat(task(tasks, urgent.processInstanceId(), CascadeProcess.USER_ACKNOWLEDGE).getDueDate())
                .isEqualTo(endOf(LocalDate.of(2026, 2, 23)));
        assertThat((Date) runtime.getVariable(normal.processInstanceId(), Var.DUE_AT))
                .isEqualTo(endOf(LocalDate.of(2026, 2, 23)));
    }

    @Test
    void overdueAcknowledgementEscalatesToTheAssignerAndIsChased() {
        Registration r = register(COMMUNE, Urgency.THUONG);
        ProcessInstance pi = top(r);
        clockAt(LocalDateTime.of(2026, 12, 3, 9, 0));
        fireTimer(management, pi.getId(), CascadeProcess.TIMER_ACKNOWLEDGE_DUE);

        Task handle = task(tasks, pi.getId(), CascadeProcess.USER_HANDLE_OVERDUE);
        assertThat(handle).hasCandidateGroup(COMMUNE + ".leaders"); // the recipient's own leaders at the top
        assertThat(obligations.find(r.id(), COMMUNE).orElseThrow().overdue()).isTrue();
        assertThatThrownBy(() -> tasks.complete(handle.getId(), Map.of(Var.ACTION, "IGNORE"))).hasMessageContaining("Hướng xử lý (action) phải là").hasMessageContaining("không phải 'IGNORE'");

        tasks.complete(handle.getId(), Map.of(Var.ACTION, "REMIND", Var.NOTE, "Đề nghị tiếp nhận ngay"));
        assertThat(pi).hasPassed("service_chase", "end_chased").isWaitingAt(CascadeProcess.USER_ACKNOWLEDGE);
        assertThat(obligations.find(r.id(), COMMUNE).orElseThrow().reminders()).isEqualTo(1);
        assertThat(decisions.of(r.id(), COMMUNE)).singleElement().satisfies(d -> {
            assertThat(d.action()).isEqualTo(OverdueAction.REMIND);
            assertThat(d.note()).isEqualTo("Đề nghị tiếp nhận ngay");
        });
    }

    @Test
    void everyOverdueDecisionIsKeptWithItsNoteAndTheNextRoundStartsFromNothing() {
        Registration r = register(COMMUNE, Urgency.THUONG);
        ProcessInstance pi = top(r);
        clockAt(LocalDateTime.of(2026, 12, 3, 9, 0));
        fireTimer(management, pi.getId(), CascadeProcess.TIMER_ACKNOWLEDGE_DUE);
        tasks.complete(task(tasks, pi.getId(), CascadeProcess.USER_HANDLE_OVERDUE).getId(),
                Map.of(Var.ACTION, "EXTEND", Var.NEW_DEADLINE, "2026-12-04", Var.NOTE, "Gia hạn một ngày"));
        assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys(Var.ACTION, Var.NEW_DEADLINE, Var.NOTE);

        // still not acknowledged at the new deadline: a second round, which the first round's values cannot decide
        clockAt(LocalDateTime.of(2026, 12, 5, 9, 0));
        fireTimer(management, pi.getId(), CascadeProcess.TIMER_EXTENDED_DUE);
        Task second = task(tasks, pi.getId(), CascadeProcess.USER_HANDLE_OVERDUE);
        assertThatThrownBy(() -> tasks.complete(second.getId())).hasMessageContaining("(action)");
        assertThatThrownBy(() -> tasks.complete(second.getId(), Map.of(Var.ACTION, "REMIND", Var.NOTE, 5)))
                .hasMessageContaining("'note'");
        assertThatThrownBy(() -> tasks.complete(second.getId(), Map.of(Var.ACTION, "EXTEND", Var.NEW_DEADLINE, "9999-12-31")))
                .hasMessageContaining("newDeadline");
        tasks.complete(second.getId(), Map.of(Var.ACTION, "CLOSE", Var.NOTE, "Không tiếp nhận sau khi gia hạn"));
        assertThat(pi).isEnded();

        assertThat(decisions.of(r.id(), COMMUNE)).extracting(OverdueDecisions.Decision::action)
                .containsExactly(OverdueAction.EXTEND, OverdueAction.CLOSE);
        assertThat(decisions.of(r.id(), COMMUNE)).extracting(OverdueDecisions.Decision::note)
                .containsExactly("Gia hạn một ngày", "Không tiếp nhận sau khi gia hạn");
        assertThat(decisions.of(r.id(), COMMUNE).get(0).newDeadline()).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void subordinateOverdueGoesToTheParentsLeadersAndExtensionMovesTheDeadline() {
        Registration r = register(DISTRICT, Urgency.THUONG);
        ProcessInstance district = top(r);
        complete(tasks, district.getId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        complete(tasks, district.getId(), CascadeProcess.USER_ASSIGN, Map.of(Var.ASSIGNMENTS, json(
                "[{\"unitCode\":\"" + COMMUNE + "\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức tiêm\",\"reportDeadline\":\"2026-12-08\"}]")));
        complete(tasks, district.getId(), CascadeProcess.USER_ISSUE_DOCUMENT,
                Map.of(Var.IMPLEMENTING_NUMBER, "214/UBND-VX", Var.IMPLEMENTING_DATE, "2026-12-01"));
        executeJobs(management);
        ProcessInstance commune = instanceOf(runtime, r.businessKey(), COMMUNE);

        // acknowledgement overdue, extended; the commune then acknowledges within the new deadline
        clockAt(LocalDateTime.of(2026, 12, 3, 9, 0));
        fireTimer(management, commune.getId(), CascadeProcess.TIMER_ACKNOWLEDGE_DUE);
        Task handle = task(tasks, commune.getId(), CascadeProcess.USER_HANDLE_OVERDUE);
        assertThat(handle).hasCandidateGroup(DISTRICT + ".leaders");
        assertThatThrownBy(() -> tasks.complete(handle.getId(), Map.of(Var.ACTION, "EXTEND", Var.NEW_DEADLINE, "2026-12-20")))
                .hasMessageContaining("Hạn mới (newDeadline) 20/12/2026 sau hạn của đơn vị giao việc (15/12/2026)");
        tasks.complete(handle.getId(), Map.of(Var.ACTION, "EXTEND", Var.NEW_DEADLINE, "2026-12-04"));
        assertThat(obligations.find(r.id(), COMMUNE).orElseThrow().overdue()).isFalse();
        assertThat(commune).isWaitingAt(CascadeProcess.TIMER_EXTENDED_DUE, CascadeProcess.USER_ACKNOWLEDGE);
        assertThat(task(tasks, commune.getId(), CascadeProcess.USER_ACKNOWLEDGE).getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 12, 4)));
        assertThat((String) tasks.getVariableLocal(task(tasks, commune.getId(), CascadeProcess.USER_ACKNOWLEDGE).getId(), Var.TASK_DUE))
                .as("the task list's line shows the new deadline").endsWith("04/12/2026");
        complete(tasks, commune.getId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        clockAt(LocalDateTime.of(2026, 12, 5, 9, 0));
        fireTimer(management, commune.getId(), CascadeProcess.TIMER_EXTENDED_DUE);
        assertThat(commune).hasPassed("end_extension_met");

        // one working day before the report is due: a reminder (Monday 7 December for Tuesday the 8th)
        Date remindAt = timerDue(commune.getId(), CascadeProcess.TIMER_REPORT_REMINDER);
        assertThat(remindAt).isEqualTo(Date.from(ZonedDateTime.of(2026, 12, 7, 8, 0, 0, 0, WorkingDays.ZONE).toInstant()));
        clockAt(LocalDateTime.of(2026, 12, 7, 8, 0));
        fireTimer(management, commune.getId(), CascadeProcess.TIMER_REPORT_REMINDER);
        assertThat(commune).hasPassed("service_remind", "end_reminded");
        assertThat(obligations.find(r.id(), COMMUNE).orElseThrow().reminders()).isEqualTo(1);

        // report overdue: extended, still not done at the new deadline, escalated again, closed
        clockAt(LocalDateTime.of(2026, 12, 9, 9, 0));
        fireTimer(management, commune.getId(), CascadeProcess.TIMER_REPORT_DUE);
        complete(tasks, commune.getId(), CascadeProcess.USER_HANDLE_OVERDUE,
                Map.of(Var.ACTION, "EXTEND", Var.NEW_DEADLINE, "2026-12-11"));
        assertThat(obligations.find(r.id(), COMMUNE).orElseThrow().reportDeadline()).isEqualTo(LocalDate.of(2026, 12, 11));
        clockAt(LocalDateTime.of(2026, 12, 12, 9, 0));
        fireTimer(management, commune.getId(), CascadeProcess.TIMER_EXTENDED_DUE);
        assertThat(commune).isWaitingAt(CascadeProcess.USER_HANDLE_OVERDUE);
        complete(tasks, commune.getId(), CascadeProcess.USER_HANDLE_OVERDUE, Map.of(Var.ACTION, "CLOSE"));
        assertThat(commune).hasPassed(CascadeProcess.END_CLOSED).isEnded();
        assertThat(obligations.find(r.id(), COMMUNE).orElseThrow().closedAt()).isNotNull();

        // the district's report no longer waits for the closed commune
        executeJobs(management);
        Task report = task(tasks, district.getId(), CascadeProcess.USER_REPORT);
        assertThat((String) tasks.getVariable(report.getId(), Var.SUBORDINATE_REPORTS)).contains("đã đóng");
    }

    @Test
    void figuresAskedAtTheProvinceAreReportedByEveryUnitAndSummedOnTheWayUp() {
        Registration r = register(PROVINCE, Urgency.THUONG);
        ProcessInstance province = top(r);
        complete(tasks, province.getId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        Task assign = task(tasks, province.getId(), CascadeProcess.USER_ASSIGN);
        assertThat(tasks.getVariable(assign.getId(), Var.INDICATORS_TEXT)).isEqualTo("");
        assertThatThrownBy(() -> tasks.complete(assign.getId(), Map.of(Var.ASSIGNMENTS, json("[]"),
                Var.INDICATORS, json("[{\"code\":\"Mũi 3\",\"name\":\"x\",\"unit\":\"người\"}]"))))
                .hasMessageContaining("Mã số liệu (indicators[0].code) 'Mũi 3' chỉ gồm chữ thường không dấu");
        tasks.complete(assign.getId(), Map.of(Var.ASSIGNMENTS, json("[{\"unitCode\":\"" + DISTRICT
                        + "\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức tiêm\",\"reportDeadline\":\"2026-12-12\"}]"),
                Var.INDICATORS, json("[{\"code\":\"mui3\",\"name\":\"Số người tiêm mũi 3\",\"unit\":\"người\"}]")));
        complete(tasks, province.getId(), CascadeProcess.USER_ISSUE_DOCUMENT,
                Map.of(Var.IMPLEMENTING_NUMBER, "219/UBND-KGVX", Var.IMPLEMENTING_DATE, "2026-12-01"));
        executeJobs(management);

        // the district inherits mui3 and adds a figure of its own through the form's text
        ProcessInstance district = instanceOf(runtime, r.businessKey(), DISTRICT);
        complete(tasks, district.getId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        Task districtAssign = task(tasks, district.getId(), CascadeProcess.USER_ASSIGN);
        assertThat((String) tasks.getVariable(districtAssign.getId(), Var.INDICATORS_TEXT)).isEqualTo("mui3; Số người tiêm mũi 3; người\n");
        tasks.complete(districtAssign.getId(), Map.of(Var.ASSIGNMENTS, json("["
                        + "{\"unitCode\":\"" + COMMUNE + "\",\"role\":\"CHU_TRI\",\"task\":\"Tiêm\",\"reportDeadline\":\"2026-12-10\"},"
                        + "{\"unitCode\":\"" + OTHER_COMMUNE + "\",\"role\":\"CHU_TRI\",\"task\":\"Tiêm\",\"reportDeadline\":\"2026-12-10\"}]"),
                Var.INDICATORS_TEXT, "mui2_tre; Số trẻ 12-17 tuổi tiêm mũi 2; trẻ\n"));
        assertThat(figures.asked(r.id(), DISTRICT).orElseThrow()).extracting(ReportFigures.Indicator::code)
                .containsExactly("mui3", "mui2_tre");
        complete(tasks, district.getId(), CascadeProcess.USER_ISSUE_DOCUMENT,
                Map.of(Var.IMPLEMENTING_NUMBER, "88/UBND", Var.IMPLEMENTING_DATE, "2026-12-01"));
        executeJobs(management);

        // a commune's report needs every figure, each a number ≥ 0, and no other; the task stays open
        ProcessInstance commune = instanceOf(runtime, r.businessKey(), COMMUNE);
        complete(tasks, commune.getId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        Task communeReport = task(tasks, commune.getId(), CascadeProcess.USER_REPORT);
        assertThat(tasks.getVariable(communeReport.getId(), Var.HAS_FIGURES)).isEqualTo(true);
        assertThat(tasks.getVariable(communeReport.getId(), Var.FIGURES_TEXT)).isEqualTo("mui3: \nmui2_tre: \n");
        assertThatThrownBy(() -> tasks.complete(communeReport.getId(), Map.of(Var.REPORT_SUMMARY, "Đã tiêm")))
                .hasMessageContaining("Chưa nhập Số liệu «Số người tiêm mũi 3» (figures.mui3)");
        assertThatThrownBy(() -> tasks.complete(communeReport.getId(), Map.of(Var.REPORT_SUMMARY, "Đã tiêm",
                Var.FIGURES, json("{\"mui3\": -1, \"mui2_tre\": 3}"))))
                .hasMessageContaining("Số liệu «Số người tiêm mũi 3» (figures.mui3) không được âm");
        assertThatThrownBy(() -> tasks.complete(communeReport.getId(), Map.of(Var.REPORT_SUMMARY, "Đã tiêm",
                Var.FIGURES_TEXT, "mui3: nhiều\nmui2_tre: 3")))
                .hasMessageContaining("Số liệu «Số người tiêm mũi 3» (figures.mui3) phải là một số, không phải 'nhiều'");
        assertThatThrownBy(() -> tasks.complete(communeReport.getId(), Map.of(Var.REPORT_SUMMARY, "Đã tiêm",
                Var.FIGURES, json("{\"mui3\": 1, \"mui2_tre\": 3, \"mui4\": 2}"))))
                .hasMessageContaining("Mã số liệu 'mui4' (figures.mui4) không nằm trong số liệu được yêu cầu");
        assertThat(commune).isWaitingAt(CascadeProcess.USER_REPORT);
        tasks.complete(communeReport.getId(), Map.of(Var.REPORT_SUMMARY, "Đã tiêm", Var.FIGURES_TEXT, "mui3: 1.200\nmui2_tre: 35\n"));
        executeJobs(management);
        assertThat(figures.reported(r.id(), COMMUNE)).containsEntry("mui3", new java.math.BigDecimal("1200.0000"));

        ProcessInstance other = instanceOf(runtime, r.businessKey(), OTHER_COMMUNE);
        complete(tasks, other.getId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        complete(tasks, other.getId(), CascadeProcess.USER_REPORT, Map.of(Var.REPORT_SUMMARY, "Đã tiêm",
                Var.FIGURES, json("{\"mui3\": 800, \"mui2_tre\": 15}")));
        executeJobs(management);

        // the district sees the sums, and its own figures default to them
        Task districtReport = task(tasks, district.getId(), CascadeProcess.USER_REPORT);
        assertThat(tasks.getVariable(districtReport.getId(), Var.FIGURES_TEXT)).isEqualTo("mui3: 2000\nmui2_tre: 50\n");
        assertThat((String) tasks.getVariable(districtReport.getId(), Var.FIGURES_SUMMARY))
                .contains("tổng của 2/2 đơn vị cấp dưới đã báo cáo **2.000**", "Tất cả đơn vị cấp dưới đã báo cáo số liệu");
        tasks.complete(districtReport.getId(), Map.of(Var.REPORT_SUMMARY, "Huyện đã tiêm"));
        executeJobs(management);
        assertThat(figures.reported(r.id(), DISTRICT)).containsKeys("mui3", "mui2_tre");

        // the province asked only mui3: it reports that one, summed from its district
        Task provinceReport = task(tasks, province.getId(), CascadeProcess.USER_REPORT);
        assertThat(tasks.getVariable(provinceReport.getId(), Var.FIGURES_TEXT)).isEqualTo("mui3: 2000\n");
        assertThatThrownBy(() -> tasks.complete(provinceReport.getId(), Map.of(Var.REPORT_SUMMARY, "Tỉnh đã tiêm",
                Var.FIGURES_TEXT, "mui3: 2000\nmui2_tre: 50")))
                .hasMessageContaining("Mã số liệu 'mui2_tre'");
        tasks.complete(provinceReport.getId(), Map.of(Var.REPORT_SUMMARY, "Tỉnh đã tiêm", Var.FIGURES_TEXT, "mui3: 2100"));
        executeJobs(management);
        assertThat(province).isEnded();
        assertThat(figures.reported(r.id(), PROVINCE)).containsOnlyKeys("mui3");
    }

    @Test
    void reportsReachTheirBcRecipientsWithoutHoldingUpTheParent() {
        DirectiveDraft base = draft(SEQUENCE.getAndIncrement() + "/CĐ-BYT", Urgency.THUONG);
        DirectiveDraft withBc = new DirectiveDraft(base.number(), base.numeral(), base.symbol(), base.type(), base.issuer(),
                base.place(), base.issuedOn(), base.subject(), base.urgency(), base.secrecy(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of("Văn phòng Chính phủ", "Thường trực Tỉnh ủy"), null);
        Registration r = directives.register(withBc, PROVINCE, DEADLINE, null);
        ProcessInstance province = top(r);
        complete(tasks, province.getId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        complete(tasks, province.getId(), CascadeProcess.USER_ASSIGN, Map.of(Var.ASSIGNMENTS, json("[{\"unitCode\":\"" + DISTRICT
                + "\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức tiêm\",\"reportDeadline\":\"2026-12-12\"}]")));

        // at the top: the directive's (b/c) names resolved to units and pre-picked; the rest shown as names
        Task issue = task(tasks, province.getId(), CascadeProcess.USER_ISSUE_DOCUMENT);
        assertThat(tasks.getVariable(issue.getId(), Var.REPORT_TO_OPTIONS).toString()).contains("\"VPCP\"", "Văn phòng Chính phủ");
        assertThat(tasks.getVariable(issue.getId(), Var.REPORT_TO).toString()).isEqualTo("[\"VPCP\"]");
        assertThat(tasks.getVariable(issue.getId(), Var.REPORT_TO_UNRESOLVED)).isEqualTo("Thường trực Tỉnh ủy");
        assertThatThrownBy(() -> tasks.complete(issue.getId(), Map.of(Var.IMPLEMENTING_NUMBER, "219/UBND-KGVX",
                Var.IMPLEMENTING_DATE, "2026-12-01", Var.REPORT_TO, json("[\"VPCP\", \"XYZ\"]"))))
                .hasMessageContaining("Dòng 2 – Nơi nhận báo cáo (b/c) (reportTo[1]): không có đơn vị mã 'XYZ'");
        tasks.complete(issue.getId(), Map.of(Var.IMPLEMENTING_NUMBER, "219/UBND-KGVX", Var.IMPLEMENTING_DATE, "2026-12-01",
                Var.REPORT_TO, json("[\"VPCP\", \"BYT\"]")));
        executeJobs(management);

        // below the top: the parent is the option; the district's clerk adds the province's Department of Health
        ProcessInstance district = instanceOf(runtime, r.businessKey(), DISTRICT);
        complete(tasks, district.getId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        complete(tasks, district.getId(), CascadeProcess.USER_ASSIGN, Map.of(Var.ASSIGNMENTS, json("[{\"unitCode\":\"" + COMMUNE
                + "\",\"role\":\"CHU_TRI\",\"task\":\"Tiêm\",\"reportDeadline\":\"2026-12-10\"}]")));
        Task districtIssue = task(tasks, district.getId(), CascadeProcess.USER_ISSUE_DOCUMENT);
        assertThat(tasks.getVariable(districtIssue.getId(), Var.REPORT_TO_OPTIONS).toString()).contains("\"12\"").doesNotContain("VPCP");
        tasks.complete(districtIssue.getId(), Map.of(Var.IMPLEMENTING_NUMBER, "88/UBND", Var.IMPLEMENTING_DATE, "2026-12-01",
                Var.REPORT_TO, json("[\"12-SYT\"]")));
        executeJobs(management);
        ProcessInstance commune = instanceOf(runtime, r.businessKey(), COMMUNE);
        complete(tasks, commune.getId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        complete(tasks, commune.getId(), CascadeProcess.USER_REPORT, Map.of(Var.REPORT_SUMMARY, "Xã đã tiêm"));
        executeJobs(management);
        complete(tasks, district.getId(), CascadeProcess.USER_REPORT, Map.of(Var.REPORT_SUMMARY, "Huyện đã tiêm 2.000 mũi"));
        executeJobs(management);
        assertThat(district).hasPassed(CascadeProcess.SERVICE_DELIVER_REPORT).isEnded();

        // the Department of Health's clerks receive the district's report; the province's report did not wait for them
        Task received = tasks.createTaskQuery().taskDefinitionKey(CascadeProcess.USER_RECEIVE_REPORT)
                .processInstanceBusinessKey(r.businessKey()).singleResult();
        assertThat(received).hasCandidateGroup("12-SYT.clerks").hasName("Nhận báo cáo");
        assertThat(tasks.getVariable(received.getId(), Var.REPORT_SUMMARY)).isEqualTo("Huyện đã tiêm 2.000 mũi");
        assertThat(tasks.getVariable(received.getId(), Var.FROM_UNIT_NAME)).isEqualTo("Huyện Mường Tè");
        assertThat(task(tasks, province.getId(), CascadeProcess.USER_REPORT)).isNotNull();
        tasks.complete(received.getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(received.getProcessInstanceId()).singleResult()).isNull();

        complete(tasks, province.getId(), CascadeProcess.USER_REPORT, Map.of(Var.REPORT_SUMMARY, "Tỉnh đã hoàn thành"));
        executeJobs(management);
        assertThat(province).isEnded();
        assertThat(tasks.createTaskQuery().taskDefinitionKey(CascadeProcess.USER_RECEIVE_REPORT)
                .processInstanceBusinessKey(r.businessKey()).list()).extracting(t -> tasks.getIdentityLinksForTask(t.getId()).get(0).getGroupId())
                .containsExactlyInAnyOrder("VPCP.clerks", "BYT.clerks");
        // the name that resolves to no unit stays listed on the province's report
        assertThat(status.units(r.id()).stream().filter(u -> u.unitCode().equals(PROVINCE)).findFirst().orElseThrow().reportTo())
                .extracting(ReportRecipients.Recipient::unitCode, ReportRecipients.Recipient::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("VPCP", "Văn phòng Chính phủ"),
                        org.assertj.core.groups.Tuple.tuple("BYT", "Bộ Y tế"),
                        org.assertj.core.groups.Tuple.tuple(null, "Thường trực Tỉnh ủy"));
    }

    /** A district with a commune carrying it out (acknowledged) and an informed commune yet to acknowledge. */
    private Registration districtWithCommunes(String implementingNumber) {
        Registration r = register(DISTRICT, Urgency.THUONG);
        ProcessInstance district = top(r);
        complete(tasks, district.getId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        complete(tasks, district.getId(), CascadeProcess.USER_ASSIGN, Map.of(Var.ASSIGNMENTS, json("["
                + "{\"unitCode\":\"" + COMMUNE + "\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức tiêm\",\"reportDeadline\":\"2026-12-10\"},"
                + "{\"unitCode\":\"" + OTHER_COMMUNE + "\",\"role\":\"DE_BIET\",\"task\":null,\"reportDeadline\":\"2026-12-10\"}]")));
        complete(tasks, district.getId(), CascadeProcess.USER_ISSUE_DOCUMENT,
                Map.of(Var.IMPLEMENTING_NUMBER, implementingNumber, Var.IMPLEMENTING_DATE, "2026-12-01"));
        executeJobs(management);
        complete(tasks, instanceOf(runtime, r.businessKey(), COMMUNE).getId(), CascadeProcess.USER_ACKNOWLEDGE,
                Map.of(Var.ACCEPTED, true));
        return r;
    }

    @Test
    void recallAtTheTopEndsEveryOpenObligationAndNoEscalationFiresLater() {
        Registration r = districtWithCommunes("217/UBND-VX");
        ProcessInstance district = top(r);
        ProcessInstance commune = instanceOf(runtime, r.businessKey(), COMMUNE);
        ProcessInstance informed = instanceOf(runtime, r.businessKey(), OTHER_COMMUNE);
        // the informed commune's acknowledgement is already overdue, its timer pending
        clockAt(LocalDateTime.of(2026, 12, 3, 9, 0));
        assertThat(management.createJobQuery().processInstanceId(informed.getId()).timers().count()).isEqualTo(1);

        recalls.recallDirective(r.id(), DISTRICT, "Ban hành nhầm đối tượng", "lanhdao.107");

        assertThat(district).hasPassed(CascadeProcess.SERVICE_RECALL, CascadeProcess.END_RECALLED).isEnded();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(r.businessKey()).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(commune.getId()).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(informed.getId()).count()).isZero();
        for (String unit : List.of(DISTRICT, COMMUNE, OTHER_COMMUNE)) {
            assertThat(status(r, unit)).as(unit).isEqualTo(UnitStatus.RECALLED);
        }
        CascadeStatus.UnitRow row = status.units(r.id()).stream().filter(u -> u.unitCode().equals(COMMUNE)).findFirst().orElseThrow();
        assertThat(row.statusName()).isEqualTo("Thu hồi");
        assertThat(row.recallReason()).isEqualTo("Ban hành nhầm đối tượng");
        assertThat(row.recalledAt()).isNotNull();
        assertThat(row.overdue()).isFalse();
        assertThat(history.of(r.id(), COMMUNE)).extracting(vn.directive.history.UnitHistory.Entry::action).contains("RECALL");
        assertThat(history.of(r.id(), DISTRICT).get(history.of(r.id(), DISTRICT).size() - 1).userId()).isEqualTo("lanhdao.107");

        // weeks later nothing is left to fire: no reminder, no escalation
        clockAt(LocalDateTime.of(2027, 2, 1, 9, 0));
        executeJobs(management);
        assertThat(management.createJobQuery().processInstanceId(district.getId()).count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(r.businessKey()).count()).isZero();
        assertThat(tasks.createTaskQuery().taskDefinitionKey(CascadeProcess.USER_HANDLE_OVERDUE).list())
                .noneMatch(t -> runtime.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId())
                        .processInstanceBusinessKey(r.businessKey()).count() > 0);
        assertThat(obligations.find(r.id(), COMMUNE).orElseThrow().reminders()).isZero();
    }

    @Test
    void recallOfAnImplementingDocumentEndsWhatItAssignedAndTheUnitAssignsAgain() {
        Registration r = districtWithCommunes("218/UBND-VX");
        ProcessInstance district = top(r);
        ProcessInstance commune = instanceOf(runtime, r.businessKey(), COMMUNE);

        assertThat(recalls.recallDocument(r.id(), DISTRICT, "Sai hạn báo cáo", "lanhdao.107")).isTrue();

        assertThat(district).hasPassed("service_recall_document").isWaitingAt(CascadeProcess.USER_ASSIGN);
        assertThat(status(r, DISTRICT)).isEqualTo(UnitStatus.ACKNOWLEDGED);
        assertThat(status(r, COMMUNE)).isEqualTo(UnitStatus.RECALLED);
        assertThat(status(r, OTHER_COMMUNE)).isEqualTo(UnitStatus.RECALLED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(commune.getId()).count()).isZero();
        assertThat(history.of(r.id(), DISTRICT)).extracting(vn.directive.history.UnitHistory.Entry::action).contains("RECALL");

        // a corrected document: the commune gets a fresh obligation, the recall stays in its history
        complete(tasks, district.getId(), CascadeProcess.USER_ASSIGN, Map.of(Var.ASSIGNMENTS, json(
                "[{\"unitCode\":\"" + COMMUNE + "\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức tiêm đợt 2\",\"reportDeadline\":\"2026-12-11\"}]")));
        complete(tasks, district.getId(), CascadeProcess.USER_ISSUE_DOCUMENT,
                Map.of(Var.IMPLEMENTING_NUMBER, "219/UBND-VX", Var.IMPLEMENTING_DATE, "2026-12-01"));
        executeJobs(management);
        ProcessInstance again = instanceOf(runtime, r.businessKey(), COMMUNE);
        assertThat(again).isWaitingAt(CascadeProcess.USER_ACKNOWLEDGE);
        assertThat(display(again.getId()).receivedNumber()).isEqualTo("219/UBND-VX");
        assertThat(status(r, COMMUNE)).isEqualTo(UnitStatus.RECEIVED);
        assertThat(status(r, OTHER_COMMUNE)).isEqualTo(UnitStatus.RECALLED);
        assertThat(history.of(r.id(), COMMUNE)).extracting(vn.directive.history.UnitHistory.Entry::action).contains("RECALL");
    }

    @Test
    void anAmendmentMovesTheDeadlinesAndTimersAndEveryOpenUnitAcknowledgesIt() {
        Registration r = districtWithCommunes("220/UBND-VX");
        ProcessInstance district = top(r);
        ProcessInstance commune = instanceOf(runtime, r.businessKey(), COMMUNE);
        ProcessInstance informed = instanceOf(runtime, r.businessKey(), OTHER_COMMUNE);
        LocalDate newDeadline = LocalDate.of(2026, 12, 9);
        DirectiveDraft old = obligationsDraft(r);
        DirectiveDraft replacement = draft("9" + SEQUENCE.getAndIncrement() + "/CĐ-BYT", Urgency.THUONG);

        identity.setAuthentication("vanthu.107", List.of(DISTRICT + ".clerks"));
        try {
            var amended = amendmentService.amendDirective(r.id(), replacement, newDeadline, "Thay thế văn bản trước");
            assertThat(amended.version()).isEqualTo(2);
            assertThat(amended.acknowledgements()).isEqualTo(3);
        } finally {
            identity.clearAuthentication();
        }

        // the recipient gets the new deadline; the commune's (10/12) is now after its parent's and comes to it
        assertThat(obligations.find(r.id(), DISTRICT).orElseThrow().reportDeadline()).isEqualTo(newDeadline);
        assertThat(obligations.find(r.id(), COMMUNE).orElseThrow().reportDeadline()).isEqualTo(newDeadline);
        Date due = deadlines.reportDue(newDeadline);
        assertThat(management.createJobQuery().processInstanceId(district.getId()).activityId(CascadeProcess.TIMER_REPORT_DUE)
                .singleResult().getDuedate()).isEqualTo(due);
        assertThat(management.createJobQuery().processInstanceId(commune.getId()).activityId(CascadeProcess.TIMER_REPORT_DUE)
                .singleResult().getDuedate()).isEqualTo(due);
        assertThat(management.createJobQuery().processInstanceId(commune.getId()).activityId(CascadeProcess.TIMER_REPORT_REMINDER)
                .singleResult().getDuedate()).isEqualTo(deadlines.reminderAt(newDeadline));
        assertThat(task(tasks, commune.getId(), CascadeProcess.USER_REPORT).getDueDate()).isEqualTo(due);

        Task ack = task(tasks, district.getId(), CascadeProcess.USER_ACKNOWLEDGE_AMENDMENT);
        assertThat(ack).hasCandidateGroup(DISTRICT + ".clerks").hasName("Tiếp nhận văn bản điều chỉnh");
        assertThat(tasks.getVariable(ack.getId(), Var.AMENDMENT_OLD_NUMBER)).isEqualTo(old.number());
        assertThat(tasks.getVariable(ack.getId(), Var.AMENDMENT_NEW_NUMBER)).isEqualTo(replacement.number());
        assertThat(tasks.getVariable(ack.getId(), Var.AMENDMENT_OLD_DEADLINE)).isEqualTo("15/12/2026");
        assertThat(tasks.getVariable(ack.getId(), Var.AMENDMENT_NEW_DEADLINE)).isEqualTo("09/12/2026");
        assertThat(display(district.getId()).receivedNumber()).isEqualTo(replacement.number());
        Task communeAck = task(tasks, commune.getId(), CascadeProcess.USER_ACKNOWLEDGE_AMENDMENT);
        assertThat(tasks.getVariable(communeAck.getId(), Var.AMENDMENT_OLD_DEADLINE)).isEqualTo("10/12/2026");
        assertThat(display(commune.getId()).receivedNumber()).isEqualTo("220/UBND-VX");
        assertThat(task(tasks, informed.getId(), CascadeProcess.USER_ACKNOWLEDGE_AMENDMENT)).isNotNull();

        // completed with no variables; the work goes on
        tasks.complete(task(tasks, district.getId(), CascadeProcess.USER_ACKNOWLEDGE_AMENDMENT).getId());
        assertThat(district).hasPassed(CascadeProcess.END_AMENDMENT_ACKNOWLEDGED).isWaitingAt(CascadeProcess.CALL_SUBORDINATES);
        assertThat(history.of(r.id(), DISTRICT)).extracting(vn.directive.history.UnitHistory.Entry::action)
                .contains("AMEND", "ACKNOWLEDGE_AMENDMENT");
        assertThat(task(tasks, commune.getId(), CascadeProcess.USER_REPORT)).isNotNull();

        // the district amends its own implementing document: the commune's deadline moves again
        identity.setAuthentication("lanhdao.107", List.of(DISTRICT + ".leaders"));
        try {
            assertThatThrownBy(() -> amendmentService.amendDocument(r.id(), DISTRICT, null, null, LocalDate.of(2026, 12, 10), null))
                    .hasMessageContaining("sau hạn của đơn vị (09/12/2026)");
            var amended = amendmentService.amendDocument(r.id(), DISTRICT, "220a/UBND-VX", null, LocalDate.of(2026, 12, 8), null);
            assertThat(amended.version()).isEqualTo(2);
        } finally {
            identity.clearAuthentication();
        }
        assertThat(obligations.find(r.id(), COMMUNE).orElseThrow().reportDeadline()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(obligations.find(r.id(), DISTRICT).orElseThrow().implementingNumber()).isEqualTo("220a/UBND-VX");
        assertThat(tasks.createTaskQuery().processInstanceId(commune.getId())
                .taskDefinitionKey(CascadeProcess.USER_ACKNOWLEDGE_AMENDMENT).count()).isEqualTo(2);
        assertThat(display(commune.getId()).receivedNumber()).isEqualTo("220a/UBND-VX");
    }

    private DirectiveDraft obligationsDraft(Registration r) {
        return registerRead.find(r.id()).orElseThrow().draft();
    }

    private static Object json(String value) {
        return SpinValues.jsonValue(value).create();
    }

    private static Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(WorkingDays.ZONE).minusSeconds(1).toInstant());
    }

    private Display display(String instanceId) {
        return (Display) runtime.getVariable(instanceId, Var.DISPLAY);
    }

    private Date timerDue(String instanceId, String timerId) {
        return management.createJobQuery().processInstanceId(instanceId).activityId(timerId).timers().singleResult().getDuedate();
    }
}
