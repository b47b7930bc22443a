package vn.directive.directive.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as directives write them: "19/01/2022", "07/8/2021", "ngày 03 tháng 12 năm 2021". */
final class DocumentDates {

    /** Day, month, year in groups 1–3 or 4–6. */
    static final String DATE = "(?:(\\d{1,2})/(\\d{1,2})/(\\d{4})|(\\d{1,2}) tháng (\\d{1,2}) năm (\\d{4}))";
    private static final Pattern AFTER_NUMBER = Pattern.compile("^,? ?(?:ban hành |được ban hành )?ngày " + DATE);

    private DocumentDates() {
    }

    /** The date of groups {@code first}..{@code first+5} of a match of {@link #DATE}; null if it is not a real date. */
    static LocalDate of(Matcher m, int first) {
        int g = m.group(first) != null ? first : first + 3;
        if (m.group(g) == null) {
            return null;
        }
        return date(m.group(g + 2), m.group(g + 1), m.group(g));
    }

    static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** "ngày 19/01/2022" right after a cited number, as in "số 64/CĐ-TTg ngày 19/01/2022". */
    static LocalDate following(String text, int from) {
        Matcher m = AFTER_NUMBER.matcher(text).region(from, Math.min(text.length(), from + 60));
        m.useAnchoringBounds(true);
        return m.lookingAt() ? of(m, 1) : null;
    }

    /** The end of a date phrase matched by {@link #following}, or {@code from} when there is none. */
    static int endOfFollowing(String text, int from) {
        Matcher m = AFTER_NUMBER.matcher(text).region(from, Math.min(text.length(), from + 60));
        return m.lookingAt() ? m.end() : from;
    }
}
