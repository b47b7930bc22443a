package vn.directive.cascade;

import java.time.LocalDate;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.directive.calendar.VietnameseDates;
import vn.directive.cascade.CascadeProcess.Var;

/**
 * What a unit's instance shows and routes on, kept as one variable ({@code display}, stored as JSON) instead of
 * fifteen: each process variable is a row written, read and deleted, and these are set together at receipt and
 * changed together by an amendment or an extension. The forms read it by path ({@code {{display.receivedNumber}}}:
 * Tasklist parses a JSON-serialized variable before it hands the data to the form), the model by its accessors
 * ({@code ${display.role() == 'DE_BIET'}}), the code through this record.
 *
 * @param assignerUnitCode the unit whose leaders handle this unit's overdue work: the parent, or the unit itself at the top
 * @param role CHU_TRI, PHOI_HOP or DE_BIET
 * @param hasSubordinates does the unit assign to units below it
 * @param receivedNumber the document this unit received, as its people read it: the registered directive at the top,
 *                       the parent's implementing document below it (number, date, issuer, subject)
 * @param documentUrl the application's page with the received document's text, files and the chain above it
 * @param reportDeadline the unit's own report deadline, ISO ({@code 2026-12-14})
 * @param reportDeadlineText the same as Vietnamese write it ({@code 14/12/2026})
 */
public record Display(String assignerUnitCode, String role, boolean hasSubordinates, String unitName,
                      String directiveNumber, String directiveSubject, String directiveIssuer,
                      String receivedNumber, String receivedDate, String receivedIssuer, String receivedSubject,
                      String documentUrl, String taskText, String reportDeadline, String reportDeadlineText) {

    /**
     * The instance's display. Report delivery and extension request instances carry what they show as variables of
     * their own (few, and rare); for them it is read from those.
     */
    public static Display of(Function<String, Object> variable) {
        if (variable.apply(Var.DISPLAY) instanceof Display d) {
            return d;
        }
        return new Display((String) variable.apply(Var.ASSIGNER_UNIT_CODE), null, false, (String) variable.apply(Var.UNIT_NAME),
                null, null, null, (String) variable.apply(Var.RECEIVED_NUMBER), (String) variable.apply(Var.RECEIVED_DATE),
                (String) variable.apply(Var.RECEIVED_ISSUER), (String) variable.apply(Var.RECEIVED_SUBJECT),
                (String) variable.apply(Var.DOCUMENT_URL), null, null, null);
    }

    public static Display of(VariableScope scope) {
        return of(scope::getVariable);
    }

    public LocalDate reportDeadlineDate() {
        return reportDeadline == null ? null : LocalDate.parse(reportDeadline);
    }

    public Display withReportDeadline(LocalDate deadline) {
        return new Display(assignerUnitCode, role, hasSubordinates, unitName, directiveNumber, directiveSubject,
                directiveIssuer, receivedNumber, receivedDate, receivedIssuer, receivedSubject, documentUrl, taskText,
                deadline.toString(), VietnameseDates.day(deadline));
    }

    /** An amendment: the received document's new number and subject, and the directive's when it is the directive. */
    public Display withReceived(String number, String subject, boolean isDirective) {
        return new Display(assignerUnitCode, role, hasSubordinates, unitName,
                isDirective ? number : directiveNumber, isDirective ? subject : directiveSubject, directiveIssuer,
                number, receivedDate, receivedIssuer, subject, documentUrl, taskText, reportDeadline, reportDeadlineText);
    }
}
