package vn.directive.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notifications by e-mail ({@code directive.mail.*}; README, Thông báo qua thư điện tử). The SMTP server itself is
 * Spring's {@code spring.mail.*} (MAIL_HOST, MAIL_PORT, MAIL_USERNAME, MAIL_PASSWORD).
 *
 * @param enabled      off by default: no outbox row is written and nothing is sent
 * @param publicUrl    the address people open the application at; the Tasklist links in messages start with it
 * @param from         the sender (MAIL_FROM)
 * @param digestCycle  when the daily digest of escalations runs (timer_daily_digest's time cycle: an ISO 8601
 *                     repeating interval, or a cron expression in the server's time zone); the model skips days
 *                     that are not Vietnamese working days
 * @param pollInterval how often each node looks for messages to send or retry
 * @param retryDelay   the wait after the first failed attempt; it doubles with each failure, at most an hour
 * @param maxAttempts  after this many failed attempts a message is given up (status FAILED, its last error kept)
 * @param lockTime     how long a node holds the messages it claimed; a node killed meanwhile leaves them to another
 * @param batchSize    messages claimed at a time
 */
@ConfigurationProperties("directive.mail")
public record NotificationProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("khong-tra-loi@example.org") String from,
        @DefaultValue("R/2026-01-01T07:00:00+07:00/P1D") String digestCycle,
        @DefaultValue("10s") Duration pollInterval,
        @DefaultValue("1m") Duration retryDelay,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("5m") Duration lockTime,
        @DefaultValue("50") int batchSize) {

    public NotificationProperties {
        publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.trim();
        while (publicUrl.endsWith("/")) {
            publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
        }
        maxAttempts = Math.max(1, maxAttempts);
        batchSize = Math.max(1, batchSize);
    }

    /** The Tasklist page of one task. */
    public String taskLink(String taskId) {
        return publicUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }
}
