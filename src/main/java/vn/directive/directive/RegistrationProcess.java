package vn.directive.directive;

/** bpmn/directive_registration.bpmn: a clerk pastes a directive into Tasklist's start form. */
public final class RegistrationProcess {

    public static final String KEY = "directive_registration";
    public static final String SERVICE_REGISTER = "service_register";

    /** Variables of the start form and what the registration leaves on the instance. */
    public static final class Var {
        public static final String TEXT = "text";
        public static final String RECIPIENT = "recipient";
        public static final String REPORT_DEADLINE = "reportDeadline";
        public static final String DIRECTIVE_ID = "directiveId";
        public static final String BUSINESS_KEY = "directiveBusinessKey";

        private Var() {
        }
    }

    private RegistrationProcess() {
    }
}
