package vn.directive.directive.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuing body's name, from whichever place states it: the header block ("ỦY BAN NHÂN DÂN / TỈNH LAI
 * CHÂU", or a parent over an agency: "UBND TỈNH LAI CHÂU / SỞ Y TẾ" → "Sở Y tế tỉnh Lai Châu"), the
 * signer's "TM." line with the level the text uses for itself and the place line, or a news sentence.
 */
final class IssuerName {

    private static final Pattern LOCALITY = Pattern.compile(" (tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn) (\\p{Lu}.*)$");
    private static final String INSTRUCTS = "(?:có ý kiến|yêu cầu|đề nghị|giao|chỉ đạo|kết luận|thông báo)";
    /**
     * How a body refers to itself when it gives its instructions: "(Chủ tịch) UBND tỉnh có ý kiến như sau", matched
     * after the cues; cues found with indexOf keep the whole-text search cheap.
     */
    private static final Pattern SELF_LEVEL = Pattern.compile("(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn) " + INSTRUCTS);
    private static final String[] SELF_LEVEL_CUES = {"UBND ", "Ủy ban nhân dân "};
    /**
     * How a party committee's standing committee refers to itself: "Ban Thường vụ Tỉnh ủy kết luận như sau", or
     * keeps its own copy: "Lưu Văn phòng Tỉnh ủy". The symbol cannot tell: "/TU" is used by Thành ủy as well.
     */
    private static final Pattern SELF_COMMITTEE = Pattern.compile("(Tỉnh|Huyện|Thành|Quận|Thị) ủy " + INSTRUCTS);
    private static final String[] SELF_COMMITTEE_CUES = {"Ban Thường vụ ", "Ban thường vụ "};
    private static final Pattern OWN_ARCHIVE = Pattern.compile("(Tỉnh|Huyện|Thành|Quận|Thị) ủy");
    private static final String[] OWN_ARCHIVE_CUES = {"Lưu Văn phòng ", "Lưu: Văn phòng ", "Lưu tại Văn phòng "};
    private static final Pattern SIGNING_FOR = Pattern.compile("^(?:TM\\.|T/M|T\\.M\\.?)\\s*");
    private static final Pattern STATE_LEVEL = Pattern.compile("^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)(?: (\\p{Lu}.*))?$");
    private static final Pattern CITY_PLACE = Pattern.compile("^(?:Thành phố|TP\\.?) ?(\\p{Lu}.*)$");
    private static final Pattern COMMITTEE = Pattern.compile("^(TỈNH|HUYỆN|THÀNH|QUẬN|THỊ) ỦY(?: (\\p{Lu}.*))?$");

    private IssuerName() {
    }

    static String fromHeader(List<String> capitals) {
        for (int parentEnd = 1; parentEnd < capitals.size(); parentEnd++) {
            String parent = OfficialName.fromCapitals(expand(String.join(" ", capitals.subList(0, parentEnd))));
            Matcher locality = LOCALITY.matcher(parent);
            if (locality.find() || parent.matches("^(Tỉnh|Huyện|Thành|Quận|Thị|Đảng) ủy .*")) {
                String agency = OfficialName.fromCapitals(String.join(" ", capitals.subList(parentEnd, capitals.size())));
                return locality.find(0) ? agency + " " + locality.group(1) + " " + locality.group(2) : agency;
            }
        }
        return OfficialName.fromCapitals(expand(String.join(" ", capitals)));
    }

    /**
     * The body a header-less text signs for, named only from what the text says: the authority line
     * ("TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ", "T/M HUYỆN ỦY"), the level the text uses for itself when the
     * line does not say it ("UBND tỉnh yêu cầu", "Ban Thường vụ Tỉnh ủy kết luận", "Lưu Văn phòng Tỉnh ủy"), and
     * the place of the date line (or of the authority line, when it names one). Null when any of these is missing,
     * when the text names itself at two levels (a district quoting its province), or for any other authority.
     */
    static String fromAuthority(String authority, String body, String place) {
        if (authority == null) {
            return null;
        }
        String caps = expand(SIGNING_FOR.matcher(authority).replaceFirst("").strip()).toUpperCase(Locale.ROOT);
        String name;
        boolean state = caps.startsWith("ỦY BAN NHÂN DÂN") || caps.startsWith("HỘI ĐỒNG NHÂN DÂN");
        if (state) {
            name = caps.startsWith("ỦY") ? "Ủy ban nhân dân" : "Hội đồng nhân dân";
        } else if (caps.startsWith("BAN THƯỜNG VỤ")) {
            name = "Ban Thường vụ";
        } else if (COMMITTEE.matcher(caps).matches()) {
            name = "";
        } else {
            return null;
        }
        String rest = caps.substring(name.length()).strip();
        String level;
        if (!rest.isEmpty()) {
            Matcher named = (state ? STATE_LEVEL : COMMITTEE).matcher(rest);
            if (!named.matches()) {
                return null;
            }
            level = state ? named.group(1).toLowerCase(Locale.ROOT) : OfficialName.titleCase(named.group(1)) + " ủy";
            if (named.group(2) != null) {
                place = OfficialName.titleCase(named.group(2));
            }
        } else if (place == null) {
            return null;
        } else if (state) {
            level = agreed(onlyLevel(body, SELF_LEVEL, SELF_LEVEL_CUES), null);
        } else {
            level = agreed(onlyLevel(body, SELF_COMMITTEE, SELF_COMMITTEE_CUES), onlyLevel(body, OWN_ARCHIVE, OWN_ARCHIVE_CUES));
            level = level == null ? null : level + " ủy";
        }
        if (level == null || place == null || place.isBlank()) {
            return null;
        }
        Matcher city = CITY_PLACE.matcher(place);
        if (state && city.matches()) {
            // "Thành phố Hồ Chí Minh, ngày …": the place line says the level itself, and it must be the same
            if (!level.equals("thành phố")) {
                return null;
            }
            place = city.group(1);
        }
        return (name.isEmpty() ? "" : name + " ") + level + " " + place;
    }

    /** Marks a text that names itself at two levels: no level can be told then. */
    private static final String AMBIGUOUS = "";

    /** The one level group 1 of the pattern gives right after any cue in the text; null if none, AMBIGUOUS if several. */
    private static String onlyLevel(String text, Pattern after, String[] cues) {
        String found = null;
        Matcher m = after.matcher(text);
        for (String cue : cues) {
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length())) {
                m.region(at + cue.length(), text.length());
                if (m.lookingAt()) {
                    if (found != null && !found.equals(m.group(1))) {
                        return AMBIGUOUS;
                    }
                    found = m.group(1);
                }
            }
        }
        return found;
    }

    /** The level both kinds of evidence agree on (one may be missing); null when none or they differ. */
    private static String agreed(String a, String b) {
        if (AMBIGUOUS.equals(a) || AMBIGUOUS.equals(b)) {
            return null;
        }
        return a == null ? b : b == null || a.equals(b) ? a : null;
    }

    /** The place as the place line spells it: a header's "HUYỆN MUỜNG TÈ" is Mường Tè when the date line says so. */
    static String withPlaceSpelling(String issuer, String place) {
        if (issuer == null || place == null || issuer.length() <= place.length()) {
            return issuer;
        }
        int start = issuer.length() - place.length();
        boolean samePlace = issuer.charAt(start - 1) == ' '
                && TextNormalizer.fold(issuer.substring(start)).equals(TextNormalizer.fold(place));
        return samePlace ? issuer.substring(0, start) + place : issuer;
    }

    /** "UBND tỉnh Lai Châu" → "Ủy ban nhân dân tỉnh Lai Châu". */
    static String expand(String name) {
        boolean capitals = name.equals(name.toUpperCase(Locale.ROOT));
        return name.replaceFirst("^UBND(?= |$)", capitals ? "ỦY BAN NHÂN DÂN" : "Ủy ban nhân dân")
                .replaceFirst("^HĐND(?= |$)", capitals ? "HỘI ĐỒNG NHÂN DÂN" : "Hội đồng nhân dân");
    }
}
