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

    /** Variables every instance carries, at every level. */
    public static final class Var {
        public static final String DIRECTIVE_ID = "directiveId";
        public static final String UNIT_CODE = "unitCode";
        public static final String PARENT_UNIT_CODE = "parentUnitCode";
        /** The unit whose leaders handle this unit's overdue work: the parent, or the unit itself at the top. */
        public static final String ASSIGNER_UNIT_CODE = "assignerUnitCode";
        public static final String ROLE = "role";
        public static final String UNIT_NAME = "unitName";
        public static final String DIRECTIVE_NUMBER = "directiveNumber";
        public static final String DIRECTIVE_SUBJECT = "directiveSubject";
        public static final String DIRECTIVE_ISSUER = "directiveIssuer";
        public static final String TASK_TEXT = "taskText";
        public static final String REPORT_DEADLINE = "reportDeadline";
        public static final String ACK_DUE = "ackDue";
        public static final String REPORT_DUE = "reportDue";
        public static final String REMIND_AT = "remindAt";
        /** The deadline of the obligation's current phase: acknowledgement, then report. */
        public static final String DUE_AT = "dueAt";
        public static final String HAS_SUBORDINATES = "hasSubordinates";
        /** Codes of the CHU_TRI and PHOI_HOP subordinates the multi-instance call runs for. */
        public static final String SUBORDINATES = "subordinates";
        public static final String SUBORDINATE = "subordinate";
        public static final String SUBORDINATE_OPTIONS = "subordinateOptions";
        public static final String SUBORDINATE_REPORTS = "subordinateReports";

        // submitted by forms
        public static final String ACCEPTED = "accepted";
        public static final String REFUSAL_REASON = "refusalReason";
        public static final String ASSIGNMENTS = "assignments";
        public static final String IMPLEMENTING_NUMBER = "implementingNumber";
        public static final String IMPLEMENTING_DATE = "implementingDate";
        public static final String REPORT_SUMMARY = "reportSummary";
        public static final String ACTION = "action";
        public static final String NEW_DEADLINE = "newDeadline";
        public static final String NOTE = "note";

        private Var() {
        }
    }

    private CascadeProcess() {
    }
}
