package vn.directive.directive;

/** bpmn/document_recall.bpmn: a leader recalls a document from Tasklist, naming it by its number. */
public final class RecallProcess {

    public static final String KEY = "document_recall";
    public static final String START = "start_recall_requested";
    public static final String SERVICE_RECALL = "service_recall_by_number";
    public static final String END_RECALLED = "end_document_recalled";

    /** The start form's variables and what the recall leaves on the instance. */
    public static final class Var {
        /** The document's number as the clerk or leader reads it: {@code 215/UBND-VX}, {@code 64/CĐ-TTg}. */
        public static final String DOCUMENT_NUMBER = "documentNumber";
        public static final String REASON = "reason";
        public static final String DIRECTIVE_ID = "directiveId";
        /** The unit whose document was recalled. */
        public static final String UNIT_CODE = "unitCode";
        public static final String RECALLED_UNITS = "recalledUnits";

        private Var() {
        }
    }

    private RecallProcess() {
    }
}
