package vn.directive.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.directive.cascade.CascadeTestSupport.draft;
import static vn.directive.cascade.CascadeTestSupport.task;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.directive.cascade.CascadeProcess;
import vn.directive.directive.DirectiveDraft.Urgency;
import vn.directive.notification.NotificationOutbox.Kind;
import vn.directive.notification.NotificationOutbox.Message;
import vn.directive.notification.NotificationOutbox.Status;
import vn.directive.platform.PostgresTest;
import vn.directive.registration.DirectiveService;
import vn.directive.registration.DirectiveService.Registration;

/**
 * The outbox on PostgreSQL: a task's message written in the engine's transaction and sent after it (GreenMail), and
 * two nodes claiming at once never get the same row, while a dead node's expired claim is taken over.
 */
@SpringBootTest(properties = {"directive.demo=false", "directive.mail.enabled=true", "directive.mail.poll-interval=200ms",
        "directive.mail.retry-delay=200ms"})
@PostgresTest
class NotificationOutboxPostgresIT {

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
    @Autowired IdentityService identity;
    @Autowired NotificationOutbox outbox;
    @Autowired NotificationSender sender;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aTasksMessageIsWrittenWithItAndSentAfterIt() {
        MailServer.member(identity, "vt1.03433", "vt1.03433@example.org", "03433.clerks");
        MailServer.member(identity, "vt2.03433", "vt2.03433@example.org", "03433.clerks");
        Registration r = directives.register(draft("501/CĐ-BYT", Urgency.THUONG), "03433", LocalDate.of(2026, 12, 15), null);
        Task acknowledge = task(tasks, r.processInstanceId(), CascadeProcess.USER_ACKNOWLEDGE);

        await().atMost(Duration.ofSeconds(30)).until(() -> !SMTP.inbox("vt2.03433@example.org", "501/CĐ-BYT").isEmpty());
        assertThat(SMTP.inbox("vt1.03433@example.org", "501/CĐ-BYT")).hasSize(1);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                outbox.findByEventKey("TASK:" + acknowledge.getId()).orElseThrow().status() == Status.SENT);
        assertThat(outbox.findByEventKey("TASK:" + acknowledge.getId()).orElseThrow().sentTo()).isEqualTo(2);
        // an event is written once, whoever writes it again
        assertThat(outbox.add("TASK:" + acknowledge.getId(), Kind.TASK, Status.PENDING, List.of("03433.clerks"), "x", "x",
                null, null, null)).isFalse();
    }

    @Test
    void twoNodesNeverClaimTheSameRowAndADeadNodesClaimIsTakenOver() throws Exception {
        sender.stop(); // this node's own sender stays out of the race
        try {
            List<Long> added = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String key = "TEST:claim:" + i;
                outbox.add(key, Kind.TASK, Status.PENDING, List.of("nobody.group"), "Thử", "Thử", null, null, null);
                added.add(outbox.findByEventKey(key).orElseThrow().id());
            }
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            Callable<List<Long>> node = () -> {
                String name = Thread.currentThread().getName();
                go.await();
                List<Long> mine = new ArrayList<>();
                while (true) {
                    Instant now = Instant.now();
                    List<Message> batch = outbox.claim(name, now, now.plusSeconds(300), 7);
                    if (batch.isEmpty()) {
                        return mine;
                    }
                    batch.forEach(m -> mine.add(m.id()));
                }
            };
            Future<List<Long>> a = nodes.submit(node);
            Future<List<Long>> b = nodes.submit(node);
            go.countDown();
            List<Long> byA = a.get();
            List<Long> byB = b.get();
            nodes.shutdown();

            Set<Long> both = new HashSet<>(byA);
            both.retainAll(byB);
            assertThat(both).as("rows claimed by both nodes").isEmpty();
            Set<Long> all = new HashSet<>(byA);
            all.addAll(byB);
            assertThat(all).containsAll(added);
            assertThat(byA.size() + byB.size()).isEqualTo(all.size());

            // a node that died holding a row: once its claim has expired another node takes the row
            outbox.add("TEST:dead", Kind.TASK, Status.PENDING, List.of("nobody.group"), "Thử", "Thử", null, null, null);
            long dead = outbox.findByEventKey("TEST:dead").orElseThrow().id();
            Instant now = Instant.now();
            assertThat(outbox.claim("dead-node", now, now.plusMillis(300), 100)).extracting(Message::id).containsExactly(dead);
            assertThat(outbox.claim("other-node", Instant.now(), Instant.now().plusSeconds(300), 100)).isEmpty();
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    outbox.claim("other-node", Instant.now(), Instant.now().plusSeconds(300), 100).stream().anyMatch(m -> m.id() == dead));
        } finally {
            jdbc.update("delete from notification_outbox where event_key like 'TEST:%'");
            sender.start();
        }
    }
}
