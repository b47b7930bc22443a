package vn.directive.notification;

import org.springframework.stereotype.Component;

/**
 * {@code notificationSchedule} in the digest model's timer ({@code ${notificationSchedule.digestCycle}}): the property
 * {@code directive.mail.digest-cycle}. A bean of its own, needing nothing of the engine, since the engine reads it while
 * it deploys the model at start-up.
 */
@Component("notificationSchedule")
public class NotificationSchedule {

    private final String digestCycle;

    public NotificationSchedule(NotificationProperties properties) {
        this.digestCycle = properties.digestCycle();
    }

    public String getDigestCycle() {
        return digestCycle;
    }
}
