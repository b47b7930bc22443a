package vn.directive.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.directive.calendar.WorkingDayCalendar;
import vn.directive.calendar.WorkingDays;
import vn.directive.engine.Engine;
import vn.directive.notification.NotificationOutbox.Kind;
import vn.directive.notification.NotificationOutbox.Message;
import vn.directive.notification.NotificationOutbox.Status;

/**
 * The steps of bpmn/notification_digest.bpmn ({@code ${notificationDigest...}}): on each working day's morning, every
 * leaders' group with escalations waiting gets ONE message listing them all (each with its Tasklist link; one already
 * handled is marked so). Escalations raised on a day off wait for the next working day's digest.
 */
@Component("notificationDigest")
public class NotificationDigest {

    /** How long the outbox keeps a row it has finished with (sent, skipped, listed in a digest, given up). */
    static final Duration KEPT = Duration.ofDays(90);

    private final NotificationOutbox outbox;
    private final NotificationSender sender;
    private final WorkingDayCalendar calendar;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final Engine engine;

    public NotificationDigest(NotificationOutbox outbox, NotificationSender sender, WorkingDayCalendar calendar,
                              TaskService taskService, IdentityService identityService, Engine engine) {
        this.outbox = outbox;
        this.sender = sender;
        this.calendar = calendar;
        this.taskService = taskService;
        this.identityService = identityService;
        this.engine = engine;
    }

    /** Is today (the engine's clock, in Vietnam) a working day? */
    public boolean workingDay() {
        return calendar.isWorkingDay(today());
    }

    /**
     * Gửi thư tổng hợp chậm trễ: one digest row per leaders' group, listing the escalations waiting for it. And the
     * outbox forgets what it finished with more than {@link #KEPT} ago.
     */
    public void send(DelegateExecution execution) {
        outbox.purge(Instant.now().minus(KEPT));
        Map<String, List<Message>> byGroups = new LinkedHashMap<>();
        for (Message escalation : outbox.waitingEscalations()) {
            byGroups.computeIfAbsent(String.join(",", escalation.groups()), g -> new ArrayList<>()).add(escalation);
        }
        LocalDate today = today();
        boolean added = false;
        for (Map.Entry<String, List<Message>> entry : byGroups.entrySet()) {
            List<Message> escalations = entry.getValue();
            List<String> groups = escalations.get(0).groups();
            List<String> items = new ArrayList<>();
            for (Message escalation : escalations) {
                items.add(escalation.body() + (open(escalation.taskId()) ? "" : "  (Đã được xử lý.)\n"));
            }
            String key = "DIGEST:" + execution.getProcessInstanceId() + ":" + entry.getKey();
            if (outbox.add(key, Kind.DIGEST, Status.PENDING, groups, MailTexts.digestSubject(items.size(), today),
                    MailTexts.digestBody(addressee(groups), items, today), null, null, null)) {
                long digestId = outbox.findByEventKey(key).orElseThrow().id();
                escalations.forEach(e -> outbox.digested(e.id(), digestId));
                added = true;
            }
        }
        if (added) {
            Notifications.afterCommit(sender::nudge);
        }
    }

    private boolean open(String taskId) {
        return taskId == null || engine.withoutAuthorization(() -> taskService.createTaskQuery().taskId(taskId).count() > 0);
    }

    /** "Lãnh đạo - Tỉnh Lai Châu": the groups' names as Admin shows them. */
    private String addressee(List<String> groups) {
        List<String> names = new ArrayList<>();
        engine.withoutAuthorization(() -> {
            for (String id : groups) {
                Group group = identityService.createGroupQuery().groupId(id).singleResult();
                names.add(group == null || group.getName() == null ? id : group.getName());
            }
        });
        return String.join("; ", names);
    }

    private static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(WorkingDays.ZONE).toLocalDate();
    }
}
