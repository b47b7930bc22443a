package vn.directive.web;

import java.time.LocalDate;

/**
 * Every limit on what clients send, in one place. The REST checks (the submission filter, the registration
 * endpoint), the task listeners and the columns of {@code db/migration} agree on these; a value over a limit
 * is refused with 4xx naming the field before anything is written, never left for the database to fail on.
 */
public final class Limits {

    /** A String process variable: the engine keeps it in ACT_RU_VARIABLE.TEXT_, varchar(4000). */
    public static final int STRING_VARIABLE = 4000;

    /** directive.number (V2), directive_unit.implementing_number (V2). */
    public static final int DOCUMENT_NUMBER = 64;
    /** directive.symbol (V2). */
    public static final int SYMBOL = 64;
    /** directive.issuer (V2). */
    public static final int ISSUER = 255;
    /** directive.subject (V2), directive_unit.implementing_subject (V5). */
    public static final int SUBJECT = 2000;
    /** directive.full_text (V2), in characters. */
    public static final int TEXT_CHARS = 1_048_576;
    /** A directive's text as bytes of UTF-8: the body of POST /api/directives/parse, the start form's text. */
    public static final int TEXT_BYTES = 2 * 1024 * 1024;
    /** directive.draft_json (V2), the draft as JSON, in characters. */
    public static final int DRAFT_JSON = 1_048_576;
    /** A unit code: unit.code, directive_unit.unit_code (V1, V2). */
    public static final int UNIT_CODE = 32;

    /** directive_unit.refusal_reason (V2). */
    public static final int REFUSAL_REASON = 2000;
    /**
     * A task given to a subordinate: directive_unit.task_text is varchar(20000), but the subordinate's forms show
     * it as the String variable {@code taskText}, so {@link #STRING_VARIABLE} is the limit.
     */
    public static final int TASK_TEXT = STRING_VARIABLE;
    /** directive_unit.report_summary is varchar(20000); the String variable {@code reportSummary} holds 4,000. */
    public static final int REPORT_SUMMARY = STRING_VARIABLE;
    /** overdue_decision.note (V20). */
    public static final int NOTE = STRING_VARIABLE;
    /** The body of a form submission (task completion, start form). */
    public static final int FORM_BODY = 2 * 1024 * 1024;

    /** The working-day calendar covers these years; every deadline and date a client gives lies within. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private Limits() {
    }

    /** The length of {@code s} in UTF-8 bytes, without encoding it. */
    public static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** A String field: at most {@code max} characters, else 422 naming it. */
    public static void requireLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw ApiException.unprocessable("value-too-long", "Field '" + field + "' is " + value.length()
                    + " characters long; at most " + max + " are allowed");
        }
    }

    /** A date within the calendar's years ({@link #FIRST_YEAR}–{@link #LAST_YEAR}), else 422 naming it. */
    public static void requireCalendarYear(String field, LocalDate date) {
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            throw ApiException.unprocessable("date-out-of-range", "Field '" + field + "' " + date
                    + " is outside the years " + FIRST_YEAR + "–" + LAST_YEAR + " that the working-day calendar covers");
        }
    }
}
