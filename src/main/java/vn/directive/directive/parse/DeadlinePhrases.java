package vn.directive.directive.parse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.directive.directive.DirectiveDraft.Deadline;

/**
 * The deadlines a text sets, each with the phrase it came from:
 * "chậm nhất (tới|đến) ngày dd/mm/yyyy", "chậm nhất … cuối tháng mm/yyyy" (the month's last day),
 * "trước ngày dd/mm[/yyyy]" (the document's year when the year is left out), "trong tháng mm/yyyy" (the
 * month's last day), "ngay trong ngày" (the issue date) and "trong N ngày [làm việc]" (counted from the
 * issue date, in working days when it says so). A date the text does not determine is null.
 */
final class DeadlinePhrases {

    /** Only the first letter may be a capital: case-insensitive matching would cost more than the rest of the parse. */
    private static final Pattern PHRASES = Pattern.compile(
            "(?<latestDay>[cC]hậm nhất (?:(?:là |vào )?(?:tới|đến|trước) |là |vào )?ngày " + DocumentDates.DATE + ")"
            + "|(?<latestMonthEnd>[cC]hậm nhất[^\\d.;\\n]{0,24}?cuối tháng (\\d{1,2})(?:/| năm )(\\d{4}))"
            + "|(?<beforeDay>[tT]rước ngày (\\d{1,2})(?:/| tháng )(\\d{1,2})(?:(?:/| năm )(\\d{4}))?)"
            + "|(?<withinMonth>[tT]rong tháng (\\d{1,2})(?:/| năm )(\\d{4}))"
            + "|(?<sameDay>[nN]gay trong ngày)"
            + "|(?<withinDays>[tT]rong (?:vòng |thời hạn |thời gian )?(\\d{1,3}) ngày( làm việc)?)");

    private final LocalDate issuedOn;
    private final Integer year;
    private final WorkingDayAdder workingDays;

    DeadlinePhrases(LocalDate issuedOn, Integer year, WorkingDayAdder workingDays) {
        this.issuedOn = issuedOn;
        this.year = year;
        this.workingDays = workingDays;
    }

    /** Every phrase holds one of these; the pattern is tried only around them, which makes reading a text cheap. */
    private static final String[] CUES = {"hậm nhất", "rước ngày", "rong "};
    /** From the cue back to the phrase's start: "ngay t|rong ngày" is the furthest. */
    private static final int CUE_OFFSET = 6;
    private static final int WINDOW = 100;

    List<Deadline> in(String text) {
        List<Deadline> out = new ArrayList<>();
        Matcher m = PHRASES.matcher(text);
        int[] next = new int[CUES.length];
        for (int c = 0; c < CUES.length; c++) {
            next[c] = text.indexOf(CUES[c]);
        }
        int searched = 0;
        for (int c = earliest(next); c >= 0; c = earliest(next)) {
            int cue = next[c];
            next[c] = text.indexOf(CUES[c], cue + 1);
            int start = Math.max(searched, cue - CUE_OFFSET);
            if (start > cue) {
                continue;
            }
            m.region(start, Math.min(text.length(), cue + WINDOW));
            if (m.find() && m.start() <= cue) {
                out.add(new Deadline(date(m), m.group()));
                searched = m.end();
            }
        }
        return out;
    }

    /** The cue found first in the text, or -1 when none is left. */
    private static int earliest(int[] next) {
        int best = -1;
        for (int c = 0; c < next.length; c++) {
            if (next[c] >= 0 && (best < 0 || next[c] < next[best])) {
                best = c;
            }
        }
        return best;
    }

    private LocalDate date(Matcher m) {
        if (m.group("latestDay") != null) {
            return DocumentDates.of(m, 2);
        }
        if (m.group("latestMonthEnd") != null) {
            return monthEnd(m.group(10), m.group(9));
        }
        if (m.group("beforeDay") != null) {
            String y = m.group(14) != null ? m.group(14) : year == null ? null : year.toString();
            return y == null ? null : DocumentDates.date(y, m.group(13), m.group(12));
        }
        if (m.group("withinMonth") != null) {
            return monthEnd(m.group(17), m.group(16));
        }
        if (m.group("sameDay") != null) {
            return issuedOn;
        }
        if (issuedOn == null) {
            return null;
        }
        int days = Integer.parseInt(m.group(20));
        if (m.group(21) == null) {
            return issuedOn.plusDays(days);
        }
        try {
            return workingDays.addWorkingDays(issuedOn, days);
        } catch (IllegalArgumentException outsideCalendar) {
            return null;
        }
    }

    private static LocalDate monthEnd(String year, String month) {
        LocalDate first = DocumentDates.date(year, month, "1");
        return first == null ? null : YearMonth.from(first).atEndOfMonth();
    }
}
