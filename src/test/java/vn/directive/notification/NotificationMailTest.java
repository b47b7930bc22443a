package vn.directive.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.directive.cascade.CascadeTestSupport.clockAt;
import static vn.directive.cascade.CascadeTestSupport.complete;
import static vn.directive.cascade.CascadeTestSupport.draft;
import static vn.directive.cascade.CascadeTestSupport.executeJobs;
import static vn.directive.cascade.CascadeTestSupport.instanceOf;
import static vn.directive.cascade.CascadeTestSupport.fireTimer;
import static vn.directive.cascade.CascadeTestSupport.task;
import static vn.directive.notification.MailServer.body;
import static vn.directive.notification.MailServer.messageId;
import static vn.directive.notification.MailServer.subject;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.directive.DirectiveDraft;
import vn.directive.directive.DirectiveDraft.Urgency;
import vn.directive.notification.NotificationOutbox.Kind;
import vn.directive.notification.NotificationOutbox.Message;
import vn.directive.notification.NotificationOutbox.Status;
import vn.directive.registration.DirectiveService;
import vn.directive.registration.DirectiveService.Registration;

/**
 * Notifications by e-mail, end to end against a real SMTP server in the JVM (GreenMail): the cascade creates tasks, a
 * reminder falls due, escalations are collected into the leaders' digest, and the SMTP server goes down and comes back.
 * The messages leave on the sender's own thread, so the test waits for them (Awaitility), never by sleeping.
 */
@SpringBootTest(properties = {"directive.demo=false", "directive.mail.enabled=true",
        "directive.mail.poll-interval=200ms", "directive.mail.retry-delay=200ms",
        "directive.mail.public-url=https://chidao.example.org/", "directive.mail.from=khong-tra-loi@example.org"})
@ActiveProfiles("test")
class NotificationMailTest {

    private static final String COMMUNE = "03433";         // Thị trấn Mường Tè: the directive's recipient here
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 15);
    private static final String LINK = "https://chidao.example.org/camunda/app/tasklist/default/#/?task=";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(300);
    private static final MailServer SMTP = new MailServer();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired DirectiveService directives;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired NotificationOutbox outbox;

    @BeforeEach
    void people() {
        SMTP.start();
        clockAt(LocalDateTime.of(2026, 12, 1, 9, 0)); // a Tuesday
        // two clerks with addresses and one without; two officers; two leaders
        MailServer.member(identity, "vt1.03433", "vt1.03433@example.org", COMMUNE + ".clerks");
        MailServer.member(identity, "vt2.03433", "vt2.03433@example.org", COMMUNE + ".clerks");
        MailServer.member(identity, "vt3.03433", null, COMMUNE + ".clerks");
        MailServer.member(identity, "cv1.03433", "cv1.03433@example.org", COMMUNE + ".officers");
        MailServer.member(identity, "cv2.03433", "cv2.03433@example.org", COMMUNE + ".officers");
        MailServer.member(identity, "ld1.03433", "ld1.03433@example.org", COMMUNE + ".leaders");
        MailServer.member(identity, "ld2.03433", "ld2.03433@example.org", COMMUNE + ".leaders");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private String number() {
        return SEQUENCE.getAndIncrement() + "/CĐ-BYT";
    }

    private Registration register(String number) {
        return directives.register(draft(number, Urgency.THUONG), COMMUNE, DEADLINE, null);
    }

    private static List<MimeMessage> awaitOne(String address, String text) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !SMTP.inbox(address, text).isEmpty());
        List<MimeMessage> got = SMTP.inbox(address, text);
        assertThat(got).as("messages to %s about %s", address, text).hasSize(1);
        return got;
    }

    @Test
    void workArrivingForAUnitIsOneMessageToEveryMemberWithAnAddress() {
        String number = number();
        Registration r = register(number);
        Task acknowledge = task(tasks, r.processInstanceId(), CascadeProcess.USER_ACKNOWLEDGE);

        MimeMessage first = awaitOne("vt1.03433@example.org", number).get(0);
        MimeMessage second = awaitOne("vt2.03433@example.org", number).get(0);
        // one message (Bcc), not one per member: the same Message-ID reached both; vt3 has no address and is skipped
        assertThat(messageId(first)).isEqualTo(messageId(second));
        Message row = outbox.findByEventKey("TASK:" + acknowledge.getId()).orElseThrow();
        assertThat(row.status()).isEqualTo(Status.SENT);
        assertThat(row.sentTo()).isEqualTo(2);
        assertThat(row.groups()).containsExactly(COMMUNE + ".clerks");

        assertThat(subject(first)).isEqualTo("Việc mới: Tiếp nhận văn bản – văn bản " + number + " – hạn 02/12/2026");
        assertThat(body(first))
                .contains("Kính gửi: Thị trấn Mường Tè")
                .contains("Việc cần làm: Tiếp nhận văn bản")
                .contains("Văn bản: số " + number + " của Bộ Y tế")
                .contains("Trích yếu: Về tăng cường phòng, chống dịch")
                .contains("Hạn xử lý: 02/12/2026")
                .contains(LINK + acknowledge.getId());

        // a cascade step: the acknowledgement creates the officers' report task, with the report's deadline
        complete(tasks, r.processInstanceId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        Task report = task(tasks, r.processInstanceId(), CascadeProcess.USER_REPORT);
        MimeMessage toOfficer = awaitOne("cv1.03433@example.org", number).get(0);
        assertThat(messageId(awaitOne("cv2.03433@example.org", number).get(0))).isEqualTo(messageId(toOfficer));
        assertThat(body(toOfficer)).contains("Việc cần làm: Thực hiện và báo cáo kết quả")
                .contains("Hạn xử lý: 15/12/2026").contains(LINK + report.getId());
        assertThat(SMTP.inbox("vt1.03433@example.org", number)).hasSize(1);
    }

    @Test
    void aReminderIsAMessageToThoseWhoseWorkIsOpen() {
        String number = number();
        Registration r = register(number);
        complete(tasks, r.processInstanceId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        Task report = task(tasks, r.processInstanceId(), CascadeProcess.USER_REPORT);

        fireTimer(management, r.processInstanceId(), CascadeProcess.TIMER_REPORT_REMINDER);

        MimeMessage reminder = awaitOne("cv1.03433@example.org", "Nhắc hạn").get(0);
        assertThat(subject(reminder)).isEqualTo("Nhắc hạn báo cáo: văn bản " + number + " – hạn 15/12/2026");
        assertThat(body(reminder)).contains("Hạn báo cáo: 15/12/2026")
                .contains("- Thực hiện và báo cáo kết quả: " + LINK + report.getId());
        assertThat(outbox.all()).filteredOn(m -> m.kind() == Kind.REMINDER && number.equals(numberIn(m)))
                .singleElement().extracting(Message::status).isEqualTo(Status.SENT);
    }

    private static String numberIn(Message m) {
        return m.subject().contains("văn bản ") ? m.subject().replaceAll(".*văn bản (\\S+).*", "$1") : null;
    }

    @Test
    void escalationsOfTheDayReachTheLeadersAsOneDigest() {
        String firstNumber = number();
        String secondNumber = number();
        Registration first = register(firstNumber);
        Registration second = register(secondNumber);
        fireTimer(management, first.processInstanceId(), CascadeProcess.TIMER_ACKNOWLEDGE_DUE);
        fireTimer(management, second.processInstanceId(), CascadeProcess.TIMER_ACKNOWLEDGE_DUE);
        Task handle = task(tasks, first.processInstanceId(), CascadeProcess.USER_HANDLE_OVERDUE);
        assertThat(handle).isNotNull();

        // collected, not sent one by one
        List<Message> escalations = ofLeaders(Kind.ESCALATION);
        assertThat(escalations).hasSize(2).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(Status.WAITING);
            assertThat(m.groups()).containsExactly(COMMUNE + ".leaders");
        });

        Job digest = management.createJobQuery().processDefinitionKey(NotificationDigestProcess.KEY).singleResult();
        management.executeJob(digest.getId());

        MimeMessage toLeader = awaitOne("ld1.03433@example.org", "Tổng hợp chậm trễ").get(0);
        assertThat(messageId(awaitOne("ld2.03433@example.org", "Tổng hợp chậm trễ").get(0))).isEqualTo(messageId(toLeader));
        assertThat(subject(toLeader)).isEqualTo("Tổng hợp chậm trễ ngày 01/12/2026: 2 việc cần xử lý");
        assertThat(body(toLeader))
                .contains("1. Thị trấn Mường Tè chưa hoàn thành đúng hạn (hạn 02/12/2026)")
                .contains("số " + firstNumber + " của Bộ Y tế")
                .contains("số " + secondNumber + " của Bộ Y tế")
                .contains(LINK + handle.getId());
        assertThat(ofLeaders(Kind.ESCALATION)).allSatisfy(m -> assertThat(m.status()).isEqualTo(Status.DIGESTED));
        await().atMost(Duration.ofSeconds(20)).until(() -> ofLeaders(Kind.DIGEST).get(0).status() == Status.SENT);
        assertThat(ofLeaders(Kind.DIGEST)).singleElement().extracting(Message::sentTo).isEqualTo(2);

        // the next morning nothing is waiting: no second digest
        management.executeJob(management.createJobQuery().processDefinitionKey(NotificationDigestProcess.KEY).singleResult().getId());
        assertThat(ofLeaders(Kind.DIGEST)).hasSize(1);
    }

    /** The outbox's rows of one kind for the commune's leaders. */
    private List<Message> ofLeaders(Kind kind) {
        return outbox.all().stream().filter(m -> m.kind() == kind && m.groups().equals(List.of(COMMUNE + ".leaders"))).toList();
    }

    @Test
    void aChaseByTheLeadersReachesTheOverdueUnitWithTheirNote() throws Exception {
        String other = "03436"; // Xã Thu Lũm
        MailServer.member(identity, "vt1.03436", "vt1.03436@example.org", other + ".clerks");
        String number = number();
        Registration r = directives.register(draft(number, Urgency.THUONG), other, DEADLINE, null);
        Task acknowledge = task(tasks, r.processInstanceId(), CascadeProcess.USER_ACKNOWLEDGE);
        fireTimer(management, r.processInstanceId(), CascadeProcess.TIMER_ACKNOWLEDGE_DUE);
        complete(tasks, r.processInstanceId(), CascadeProcess.USER_HANDLE_OVERDUE,
                Map.of(Var.ACTION, "REMIND", Var.NOTE, "Đề nghị tiếp nhận ngay trong ngày"));

        MimeMessage chase = awaitOne("vt1.03436@example.org", "Đôn đốc").get(0);
        assertThat(subject(chase)).isEqualTo("Đôn đốc: văn bản " + number + " – đã quá hạn 02/12/2026");
        assertThat(body(chase)).contains("Kính gửi: Xã Thu Lũm")
                .contains("Lãnh đạo Xã Thu Lũm đôn đốc đơn vị hoàn thành việc đã quá hạn.")
                .contains("Ý kiến của lãnh đạo: Đề nghị tiếp nhận ngay trong ngày")
                .contains("- Tiếp nhận văn bản: " + LINK + acknowledge.getId());
    }

    @Test
    void aReportToReceiveBcIsAMessageToTheRecipientsClerks() throws Exception {
        MailServer.member(identity, "vt1.byt", "vt1.byt@example.org", "BYT.clerks");
        DirectiveDraft d = draft(number(), Urgency.THUONG);
        DirectiveDraft toMinistry = new DirectiveDraft(d.number(), d.numeral(), d.symbol(), d.type(), d.issuer(), d.place(),
                d.issuedOn(), d.subject(), d.urgency(), d.secrecy(), d.implementsDocuments(), d.references(), d.addressees(),
                d.assignments(), d.deadlines(), List.of("Bộ Y tế"), d.signer());
        Registration r = directives.register(toMinistry, "107", DEADLINE, null); // Huyện Mường Tè reports (b/c) to the ministry
        String district = r.processInstanceId();
        complete(tasks, district, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        complete(tasks, district, CascadeProcess.USER_ASSIGN, Map.of(Var.ASSIGNMENTS, SpinValues.jsonValue(
                "[{\"unitCode\":\"" + COMMUNE + "\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức tiêm\",\"reportDeadline\":\"2026-12-10\"}]").create()));
        complete(tasks, district, CascadeProcess.USER_ISSUE_DOCUMENT,
                Map.of(Var.IMPLEMENTING_NUMBER, "88/UBND-VX", Var.IMPLEMENTING_DATE, "2026-12-01"));
        executeJobs(management);
        String commune = instanceOf(runtime, r.businessKey(), COMMUNE).getId();
        complete(tasks, commune, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        complete(tasks, commune, CascadeProcess.USER_REPORT, Map.of(Var.REPORT_SUMMARY, "Đã tiêm xong"));
        executeJobs(management);
        complete(tasks, district, CascadeProcess.USER_REPORT, Map.of(Var.REPORT_SUMMARY, "Huyện đã hoàn thành"));
        executeJobs(management);

        Task receive = tasks.createTaskQuery().processInstanceBusinessKey(r.businessKey())
                .taskDefinitionKey(CascadeProcess.USER_RECEIVE_REPORT).singleResult();
        MimeMessage message = awaitOne("vt1.byt@example.org", "Nhận báo cáo").get(0);
        assertThat(body(message)).contains("Kính gửi: Bộ Y tế").contains("Việc cần làm: Nhận báo cáo")
                .contains(LINK + receive.getId());
        // the commune's clerks heard of the district's document 88/UBND-VX
        assertThat(awaitOne("vt1.03433@example.org", "88/UBND-VX").get(0).getSubject()).startsWith("Việc mới: Tiếp nhận văn bản");
    }

    @Test
    void aGroupWithNobodyToWriteToIsSkippedWithTheReasonKept() {
        Registration r = directives.register(draft(number(), Urgency.THUONG), "03439", DEADLINE, null); // Xã Ka Lăng: no users
        Task acknowledge = task(tasks, r.processInstanceId(), CascadeProcess.USER_ACKNOWLEDGE);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                outbox.findByEventKey("TASK:" + acknowledge.getId()).orElseThrow().status() == Status.SKIPPED);
        assertThat(outbox.findByEventKey("TASK:" + acknowledge.getId()).orElseThrow().lastError())
                .isEqualTo("Không có người nhận: không thành viên nào của 03439.clerks có địa chỉ thư điện tử");
    }

    @Test
    void whileTheSmtpServerIsDownWorkGoesOnAndTheMessageLeavesWhenItIsBack() {
        SMTP.stop();
        String number = number();
        Registration r = register(number);
        complete(tasks, r.processInstanceId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        Task report = task(tasks, r.processInstanceId(), CascadeProcess.USER_REPORT);
        assertThat(report).as("the acknowledgement completed with the SMTP server down").isNotNull();

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Message row = outbox.findByEventKey("TASK:" + report.getId()).orElseThrow();
            return row.attempts() >= 1 && row.lastError() != null;
        });
        Message failing = outbox.findByEventKey("TASK:" + report.getId()).orElseThrow();
        assertThat(failing.status()).isEqualTo(Status.PENDING);
        assertThat(failing.lastError()).contains("Exception");

        SMTP.start();
        MimeMessage message = awaitOne("cv1.03433@example.org", number).get(0);
        assertThat(body(message)).contains(LINK + report.getId());
        awaitOne("vt1.03433@example.org", number);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                outbox.findByEventKey("TASK:" + report.getId()).orElseThrow().status() == Status.SENT);
    }
}
