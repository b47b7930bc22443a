package vn.directive.cascade;

/**
 * The per-unit handling model (bpmn/directive_handling.bpmn): its key, the element ids that code and
 * tests refer to, and the names of its variables. No variable name is written as a loose string elsewhere.
 */
public final class CascadeProcess {

    public static final String KEY = "directive_handling";

    // user tasks (their ids are the task definition keys of the contract)
    public static final String USER_ACKNOWLEDGE = "user_acknowledge";
    public static final String USER_ASSIGN = "user_assign";
    public static final String USER_ISSUE_DOCUMENT = "user_issue_document";
    public static final String USER_REPORT = "user_report";
    public static final String USER_HANDLE_OVERDUE = "user_handle_overdue";

    /** The small second model (bpmn/report_delivery.bpmn): a (b/c) recipient's clerks receive a unit's report. */
    public static final String REPORT_DELIVERY_KEY = "report_delivery";
    public static final String USER_RECEIVE_REPORT = "user_receive_report";
    public static final String SERVICE_DELIVER_REPORT = "service_deliver_report";

    // other elements tests drive or assert
    public static final String CALL_SUBORDINATES = "call_subordinates";
    public static final String TIMER_ACKNOWLEDGE_DUE = "timer_acknowledge_due";
    public static final String TIMER_REPORT_REMINDER = "timer_report_reminder";
    public static final String TIMER_REPORT_DUE = "timer_report_due";
    public static final String TIMER_EXTENDED_DUE = "timer_extended_due";
    public static final String SUB_CARRY_OUT = "sub_carry_out";
    public static final String SERVICE_REPORT = "service_report";
    public static final String END_REPORTED = "end_reported";
    public static final String END_REFUSED = "end_refused";
    public static final String END_NOTED = "end_noted";
    public static final String END_CLOSED = "end_closed";

    // recall (thu hồi, CONTRACT section 8): the message names the register's recall correlates by instance id
    public static final String MSG_RECALL = "msg_recall";
    public static final String MSG_RECALL_DOCUMENT = "msg_recall_document";
    public static final String SERVICE_RECALL = "service_recall";
    public static final String SERVICE_RECALL_DOCUMENT = "service_recall_document";
    public static final String END_RECALLED = "end_recalled";

    // amendment (cập nhật, thay thế, CONTRACT section 8)
    public static final String MSG_AMENDED = "msg_amended";
    public static final String SERVICE_APPLY_AMENDMENT = "service_apply_amendment";
    public static final String USER_ACKNOWLEDGE_AMENDMENT = "user_acknowledge_amendment";
    public static final String END_AMENDMENT_ACKNOWLEDGED = "end_amendment_acknowledged";

    /** Variables every instance carries, at every level. */
    public static final class Var {
        public static final String DIRECTIVE_ID = "directiveId";
        public static final String UNIT_CODE = "unitCode";
        public static final String PARENT_UNIT_CODE = "parentUnitCode";
        /**
         * What the unit's forms show and the model routes on ({@link Display}): role, assigning unit, the
         * received document, the task, the report deadline. One variable, since each variable is a row.
         */
        public static final String DISPLAY = "display";
        /** The assigning unit, on an extension request's instance (a unit's instance has it in {@link #DISPLAY}). */
        public static final String ASSIGNER_UNIT_CODE = "assignerUnitCode";
        /** The unit's name, on report delivery and extension request instances. */
        public static final String UNIT_NAME = "unitName";
        /** The unit's report deadline as submitted at registration and on the forms' date fields (ISO). */
        public static final String REPORT_DEADLINE = "reportDeadline";
        /** The report's end of day: the report timer's time. */
        public static final String REPORT_DUE = "reportDue";
        /**
         * The deadline of the obligation's current phase: acknowledgement, then report; an extension moves it. The
         * acknowledgement timer and the timer of an extended deadline wait for it.
         */
        public static final String DUE_AT = "dueAt";
        /**
         * Codes of the CHU_TRI and PHOI_HOP subordinates the multi-instance call runs for; each of its instances reads
         * its code at its loopCounter (no element variable: one row less a subordinate).
         */
        public static final String SUBORDINATES = "subordinates";
        public static final String SUBORDINATE_OPTIONS = "subordinateOptions";
        public static final String SUBORDINATE_REPORTS = "subordinateReports";

        // the document a (b/c) recipient or the assigning unit's leaders are shown (report delivery, extension
        // request: instances of their own); a unit's own instance has them in DISPLAY
        public static final String RECEIVED_NUMBER = "receivedNumber";
        public static final String RECEIVED_DATE = "receivedDate";
        public static final String RECEIVED_ISSUER = "receivedIssuer";
        public static final String RECEIVED_SUBJECT = "receivedSubject";
        /** The application's page with the received document's text, files and the chain above it. */
        public static final String DOCUMENT_URL = "documentUrl";

        // task-local, for the task list's line (Tasklist shows a filter's variables only where the user may
        // read them, and a unit's users may read its tasks, not its process instances)
        public static final String TASK_DOCUMENT = "taskDocument";
        public static final String TASK_SUBJECT = "taskSubject";
        public static final String TASK_UNIT = "taskUnit";
        public static final String TASK_DUE = "taskDue";

        // the assignment form (AssignmentForm): pickers per role, the text and deadline for units without
        // a task of their own, and the proposal read from the document
        public static final String CHU_TRI = "chuTri";
        public static final String PHOI_HOP = "phoiHop";
        public static final String DE_BIET = "deBiet";
        public static final String COMMON_TASK = "commonTask";
        public static final String SUBORDINATE_DEADLINE = "subordinateDeadline";
        public static final String ASSIGNMENT_PROPOSAL = "assignmentProposal";

        // submitted by forms
        public static final String ACCEPTED = "accepted";
        public static final String REFUSAL_REASON = "refusalReason";
        public static final String ASSIGNMENTS = "assignments";
        public static final String IMPLEMENTING_NUMBER = "implementingNumber";
        public static final String IMPLEMENTING_DATE = "implementingDate";
        /** Optional: the implementing document's subject (trích yếu), pre-filled. */
        public static final String IMPLEMENTING_SUBJECT = "implementingSubject";
        public static final String REPORT_SUMMARY = "reportSummary";
        public static final String ACTION = "action";
        public static final String NEW_DEADLINE = "newDeadline";
        public static final String NOTE = "note";

        // figures (CONTRACT section 9): what user_assign asks, what user_report reports, and the report form's text
        /** Json list [{"code","name","unit"}]: the figures the unit asks of its subordinates (inherited ones included). */
        public static final String INDICATORS = "indicators";
        /** The assign form's textarea: one indicator a line, {@code code; name; unit}. */
        public static final String INDICATORS_TEXT = "indicatorsText";
        /** Json object {code: number}: the unit's figures. */
        public static final String FIGURES = "figures";
        /** The report form's textarea: one figure a line, {@code code: value}. */
        public static final String FIGURES_TEXT = "figuresText";
        /** Json list of unit codes: the (b/c) recipients of the unit's report besides its parent (user_issue_document). */
        public static final String REPORT_TO = "reportTo";
        /** The issue form's options for {@code reportTo}: [{"label","value"}]. */
        public static final String REPORT_TO_OPTIONS = "reportToOptions";
        /** The issue form's text: the directive's (b/c) names that resolve to no unit (kept on the report). */
        public static final String REPORT_TO_UNRESOLVED = "reportToUnresolved";
        // report_delivery: what the recipient's clerks see
        public static final String FROM_UNIT_CODE = "fromUnitCode";
        public static final String FROM_UNIT_NAME = "fromUnitName";
        /** The reporting unit's figures as lines, for the receive form. */
        public static final String FIGURES_REPORT = "figuresReport";
        /** Does the unit report figures (the report form shows the figures only then)? */
        public static final String HAS_FIGURES = "hasFigures";
        // recall: set on the instance by the correlated message
        /** Why the document was recalled (required). */
        public static final String RECALL_REASON = "recallReason";
        /** Who recalled it: the user id. */
        public static final String RECALLED_BY = "recalledBy";
        /** The unit whose document was recalled (the recipient at the top, or the unit recalling its own). */
        public static final String RECALLING_UNIT = "recallingUnit";
        // amendment: what changed, for form_acknowledge_amendment (set by the correlated message, kept local to
        // the event subprocess by service_apply_amendment, so each amendment's task shows its own change)
        /** The document amended, as the unit's people read it ("Văn bản số 64/CĐ-TTg"). */
        public static final String AMENDED_DOCUMENT = "amendedDocument";
        public static final String AMENDMENT_OLD_NUMBER = "amendmentOldNumber";
        public static final String AMENDMENT_NEW_NUMBER = "amendmentNewNumber";
        public static final String AMENDMENT_OLD_SUBJECT = "amendmentOldSubject";
        public static final String AMENDMENT_NEW_SUBJECT = "amendmentNewSubject";
        /** The unit's own report deadline before and after the amendment (dd/mm/yyyy). */
        public static final String AMENDMENT_OLD_DEADLINE = "amendmentOldDeadline";
        public static final String AMENDMENT_NEW_DEADLINE = "amendmentNewDeadline";
        /** The amendment's note or new text (optional). */
        public static final String AMENDMENT_TEXT = "amendmentText";
        /** The unit whose implementing document was amended; absent for the registered directive. */
        public static final String AMENDING_UNIT = "amendingUnit";
        /** The amendment's version: the directive's version, or the implementing document's. */
        public static final String AMENDMENT_VERSION = "amendmentVersion";
        /** The report form's text: each figure's name, the subordinates' sum, who has not reported yet. */
        public static final String FIGURES_SUMMARY = "figuresSummary";

        private Var() {
        }
    }

    private CascadeProcess() {
    }
}
