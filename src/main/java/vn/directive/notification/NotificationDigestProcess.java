package vn.directive.notification;

/** The daily digest of escalations (bpmn/notification_digest.bpmn): its key and the element ids code and tests refer to. */
public final class NotificationDigestProcess {

    public static final String KEY = "notification_digest";
    public static final String TIMER_DAILY_DIGEST = "timer_daily_digest";
    public static final String GATEWAY_WORKING_DAY = "gateway_working_day";
    public static final String SERVICE_SEND_DIGEST = "service_send_digest";
    public static final String END_DIGEST_SENT = "end_digest_sent";
    public static final String END_DAY_OFF = "end_day_off";

    private NotificationDigestProcess() {
    }
}
