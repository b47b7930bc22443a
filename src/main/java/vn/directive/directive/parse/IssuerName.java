package vn.directive.directive.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuing body's name, from whichever place states it: the header block ("ỦY BAN NHÂN DÂN / TỈNH LAI
 * CHÂU", or a parent over an agency: "UBND TỈNH LAI CHÂU / SỞ Y TẾ" → "Sở Y tế tỉnh Lai Châu"), the
 * signer's "TM." line with the level the text uses for itself and the place line, or a news sentence.
 */
final class IssuerName {

    private static final Pattern LOCALITY = Pattern.compile(" (tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn) (\\p{Lu}.*)$");
    /** How a body refers to itself when it gives its instructions: "UBND tỉnh có ý kiến như sau". */
    private static final Pattern SELF_LEVEL = Pattern.compile("(?:UBND|Ủy ban nhân dân|Chủ tịch UBND|Chủ tịch Ủy ban nhân dân) "
            + "(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn) (?:có ý kiến|yêu cầu|đề nghị|giao|chỉ đạo)");

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

    /** "TM. ỦY BAN NHÂN DÂN" + the level of "UBND tỉnh có ý kiến" + "Điện Biên"; null when the text does not say the level. */
    static String fromAuthority(String authority, String body, String place) {
        if (authority == null || place == null) {
            return null;
        }
        String name = OfficialName.fromCapitals(expand(authority.replaceFirst("^(TM\\.|T/M|T\\.M\\.)\\s*", "")));
        if (!name.equals("Ủy ban nhân dân") && !name.equals("Hội đồng nhân dân")) {
            return null;
        }
        Matcher level = SELF_LEVEL.matcher(body);
        return level.find() ? name + " " + level.group(1) + " " + place : null;
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
        boolean capitals = name.equals(name.toUpperCase(java.util.Locale.ROOT));
        return name.replaceFirst("^UBND(?= |$)", capitals ? "ỦY BAN NHÂN DÂN" : "Ủy ban nhân dân")
                .replaceFirst("^HĐND(?= |$)", capitals ? "HỘI ĐỒNG NHÂN DÂN" : "Hội đồng nhân dân");
    }
}
