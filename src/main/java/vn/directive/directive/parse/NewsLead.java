package vn.directive.directive.parse;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.directive.directive.DirectiveDraft.Urgency;

/**
 * A news article quoting a directive: "UBND tỉnh Lai Châu vừa ban hành Công văn số 2345/UBND-VX ngày
 * 15/3/2022 về việc …" gives the issuer, number, date and subject.
 */
record NewsLead(String issuer, DocumentNumber number, LocalDate issuedOn, String subject, Urgency urgency) {

    private static final String NAME = "\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*){0,3}";
    private static final Pattern LEAD = Pattern.compile("((?:UBND|Ủy ban nhân dân) (?:tỉnh|thành phố|huyện|thị xã|quận) " + NAME
            + "|(?:Tỉnh ủy|Thành ủy|Huyện ủy) " + NAME + ") (?:vừa |đã |mới )?(?:có |ban hành |gửi |phát đi )"
            + "(?:\\p{L}+ ){0,4}?số (?=\\d)");
    private static final Pattern ABOUT = Pattern.compile("^,? ?((?:về việc|về|V/v) [^.\\n]{1,300})");

    /** "ban hành Công điện hỏa tốc số …": the mark is in the words before the number. */
    private static Urgency urgency(String lead) {
        String words = lead.toLowerCase(java.util.Locale.ROOT);
        if (words.contains("hỏa tốc")) {
            return Urgency.HOA_TOC;
        }
        if (words.contains("thượng khẩn")) {
            return Urgency.THUONG_KHAN;
        }
        return words.contains("khẩn") ? Urgency.KHAN : Urgency.THUONG;
    }

    static NewsLead find(DocumentLines lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher lead = LEAD.matcher(line);
            while (lead.find()) {
                Matcher number = DocumentNumber.CITED.matcher(line).region(lead.end(), line.length());
                if (!number.lookingAt()) {
                    continue;
                }
                DocumentNumber n = DocumentNumber.of(number);
                LocalDate date = DocumentDates.following(line, number.end());
                int after = DocumentDates.endOfFollowing(line, number.end());
                Matcher about = ABOUT.matcher(line).region(after, line.length());
                String subject = about.lookingAt() ? OfficialName.capitalize(about.group(1).strip()) : null;
                return new NewsLead(IssuerName.expand(lead.group(1)), n, date, subject, urgency(lead.group()));
            }
        }
        return null;
    }
}
