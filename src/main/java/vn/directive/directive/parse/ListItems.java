package vn.directive.directive.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The dashed lists under "Kính gửi:" and "Nơi nhận:". */
final class ListItems {

    private static final Pattern DASH = Pattern.compile("^[-+–—•]\\s?");

    /** Longer lines are the body's first paragraph, not a name. */
    private static final int MAX_UNDASHED_ITEM = 160;

    private ListItems() {
    }

    static boolean isItem(String line) {
        return DASH.matcher(line).lookingAt();
    }

    /** "- Sở Y tế;" → "Sở Y tế". */
    static String clean(String item) {
        return withoutTrailingPunctuation(DASH.matcher(item).replaceFirst(""));
    }

    /** "Sở Y tế; " → "Sở Y tế": by hand, as a "[;,.:\\s]+$" pattern is tried at every position of the text. */
    /** Names one per line without dashes ("Sở Y tế;" / "Sở Tài chính."): short lines up to the first blank after them. */
    private static int undashed(DocumentLines lines, int from, List<String> items, int last) {
        int i = from;
        while (i < lines.size() && lines.blank(i)) {
            i++;
        }
        for (; i < lines.size() && !lines.blank(i) && lines.get(i).length() <= MAX_UNDASHED_ITEM; i++) {
            String item = lines.get(i);
            items.add(clean(item));
            last = i;
            if (!item.endsWith(";") && !item.endsWith(",")) {
                break;
            }
        }
        return last;
    }

    static String withoutTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || ";,.:".indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return s.substring(0, end).strip();
    }

    /**
     * The items of the list that starts on line {@code header} ("Kính gửi: …" with its text inline, or
     * dashed lines below it, blank lines between them allowed). {@code end[0]} receives the first line after it.
     */
    static List<String> under(DocumentLines lines, int header, int[] end) {
        List<String> items = new ArrayList<>();
        String line = lines.get(header);
        int colon = line.indexOf(':');
        String inline = colon >= 0 ? line.substring(colon + 1).strip() : "";
        int i = header + 1;
        int last = header;
        while (i < lines.size() && (lines.blank(i) || isItem(lines.get(i)))) {
            if (!lines.blank(i)) {
                items.add(clean(lines.get(i)));
                last = i;
            }
            i++;
        }
        if (items.isEmpty() && !inline.isEmpty()) {
            for (String part : inline.split(";")) {
                String c = clean(part);
                if (!c.isEmpty()) {
                    items.add(c);
                }
            }
        } else if (!inline.isEmpty()) {
            items.add(0, clean(inline));
        } else if (items.isEmpty()) {
            last = undashed(lines, header + 1, items, last);
        }
        items.removeIf(String::isEmpty);
        end[0] = last + 1;
        return items;
    }
}
