package vn.directive.directive.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.directive.directive.DirectiveDraft.DirectiveType;
import vn.directive.directive.DirectiveDraft.Secrecy;
import vn.directive.directive.DirectiveDraft.Urgency;

/**
 * What stands above "Kính gửi": the header block (issuing body, motto), the number line, the place and
 * date line, the subject ("V/v …", the lines under a type heading, or a leading "Về …" line) and the
 * urgency and secrecy marks.
 * {@code end} is the first line after it.
 */
record Heading(DocumentNumber number, String place, LocalDate issuedOn, Integer year, String headerIssuer,
               String subject, DirectiveType typeHeading, Urgency urgency, Secrecy secrecy, int end) {

    /** No heading is longer; bounds the search in text that has none. */
    private static final int MAX_LINES = 60;
    private static final String DATE_WORDS = ", ngày[ .…_]{0,12}(\\d{1,2})?[ .…_]{0,12}tháng[ .…_]{0,12}(\\d{1,2})?[ .…_]{0,12}năm ?(\\d{4})";
    private static final String DATE_NUMBERS = ", ngày (\\d{1,2})/(\\d{1,2})/(\\d{4})";
    private static final String PLACE = "(\\p{L}[\\p{L}\\d .'-]{0,40})";
    /** Where extraction merged the two columns ("Số: 219/UBND-KGVX Điện Biên, ngày …") the place is in capitalised words. */
    private static final String PLACE_IN_LINE = "(?<= )(\\p{Lu}[\\p{L}\\d.'-]{0,15}(?: \\p{Lu}[\\p{L}\\d.'-]{0,15}){0,5})";
    private static final List<Pattern> PLACE_DATES = List.of(Pattern.compile("^" + PLACE + DATE_WORDS),
            Pattern.compile("^" + PLACE + DATE_NUMBERS), Pattern.compile(PLACE_IN_LINE + DATE_WORDS),
            Pattern.compile(PLACE_IN_LINE + DATE_NUMBERS));
    private static final Pattern SUBJECT = Pattern.compile("^(?:V/v|V/V|v/v|Về việc|VỀ VIỆC)\\b");
    private static final Pattern TYPE_HEADING = Pattern.compile("^(CÔNG ĐIỆN|CHỈ THỊ|THÔNG BÁO|KẾ HOẠCH|QUYẾT ĐỊNH|NGHỊ QUYẾT|BÁO CÁO|HƯỚNG DẪN|KẾT LUẬN|CÔNG VĂN)$");
    private static final Pattern MOTTO = Pattern.compile("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập ?- ?Tự do ?- ?Hạnh phúc|ĐỘC LẬP ?- ?TỰ DO ?- ?HẠNH PHÚC");
    private static final int MAX_MARK = 30;
    /** A subject is a title; a longer "Về …" line is a paragraph of the body. */
    private static final int MAX_SUBJECT = 250;
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\. ");
    private static final int MAX_HEADER_LINE = 120;
    private static final Pattern EDGE_DASHES = Pattern.compile("^[-–* ]+|[-–* ]+$");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L} ]");
    private static final Pattern KINH_GUI = Pattern.compile("^Kính gửi\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static boolean isKinhGui(String line) {
        return KINH_GUI.matcher(line).lookingAt();
    }

    static Heading read(DocumentLines lines) {
        int limit = Math.min(lines.size(), MAX_LINES);
        int kinhGui = lines.find(0, limit, Heading::isKinhGui);
        int headLimit = kinhGui >= 0 ? kinhGui : limit;
        int last = -1;

        DocumentNumber number = null;
        int numberLine = lines.find(0, headLimit, l -> DocumentNumber.OWN.matcher(l).lookingAt());
        if (numberLine >= 0) {
            Matcher m = DocumentNumber.OWN.matcher(lines.get(numberLine));
            m.lookingAt();
            number = DocumentNumber.of(m);
            last = numberLine;
        }

        String place = null;
        LocalDate issuedOn = null;
        Integer year = null;
        int dateLine = -1;
        for (int i = 0; i < headLimit && dateLine < 0; i++) {
            Matcher m = placeAndDate(lines.get(i));
            if (m != null) {
                dateLine = i;
                place = m.group(1).strip();
                year = Integer.valueOf(m.group(4));
                issuedOn = m.group(2) == null || m.group(3) == null ? null : DocumentDates.date(m.group(4), m.group(3), m.group(2));
                last = Math.max(last, dateLine);
            }
        }

        int subjectLine = lines.find(0, headLimit, l -> SUBJECT.matcher(l).lookingAt());
        String subject = null;
        int typeLine = lines.find(0, headLimit, l -> TYPE_HEADING.matcher(l).matches());
        DirectiveType typeHeading = typeLine < 0 ? null : typeNamed(lines.get(typeLine));
        if (subjectLine >= 0) {
            subject = joinBlock(lines, subjectLine, headLimit, numberLine, dateLine);
        } else {
            if (typeLine >= 0 && typeLine + 1 < headLimit && !lines.blank(typeLine + 1)) {
                subjectLine = typeLine + 1;
                subject = joinBlock(lines, subjectLine, headLimit, numberLine, dateLine);
            }
        }
        if (subject == null && (kinhGui >= 0 || numberLine >= 0 || dateLine >= 0 || typeLine >= 0)) {
            // a Party letter or a pasted text: "Về …" as the first line of running text above the body; "Về" is
            // an everyday word, so only where something else says this is a document
            int first = firstTextLine(lines, headLimit, numberLine, dateLine);
            if (first >= 0 && isAbout(lines.get(first))) {
                subjectLine = first;
                subject = joinBlock(lines, first, headLimit, numberLine, dateLine);
            }
        }
        if (subjectLine >= 0) {
            last = Math.max(last, subjectLine);
        }
        int firstFixed = min(numberLine, dateLine, subjectLine);
        String issuer = headerIssuer(lines, firstFixed < 0 ? 0 : firstFixed);
        Urgency urgency = Urgency.THUONG;
        Secrecy secrecy = Secrecy.THUONG;
        for (int i = 0; i < headLimit; i++) {
            String mark = lines.get(i).length() > MAX_MARK ? "" : markOf(lines.get(i)).toUpperCase(Locale.ROOT);
            switch (mark) {
                case "HỎA TỐC" -> urgency = Urgency.HOA_TOC;
                case "THƯỢNG KHẨN" -> urgency = Urgency.THUONG_KHAN;
                case "KHẨN" -> urgency = Urgency.KHAN;
                case "TUYỆT MẬT" -> secrecy = Secrecy.TUYET_MAT;
                case "TỐI MẬT" -> secrecy = Secrecy.TOI_MAT;
                case "MẬT" -> secrecy = Secrecy.MAT;
                default -> {
                }
            }
        }
        int end = kinhGui >= 0 ? kinhGui : last + 1;
        if (number == null && place == null && subject == null && issuer == null) {
            end = 0;
        }
        return new Heading(number, place, issuedOn, year, issuer, subject, typeHeading, urgency, secrecy, end);
    }

    private static DirectiveType typeNamed(String heading) {
        return switch (heading) {
            case "CÔNG ĐIỆN" -> DirectiveType.CONG_DIEN;
            case "CHỈ THỊ" -> DirectiveType.CHI_THI;
            case "THÔNG BÁO" -> DirectiveType.THONG_BAO;
            case "KẾ HOẠCH" -> DirectiveType.KE_HOACH;
            case "QUYẾT ĐỊNH" -> DirectiveType.QUYET_DINH;
            case "NGHỊ QUYẾT" -> DirectiveType.NGHI_QUYET;
            case "BÁO CÁO" -> DirectiveType.BAO_CAO;
            case "HƯỚNG DẪN" -> DirectiveType.HUONG_DAN;
            case "CÔNG VĂN" -> DirectiveType.CONG_VAN;
            default -> DirectiveType.OTHER;
        };
    }

    /** The place and date of the line, or null: day in group 2, month 3, year 4 (day and month may be blank). */
    private static Matcher placeAndDate(String line) {
        if (line.indexOf(", ngày") < 0) {
            return null;
        }
        for (Pattern p : PLACE_DATES) {
            Matcher m = p.matcher(line);
            if (p.pattern().startsWith("^") ? m.lookingAt() : m.find()) {
                return m;
            }
        }
        return null;
    }

    private static int min(int... indexes) {
        int min = -1;
        for (int i : indexes) {
            if (i >= 0 && (min < 0 || i < min)) {
                min = i;
            }
        }
        return min;
    }

    /**
     * The subject's lines up to a blank line, another heading line or what can only be the body (a list item,
     * a line that opens one with ":"; pasted text often has no blank line there), joined with single spaces.
     */
    private static String joinBlock(DocumentLines lines, int first, int limit, int numberLine, int dateLine) {
        StringBuilder out = new StringBuilder(lines.get(first));
        for (int i = first + 1; i < limit && !lines.blank(i) && i != numberLine && i != dateLine
                && !isKinhGui(lines.get(i)) && !bodyLine(lines.get(i)); i++) {
            out.append(' ').append(lines.get(i));
        }
        return out.toString();
    }

    private static boolean bodyLine(String line) {
        return line.endsWith(":") || ListItems.isItem(line) || NUMBERED.matcher(line).lookingAt()
                || SignerBlock.starts(line) || Recipients.isHeader(line);
    }

    /** "Về tăng cường …": a subject, unless it is a sentence that opens a list ("Về công tác tiêm chủng, …:"). */
    private static boolean isAbout(String line) {
        return line.startsWith("Về ") && line.length() > 3 && Character.isLetter(line.charAt(3))
                && line.length() <= MAX_SUBJECT && !line.endsWith(":");
    }

    /** The first line of running text: not blank, not the number or date line, not capitals, the motto or a mark. */
    private static int firstTextLine(DocumentLines lines, int limit, int numberLine, int dateLine) {
        for (int i = 0; i < limit; i++) {
            String line = lines.get(i);
            if (line.isEmpty() || i == numberLine || i == dateLine || line.equals(line.toUpperCase(Locale.ROOT))
                    || isMark(line.toUpperCase(Locale.ROOT)) || MOTTO.matcher(line).find()) {
                continue;
            }
            return i;
        }
        return -1;
    }

    /** The first block of capitals above the fixed lines, motto removed, in running-text case. */
    private static String headerIssuer(DocumentLines lines, int before) {
        List<String> block = new ArrayList<>();
        for (int i = 0; i < before; i++) {
            String raw = lines.get(i);
            String line = raw.length() > MAX_HEADER_LINE ? raw : EDGE_DASHES.matcher(MOTTO.matcher(raw).replaceAll("")).replaceAll("").strip();
            boolean capitals = !line.isEmpty() && line.length() <= MAX_HEADER_LINE && line.chars().anyMatch(Character::isLetter)
                    && line.equals(line.toUpperCase(Locale.ROOT)) && !TYPE_HEADING.matcher(line).matches()
                    && !isMark(line);
            if (capitals) {
                block.add(line);
            } else if (!block.isEmpty() && !line.isEmpty()) {
                break;
            }
        }
        return block.isEmpty() ? null : IssuerName.fromHeader(block);
    }

    /** "**HỎA TỐC**", "(Khẩn)" → the mark's words. */
    private static String markOf(String line) {
        return NOT_LETTER.matcher(line).replaceAll("").strip();
    }

    private static boolean isMark(String line) {
        String m = line.length() > MAX_MARK ? "" : markOf(line);
        return m.equals("HỎA TỐC") || m.equals("THƯỢNG KHẨN") || m.equals("KHẨN") || m.equals("MẬT")
                || m.equals("TỐI MẬT") || m.equals("TUYỆT MẬT");
    }
}
