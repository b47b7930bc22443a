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

    private static final String DAY_MONTH_YEAR = "(\\d{1,2})/(\\d{1,2})/(\\d{4})|(\\d{1,2}) tháng (\\d{1,2}) năm (\\d{4})";
    private static final Pattern PHRASES = Pattern.compile("(?iu)"
            + "(?<latestDay>chậm nhất (?:(?:là |vào )?(?:tới|đến|trước) |là |vào )?ngày (?:" + DAY_MONTH_YEAR + "))"
            + "|(?<latestMonthEnd>chậm nhất[^\\d.;\\n]{0,24}?cuối tháng (\\d{1,2})(?:/| năm )(\\d{4}))"
            + "|(?<beforeDay>trước ngày (\\d{1,2})(?:/| tháng )(\\d{1,2})(?:(?:/| năm )(\\d{4}))?)"
            + "|(?<withinMonth>trong tháng (\\d{1,2})(?:/| năm )(\\d{4}))"
            + "|(?<sameDay>ngay trong ngày)"
            + "|(?<withinDays>trong (?:vòng |thời hạn |thời gian )?(\\d{1,3}) ngày( làm việc)?)");

    private final LocalDate issuedOn;
    private final Integer year;
    private final WorkingDayAdder workingDays;

    DeadlinePhrases(LocalDate issuedOn, Integer year, WorkingDayAdder workingDays) {
        this.issuedOn = issuedOn;
        this.year = year;
        this.workingDays = workingDays;
    }

    List<Deadline> in(String text) {
        List<Deadline> out = new ArrayList<>();
        Matcher m = PHRASES.matcher(text);
        while (m.find()) {
            out.add(new Deadline(date(m), m.group()));
        }
        return out;
    }

    private LocalDate date(Matcher m) {
        if (m.group("latestDay") != null) {
            return m.group(2) != null ? DocumentDates.date(m.group(4), m.group(3), m.group(2))
                    : DocumentDates.date(m.group(7), m.group(6), m.group(5));
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
