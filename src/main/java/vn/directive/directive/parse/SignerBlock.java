package vn.directive.directive.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.directive.directive.DirectiveDraft.Signer;

/**
 * The signature block: "TM. ỦY BAN NHÂN DÂN" / "T/M BAN THƯỜNG VỤ" (on behalf of a collective), "KT.",
 * "TL.", "TUQ." or "Q." before the title signed for, the signer's own position and name. Layout is lost in
 * extracted text, so the block is looked for below the body and the "Nơi nhận" list is skipped.
 */
final class SignerBlock {

    private static final Pattern AUTHORITY = Pattern.compile("^(?:TM\\.|T/M|T\\.M\\.?)\\s?\\p{Lu}");
    private static final Pattern CAPACITY = Pattern.compile("^(?:KT\\.|K/T|TL\\.|T/L|TUQ\\.|Q\\.)\\s?\\p{Lu}");
    /** A capacity that extraction put on the authority's line, or a position on the capacity's line. */
    private static final Pattern CAPACITY_INSIDE = Pattern.compile(" (?=(?:KT\\.|K/T|TL\\.|T/L|TUQ\\.|Q\\.) ?\\p{Lu})");
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){1,5}$");
    private static final Pattern SIGNED = Pattern.compile("^[(\\[]?(?:đã ký|Đã ký|ĐÃ KÝ|ký|Ký)[^)\\]]{0,40}[)\\]]?$");

    private SignerBlock() {
    }

    /** Whether the line opens a signature block ("TM. …", "KT. …", …). */
    static boolean starts(String line) {
        return AUTHORITY.matcher(line).lookingAt() || CAPACITY.matcher(line).lookingAt();
    }

    static Signer read(DocumentLines lines, int from) {
        List<String> block = new ArrayList<>();
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || ListItems.isItem(line) || SIGNED.matcher(line).matches()
                    || Recipients.isHeader(line)) {
                continue;
            }
            for (String part : CAPACITY_INSIDE.split(line)) {
                block.add(part.strip());
            }
        }
        String authority = null;
        String capacity = null;
        String position = null;
        String name = null;
        for (String line : block) {
            if (AUTHORITY.matcher(line).lookingAt()) {
                authority = line;
                capacity = null;
                position = null;
                name = null;
            } else if (CAPACITY.matcher(line).lookingAt()) {
                capacity = line;
                position = null;
                name = null;
            } else if (capitals(line) && name == null) {
                if (position == null) {
                    position = line;
                }
            } else if (NAME.matcher(line).matches() && (position != null || capacity != null || authority != null)) {
                name = line;
            }
        }
        if (authority == null && capacity == null && position == null) {
            return null;
        }
        return new Signer(authority, capacity, position, name);
    }

    private static boolean capitals(String line) {
        return line.length() <= 80 && line.chars().anyMatch(Character::isLetter)
                && line.equals(line.toUpperCase(Locale.ROOT)) && line.chars().noneMatch(Character::isDigit);
    }
}
