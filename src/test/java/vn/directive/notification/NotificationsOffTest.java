package vn.directive.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directive.cascade.CascadeTestSupport.clockAt;
import static vn.directive.cascade.CascadeTestSupport.complete;
import static vn.directive.cascade.CascadeTestSupport.draft;
import static vn.directive.cascade.CascadeTestSupport.fireTimer;
import static vn.directive.cascade.CascadeTestSupport.task;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.directive.DirectiveDraft.Urgency;
import vn.directive.registration.DirectiveService;
import vn.directive.registration.DirectiveService.Registration;

/**
 * Mail is off by default: with an SMTP server listening and the demo users (addresses on example.org), the cascade's
 * tasks, a reminder, an escalation and the digest write nothing to the outbox, send nothing and fail nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
class NotificationsOffTest {

    private static final String COMMUNE = "03433";
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
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired NotificationOutbox outbox;
    @Autowired NotificationSender sender;
    @Autowired NotificationProperties properties;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void offByDefaultNothingIsWrittenNothingSentNothingFails() {
        assertThat(properties.enabled()).isFalse();
        assertThat(sender.isRunning()).isFalse();
        clockAt(LocalDateTime.of(2026, 12, 1, 9, 0));
        // the demo users have addresses on the reserved example domain
        assertThat(identity.createUserQuery().userId("vanthu.03433").singleResult().getEmail()).isEqualTo("vanthu.03433@example.org");
        assertThat(identity.createUserQuery().memberOfGroup(COMMUNE + ".leaders").list())
                .allSatisfy(u -> assertThat(u.getEmail()).endsWith("@example.org"));

        Registration reported = directives.register(draft("401/CĐ-BYT", Urgency.THUONG), COMMUNE, LocalDate.of(2026, 12, 15), null);
        complete(tasks, reported.processInstanceId(), CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        fireTimer(management, reported.processInstanceId(), CascadeProcess.TIMER_REPORT_REMINDER);
        complete(tasks, reported.processInstanceId(), CascadeProcess.USER_REPORT, Map.of(Var.REPORT_SUMMARY, "Đã thực hiện"));

        Registration late = directives.register(draft("402/CĐ-BYT", Urgency.THUONG), COMMUNE, LocalDate.of(2026, 12, 15), null);
        fireTimer(management, late.processInstanceId(), CascadeProcess.TIMER_ACKNOWLEDGE_DUE);
        assertThat(task(tasks, late.processInstanceId(), CascadeProcess.USER_HANDLE_OVERDUE)).isNotNull();
        management.executeJob(management.createJobQuery().processDefinitionKey(NotificationDigestProcess.KEY).singleResult().getId());

        assertThat(sender.sendDue()).isZero();
        assertThat(outbox.all()).isEmpty();
        assertThat(SMTP.received()).isZero();
    }
}
