package vn.directive.cascade;

/**
 * The extension-request model (bpmn/extension_request.bpmn, "Xin gia hạn"): its key, the element ids code and tests
 * refer to, and the names of its variables. A unit's leaders ask the unit that assigned the work for a later report
 * deadline; that unit's leaders decide; the asking leaders receive the answer.
 */
public final class ExtensionProcess {

    public static final String KEY = "extension_request";

    // elements
    public static final String START = "start_extension_requested";
    public static final String SERVICE_RECORD = "service_record_extension_request";
    public static final String USER_DECIDE_EXTENSION = "user_decide_extension";
    public static final String GATEWAY_DECISION = "gateway_extension_decision";
    public static final String SERVICE_APPLY = "service_apply_extension";
    public static final String SERVICE_REFUSE = "service_refuse_extension";
    public static final String USER_RECEIVE_ANSWER = "user_receive_extension_answer";
    public static final String END_ANSWERED = "end_extension_answered";

    // forms
    public static final String FORM_REQUEST = "form_request_extension";
    public static final String FORM_DECIDE = "form_decide_extension";
    public static final String FORM_ANSWER = "form_receive_extension_answer";

    /** The statuses of a request in extension_request.status and in the API. */
    public enum Status { OPEN, APPROVED, REFUSED }

    /**
     * Variables of an extension_request instance. Besides these it carries the cascade's {@code directiveId},
     * {@code unitCode} (the asking unit), {@code unitName}, {@code assignerUnitCode} (the deciding unit),
     * {@code receivedNumber}, {@code receivedDate}, {@code receivedIssuer}, {@code receivedSubject} and
     * {@code documentUrl} ({@link CascadeProcess.Var}), so the task list shows its tasks like the cascade's.
     */
    public static final class Var {
        // the start form (form_request_extension) and POST …/extension-requests
        /** The number of the document the unit received, as the task list shows it ({@code taskDocument}). */
        public static final String DOCUMENT_NUMBER = "documentNumber";
        /** Requested on start; on user_decide_extension the deadline granted (pre-filled with the requested one). */
        public static final String NEW_DEADLINE = CascadeProcess.Var.NEW_DEADLINE;
        /** On start the reason of the request (kept as {@link #REQUEST_REASON}); on the decision the reason of it. */
        public static final String REASON = "reason";

        // what service_record_extension_request leaves on the instance
        public static final String EXTENSION_REQUEST_ID = "extensionRequestId";
        public static final String REQUESTED_BY = "requestedBy";
        public static final String REQUESTED_DEADLINE = "requestedDeadline";
        public static final String REQUESTED_DEADLINE_TEXT = "requestedDeadlineText";
        public static final String REQUEST_REASON = "requestReason";
        /** The unit's report deadline when it asked (dd/mm/yyyy), and its report due time (the decision's due date). */
        public static final String CURRENT_DEADLINE_TEXT = "currentDeadlineText";
        public static final String CURRENT_DUE = "currentDue";
        public static final String ASSIGNER_UNIT_NAME = "assignerUnitName";
        /** The deciding unit's own report deadline (dd/mm/yyyy), the latest date it may grant. */
        public static final String ASSIGNER_DEADLINE_TEXT = "assignerDeadlineText";

        // user_decide_extension takes approved, newDeadline, reason
        public static final String APPROVED = "approved";

        // what the decision leaves for the answer form
        /** The answer as the asking unit reads it (markdown). */
        public static final String ANSWER_TEXT = "answerText";
        /** Did the approval move the unit's deadline (false when its obligation had ended meanwhile)? */
        public static final String DEADLINE_MOVED = "deadlineMoved";

        private Var() {
        }
    }

    private ExtensionProcess() {
    }
}
