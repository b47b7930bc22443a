package vn.directive.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.directive.engine.Engine;
import vn.directive.notification.NotificationOutbox.Message;

/**
 * Sends the outbox's due rows, on one thread of its own per node: right after a transaction that added a row has
 * committed ({@link #nudge()}), and every {@code poll-interval} for retries and for rows another node added. Each row
 * goes as ONE message with the groups' members in Bcc: Camunda groups have no address of their own, so the users'
 * addresses in Admin stay the only list to keep, the server gets one message per event, and members do not see each
 * other's addresses. Users without an address are skipped. A failure (server down, address refused) is kept on the
 * row, which is tried again later, each wait twice the last, until {@code max-attempts}.
 */
@Component
public class NotificationSender implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final NotificationProperties properties;
    private final NotificationOutbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final IdentityService identityService;
    private final Engine engine;
    private final String node;
    private final AtomicBoolean nudged = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    public NotificationSender(NotificationProperties properties, NotificationOutbox outbox,
                              ObjectProvider<JavaMailSender> mailSender, IdentityService identityService, Engine engine) {
        this.properties = properties;
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.identityService = identityService;
        this.engine = engine;
        this.node = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public void start() {
        if (!properties.enabled() || executor != null) {
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "notification-sender");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(50, properties.pollInterval().toMillis());
        started.scheduleWithFixedDelay(this::sendDueQuietly, every, every, TimeUnit.MILLISECONDS);
        executor = started;
        LOG.info("Notifications by e-mail on: node {} sends as {}, polling every {}", node, properties.from(), properties.pollInterval());
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            // a message being sent is let finish (its SMTP timeouts bound the wait), so that its row is marked sent
            running.shutdown();
            try {
                if (!running.awaitTermination(30, TimeUnit.SECONDS)) {
                    running.shutdownNow();
                }
            } catch (InterruptedException e) {
                running.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Something was added: send it soon, on the sender's thread (several nudges before it runs make one pass). */
    public void nudge() {
        ScheduledExecutorService running = executor;
        if (running != null && nudged.compareAndSet(false, true)) {
            try {
                running.execute(() -> {
                    nudged.set(false);
                    sendDueQuietly();
                });
            } catch (RuntimeException stopped) {
                nudged.set(false);
            }
        }
    }

    private void sendDueQuietly() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // the database is out of reach, say: the rows stay, the next poll tries again
            LOG.warn("Notifications: could not read the outbox: {}", e.toString());
        }
    }

    /** Claims and sends every due row, batch after batch; the number of rows handled. */
    public int sendDue() {
        if (!properties.enabled()) {
            return 0;
        }
        JavaMailSender mail = mailSender.getIfAvailable();
        if (mail == null) {
            LOG.warn("Notifications are on but no SMTP server is configured (spring.mail.host, MAIL_HOST)");
            return 0;
        }
        int handled = 0;
        while (true) {
            Instant now = Instant.now();
            List<Message> batch = outbox.claim(node, now, now.plus(properties.lockTime()), properties.batchSize());
            for (Message message : batch) {
                send(mail, message);
            }
            handled += batch.size();
            if (batch.size() < properties.batchSize()) {
                return handled;
            }
        }
    }

    private void send(JavaMailSender mail, Message message) {
        Set<String> addresses = addresses(message.groups());
        if (addresses.isEmpty()) {
            outbox.skipped(message.id(), node, "Không có người nhận: không thành viên nào của " + String.join(", ", message.groups())
                    + " có địa chỉ thư điện tử");
            return;
        }
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(properties.from());
            helper.setBcc(addresses.toArray(String[]::new));
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
            mime.setHeader("X-Directive-Event", message.eventKey());
            mail.send(mime);
            outbox.sent(message.id(), node, addresses.size());
        } catch (MessagingException | RuntimeException e) {
            int attempts = message.attempts() + 1;
            boolean giveUp = attempts >= properties.maxAttempts();
            Duration wait = properties.retryDelay().multipliedBy(1L << Math.min(20, attempts - 1));
            if (wait.compareTo(LONGEST_WAIT) > 0) {
                wait = LONGEST_WAIT;
            }
            String error = e.getClass().getSimpleName() + ": " + (e.getMessage() == null ? "" : e.getMessage());
            outbox.failed(message.id(), node, error, Instant.now().plus(wait), giveUp);
            LOG.warn("Notification {} not sent (attempt {} of {}{}): {}", message.eventKey(), attempts, properties.maxAttempts(),
                    giveUp ? ", given up" : ", retried in " + wait, error);
        }
    }

    /** The addresses of every member of the groups, once each; members without a valid address are skipped. */
    Set<String> addresses(List<String> groups) {
        Set<String> addresses = new LinkedHashSet<>();
        engine.withoutAuthorization(() -> {
            for (String group : groups) {
                for (User user : identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
                    if (valid(user.getEmail())) {
                        addresses.add(user.getEmail().trim());
                    }
                }
            }
        });
        return addresses;
    }

    private static boolean valid(String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        try {
            new InternetAddress(email.trim(), true);
            return true;
        } catch (jakarta.mail.internet.AddressException e) {
            return false;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "node";
        }
    }
}
