package vn.directive.engine;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The engine's history as this application needs it ({@code camunda.bpm.history-level: lean}, README "Lịch sử của
 * engine"): the register keeps the audit trail (who did what on which unit, when: {@code unit_history}, and what
 * each unit submitted: {@code directive_unit}), so the engine records only what its own web applications and the
 * history cleanup read.
 *
 * <p>Kept:
 * <ul>
 * <li><b>process instances</b> (start, end, updates, migration): the removal time and the history cleanup hang on
 * them; Cockpit Community looks an instance up in history to say that it has ended; historic task queries by
 * business key join them.</li>
 * <li><b>task instances</b> (create, update, complete, delete, migration): who held and completed each task and
 * when; Cockpit Community's "Human tasks" dashboard counts the open ones (open, assigned to a user) from them.</li>
 * <li><b>incidents</b>: a failed start of a subordinate or a failed report delivery, for an auditor, after it is
 * resolved (Cockpit shows the open ones from the runtime tables). Nothing is written while nothing fails.</li>
 * <li><b>batches</b>: Cockpit's batch view lists finished batches (an operator's bulk action) from history.</li>
 * </ul>
 * Not kept: activity instances (one row per flow node the unit passes and an update at its end, the bulk of
 * {@code activity}'s rows: Cockpit Community shows where a running instance stands from the runtime tables, its
 * history view of passed activities is Enterprise only), variables and form properties (the register keeps what was
 * submitted), the job log, the identity link log and the user operation log (written at {@code full} only; the
 * {@code unit_history} table is the user-facing log, so Tasklist's "History" tab was empty already under
 * {@code activity}), external tasks, decisions and cases (the application has none). Comments on tasks are stored
 * at any level but {@code none}, as before.
 *
 * <p>Tests keep {@code activity} (application-test.yml): camunda-bpm-assert's {@code hasPassed} reads historic
 * activity instances. The id is this level's own (the engine stores it in {@code ACT_GE_PROPERTY.historyLevel} and
 * refuses to start on a database created at another level: {@link LeanHistoryPlugin}).
 */
public final class LeanHistoryLevel extends AbstractHistoryLevel {

    public static final String NAME = "lean";
    /** Not one of the engine's own ids (none 0, activity 1, audit 2, full 3). */
    public static final int ID = 11;

    private static final Set<HistoryEventType> PRODUCED = Set.of(
            HistoryEventTypes.PROCESS_INSTANCE_START, HistoryEventTypes.PROCESS_INSTANCE_UPDATE,
            HistoryEventTypes.PROCESS_INSTANCE_MIGRATE, HistoryEventTypes.PROCESS_INSTANCE_END,
            HistoryEventTypes.TASK_INSTANCE_CREATE, HistoryEventTypes.TASK_INSTANCE_UPDATE,
            HistoryEventTypes.TASK_INSTANCE_MIGRATE, HistoryEventTypes.TASK_INSTANCE_COMPLETE,
            HistoryEventTypes.TASK_INSTANCE_DELETE,
            HistoryEventTypes.INCIDENT_CREATE, HistoryEventTypes.INCIDENT_MIGRATE, HistoryEventTypes.INCIDENT_DELETE,
            HistoryEventTypes.INCIDENT_RESOLVE, HistoryEventTypes.INCIDENT_UPDATE,
            HistoryEventTypes.BATCH_START, HistoryEventTypes.BATCH_UPDATE, HistoryEventTypes.BATCH_END);

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return PRODUCED.contains(eventType);
    }
}
