package vn.directive.notification;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.directive.engine.Engine;
import vn.directive.notification.NotificationOutbox.Kind;
import vn.directive.notification.NotificationOutbox.Status;

/**
 * The events people are told about by e-mail (CONTRACT section 8, Notifications): work arrived for a unit's group, a
 * reminder fell due, an escalation was raised. Each call writes one outbox row in the caller's transaction (the
 * engine's: the event and its message are confirmed or rolled back together) and asks this node's sender to send it
 * once the transaction has committed; nothing here talks to the SMTP server, so a slow or failing server never slows
 * or rolls back the engine. With {@code directive.mail.enabled=false} (the default) every call does nothing.
 *
 * <p>Called by the cascade ({@code cascadeTasks.describe}, {@code cascade.remind}); this package knows nothing of it.
 */
@Component
public class Notifications {

    /** The document a message names, and the unit it is about. */
    public record Document(String directiveId, String unitCode, String unitName, String number, String issuer,
                           String subject) {
    }

    private final NotificationProperties properties;
    private final NotificationOutbox outbox;
    private final NotificationSender sender;
    private final TaskService taskService;
    private final Engine engine;

    public Notifications(NotificationProperties properties, NotificationOutbox outbox, NotificationSender sender,
                         TaskService taskService, Engine engine) {
        this.properties = properties;
        this.outbox = outbox;
        this.sender = sender;
        this.taskService = taskService;
        this.engine = engine;
    }

    public boolean enabled() {
        return properties.enabled();
    }

    /**
     * Work arrived: a user task was created for its candidate groups (a unit's clerks, leaders or officers). One
     * message per task, to every member of those groups with an address.
     */
    public void workArrived(DelegateTask task, Document document) {
        if (!enabled()) {
            return;
        }
        List<String> groups = candidateGroups(task);
        if (groups.isEmpty()) {
            return;
        }
        String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
        add("TASK:" + task.getId(), Kind.TASK, Status.PENDING, groups,
                MailTexts.taskSubject(document, name, task.getDueDate()),
                MailTexts.taskBody(document, name, task.getDueDate(), properties.taskLink(task.getId())),
                document, task.getId());
    }

    /**
     * An escalation: a task for the leaders of the unit that assigned overdue work ({@code user_handle_overdue}). It is
     * not sent on its own: it waits for the leaders' daily digest ({@link NotificationDigest}).
     *
     * @param missedDeadline the deadline the unit missed
     */
    public void escalated(DelegateTask task, Document document, Date missedDeadline) {
        if (!enabled()) {
            return;
        }
        List<String> groups = candidateGroups(task);
        if (groups.isEmpty()) {
            return;
        }
        add("ESCALATION:" + task.getId(), Kind.ESCALATION, Status.WAITING, groups, MailTexts.escalationSubject(document),
                MailTexts.escalationItem(document, missedDeadline, properties.taskLink(task.getId())), document, task.getId());
    }

    /**
     * A reminder fell due in process instance {@code processInstanceId}: the groups of the unit's open tasks there
     * (the officers writing the report, say) are reminded, with a link to each task; when the unit has no task open
     * (it waits for its subordinates' reports) its {@code fallbackGroup} (its leaders) is.
     *
     * @param eventKey what makes this reminder one event (the reminder's execution)
     */
    public void reminder(String processInstanceId, String eventKey, Document document, Date deadline,
                         String fallbackGroup, Set<String> excludedTaskKeys) {
        if (!enabled()) {
            return;
        }
        OpenWork work = openWork(processInstanceId, fallbackGroup, excludedTaskKeys);
        if (!work.groups().isEmpty()) {
            add("REMINDER:" + eventKey, Kind.REMINDER, Status.PENDING, work.groups(), MailTexts.reminderSubject(document, deadline),
                    MailTexts.reminderBody(document, deadline, work.tasks()), document, null);
        }
    }

    /**
     * The assigner's leaders chased an overdue unit (Đôn đốc): the same people as for a reminder, told who chases them,
     * about which deadline, and the leaders' note.
     */
    public void chased(String processInstanceId, String eventKey, Document document, Date missedDeadline,
                       String fallbackGroup, Set<String> excludedTaskKeys, String byUnitName, String note) {
        if (!enabled()) {
            return;
        }
        OpenWork work = openWork(processInstanceId, fallbackGroup, excludedTaskKeys);
        if (!work.groups().isEmpty()) {
            add("CHASE:" + eventKey, Kind.REMINDER, Status.PENDING, work.groups(), MailTexts.chaseSubject(document, missedDeadline),
                    MailTexts.chaseBody(document, missedDeadline, work.tasks(), byUnitName, note), document, null);
        }
    }

    /** The groups of an instance's open tasks, and each task's name and link. */
    private record OpenWork(List<String> groups, List<String[]> tasks) {
    }

    private OpenWork openWork(String processInstanceId, String fallbackGroup, Set<String> excludedTaskKeys) {
        Set<String> groups = new LinkedHashSet<>();
        List<String[]> open = new ArrayList<>();
        engine.withoutAuthorization(() -> {
            for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime().asc().list()) {
                if (excludedTaskKeys.contains(task.getTaskDefinitionKey())) {
                    continue;
                }
                open.add(new String[] {task.getName(), properties.taskLink(task.getId())});
                for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
                    if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                        groups.add(link.getGroupId());
                    }
                }
            }
        });
        if (groups.isEmpty() && fallbackGroup != null) {
            groups.add(fallbackGroup);
        }
        return new OpenWork(List.copyOf(groups), open);
    }

    private void add(String eventKey, Kind kind, Status status, List<String> groups, String subject, String body,
                     Document document, String taskId) {
        boolean added = outbox.add(eventKey, kind, status, groups, subject, body, document.directiveId(), document.unitCode(), taskId);
        if (added && status == Status.PENDING) {
            afterCommit(sender::nudge);
        }
    }

    private static List<String> candidateGroups(DelegateTask task) {
        List<String> groups = new ArrayList<>();
        task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .forEach(link -> groups.add(link.getGroupId()));
        return groups;
    }

    /** Runs {@code work} once the current transaction has committed (at once outside one). */
    static void afterCommit(Runnable work) {
        CommandContext command = Context.getCommandContext();
        if (command != null) {
            command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, ctx -> work.run());
        } else if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }
}
