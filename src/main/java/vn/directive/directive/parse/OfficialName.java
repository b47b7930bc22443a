package vn.directive.directive.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an organisation's name set in capitals (a header block, a TM. line) the way running text
 * writes it: "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU" → "Ủy ban nhân dân tỉnh Lai Châu", "SỞ GIÁO DỤC VÀ ĐÀO TẠO" →
 * "Sở Giáo dục và Đào tạo", "TỈNH ỦY LAI CHÂU" → "Tỉnh ủy Lai Châu".
 */
final class OfficialName {

    /** Bodies whose name is followed directly by the place: "Tỉnh ủy Lai Châu", "Ủy ban nhân dân tỉnh …". */
    private static final List<String> BODIES = List.of("Ủy ban nhân dân", "Hội đồng nhân dân", "Tỉnh ủy", "Huyện ủy",
            "Thành ủy", "Quận ủy", "Thị ủy", "Đảng ủy", "Ban Thường vụ", "Ban Chấp hành");
    /** Kinds of agency: the first word of the specific name after them is capitalised ("Sở Y tế"). */
    private static final List<String> AGENCY_KINDS = List.of("Văn phòng", "Chi cục", "Trung tâm", "Bộ Chỉ huy",
            "Ban Chỉ huy", "Ban Chỉ đạo", "Kho bạc", "Bệnh viện", "Liên đoàn", "Thanh tra", "Công an", "Sở", "Bộ",
            "Ban", "Phòng", "Cục", "Đài", "Báo", "Hội", "Đoàn");
    private static final Pattern LEVEL = Pattern.compile("(?<![\\p{L}])(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN) (?!ỦY)(\\p{Lu}.*)$");

    private OfficialName() {
    }

    /** The name in running-text case; a name not in capitals is returned as it is. */
    static String fromCapitals(String caps) {
        String s = caps.strip();
        if (!s.equals(s.toUpperCase(Locale.ROOT))) {
            return s;
        }
        Matcher level = LEVEL.matcher(s);
        String place = null;
        String levelWord = null;
        if (level.find()) {
            levelWord = level.group(1).toLowerCase(Locale.ROOT);
            place = titleCase(level.group(2));
            s = s.substring(0, level.start()).strip();
        }
        String body = bodyCase(s);
        if (place == null) {
            return body;
        }
        return body.isEmpty() ? capitalize(levelWord) + " " + place : body + " " + levelWord + " " + place;
    }

    private static String bodyCase(String caps) {
        if (caps.isEmpty()) {
            return caps;
        }
        String folded = caps.toLowerCase(Locale.ROOT);
        for (String body : BODIES) {
            if (folded.startsWith(body.toLowerCase(Locale.ROOT))) {
                String rest = caps.substring(body.length()).strip();
                return rest.isEmpty() ? body : body + " " + titleCase(rest);
            }
        }
        for (String kind : AGENCY_KINDS) {
            String k = kind.toLowerCase(Locale.ROOT);
            if (folded.equals(k) || folded.startsWith(k + " ")) {
                return kind + specificName(caps.substring(kind.length()));
            }
        }
        return capitalize(folded);
    }

    /** " GIÁO DỤC VÀ ĐÀO TẠO" → " Giáo dục và Đào tạo": each part after "và", a comma or a dash starts in capitals. */
    private static String specificName(String caps) {
        StringBuilder out = new StringBuilder();
        boolean capitalNext = true;
        for (String word : caps.strip().split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            boolean acronym = word.chars().anyMatch(Character::isDigit);
            boolean capital = capitalNext && !lower.equals("và");
            out.append(' ').append(acronym ? word : capital ? capitalize(lower) : lower);
            capitalNext = lower.equals("và") || lower.equals("-") || lower.endsWith(",");
        }
        return out.toString();
    }

    static String titleCase(String caps) {
        StringBuilder out = new StringBuilder();
        for (String word : caps.strip().split(" ")) {
            if (!word.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(capitalize(word.toLowerCase(Locale.ROOT)));
            }
        }
        return out.toString();
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
