package vn.directive.directive.parse;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Makes untidy text (extracted from PDFs, pasted from mail, decomposed, Windows line ends, markdown)
 * into one canonical form that every later step can match with simple patterns: NFC, LF, plain spaces,
 * no emphasis markers, one tone-mark placement ("ủy", "hòa", as the contract writes them), {@code CĐ}
 * for {@code CD} in document symbols and no spaces inside document numbers.
 */
public final class TextNormalizer {

    /** Longer lines are split: no real line is this long, and it bounds the work of every pattern. */
    static final int MAX_LINE = 10_000;

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern EMPHASIS = Pattern.compile("\\*+|(?<![\\p{L}\\d])_+|_+(?![\\p{L}\\d])");
    private static final Pattern BULLET = Pattern.compile("^[*•·▪●◦‣∙]\\s+");
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s*");
    /** "219 /UBND-KGVX", "219/ UBND", "374 - TB/TU". */
    private static final Pattern SPACE_BEFORE_SLASH = Pattern.compile("(\\d) ?/ ?(?=\\p{Lu})");
    private static final Pattern SPACED_PARTY_NUMBER = Pattern.compile("(\\d) ?- ?(?=\\p{Lu}{1,6} ?/)");
    private static final Pattern PARTY_SLASH = Pattern.compile("(?<=\\d-\\p{Lu}{1,6}) ?/ ?(?=\\p{Lu})");
    /** Type codes written without the Đ in a symbol: 1168/CD-BYT, 12/QD-UBND, 15/2020/ND-CP. */
    private static final Pattern ASCII_TYPE_CODE = Pattern.compile("(?<=\\d/(?:\\d{4}/)?)(CD|QD|ND|HD|DA)(?=-)");
    private static final Pattern ASCII_BCD = Pattern.compile("\\bBCD\\b");

    /** Indexed by character: a map lookup for every letter was a tenth of the parse. */
    private static final String[] TONE_MOVES = toneMoves();

    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        String text = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        text = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').replace('\u2028', '\n');
        if (hasInvisible(text)) {
            text = INVISIBLE.matcher(text).replaceAll("");
        }
        text = moveToneMarks(text);
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            appendLine(out, text.substring(start, end));
            start = end + 1;
        }
        return out.toString();
    }

    private static boolean hasInvisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                return true;
            }
        }
        return false;
    }

    private static void appendLine(StringBuilder out, String raw) {
        for (int from = 0; from < raw.length() || from == 0; from += MAX_LINE) {
            String line = raw.substring(from, Math.min(raw.length(), from + MAX_LINE));
            out.append(normalizeLine(line)).append('\n');
            if (raw.isEmpty()) {
                return;
            }
        }
    }

    /** Each pattern runs only on lines holding the character it is about: this is most of the parser's time. */
    private static String normalizeLine(String line) {
        String s = collapseSpaces(line);
        if (s.isEmpty()) {
            return s;
        }
        if (s.charAt(0) == '#') {
            s = HEADING_MARK.matcher(s).replaceFirst("");
        }
        if (!s.isEmpty() && "*•·▪●◦‣∙".indexOf(s.charAt(0)) >= 0) {
            s = BULLET.matcher(s).replaceFirst("- ");
        }
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
            s = collapseSpaces(EMPHASIS.matcher(s).replaceAll(""));
        }
        if (s.indexOf('/') >= 0) {
            s = SPACE_BEFORE_SLASH.matcher(s).replaceAll("$1/");
            s = SPACED_PARTY_NUMBER.matcher(s).replaceAll("$1-");
            s = PARTY_SLASH.matcher(s).replaceAll("/");
            s = ASCII_TYPE_CODE.matcher(s).replaceAll(m -> m.group(1).charAt(0) + "Đ");
        }
        return s.contains("BCD") ? ASCII_BCD.matcher(s).replaceAll("BCĐ") : s;
    }

    /** Runs of any kind of space become one plain space; the line is stripped. */
    private static String collapseSpaces(String line) {
        if (isPlain(line)) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        boolean pendingSpace = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** No leading, trailing, double or special space: the common case, left as it is. */
    private static boolean isPlain(String line) {
        int n = line.length();
        if (n == 0) {
            return true;
        }
        if (isSpace(line.charAt(0)) || isSpace(line.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = line.charAt(i);
            if (isSpace(c) && (c != ' ' || line.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        if (c > ' ' && c < '\u00A0') {
            return false;
        }
        return c == ' ' || c == '\t' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F'
                || c == '\u3000';
    }

    /**
     * "uỷ" → "ủy", "hoà" → "hòa", "khoẻ" → "khỏe": in an open syllable ending in oa, oe or uy the mark
     * goes on the first vowel. Not after q ("quý" keeps its mark) and not before a final letter ("hoàn").
     */
    static String moveToneMarks(String text) {
        StringBuilder out = null;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            String moved = c < TONE_MOVES.length ? TONE_MOVES[c] : null;
            if (moved == null) {
                continue;
            }
            char first = text.charAt(i - 1);
            char expected = moved.charAt(1);
            if (Character.toLowerCase(first) != Character.toLowerCase(baseOfMoved(moved))
                    || (i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)))
                    || (i >= 2 && Character.toLowerCase(text.charAt(i - 2)) == 'q')) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            char toned = moved.charAt(0);
            out.setCharAt(i - 1, Character.isUpperCase(first) ? Character.toUpperCase(toned) : toned);
            out.setCharAt(i, Character.isUpperCase(text.charAt(i)) ? Character.toUpperCase(expected) : expected);
        }
        return out == null ? text : out.toString();
    }

    private static char baseOfMoved(String moved) {
        return Normalizer.normalize(String.valueOf(moved.charAt(0)), Normalizer.Form.NFD).charAt(0);
    }

    /** For each toned second vowel (à, á, ả, ã, ạ, è, …, ỳ, …): the toned first vowel and the bare second. */
    private static String[] toneMoves() {
        String[][] pairs = {{"o", "a"}, {"o", "e"}, {"u", "y"}};
        String[] tones = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        String[] moves = new String['\u1F00'];
        for (String[] pair : pairs) {
            for (String tone : tones) {
                for (boolean upper : new boolean[] {false, true}) {
                    String second = upper ? pair[1].toUpperCase() : pair[1];
                    char tonedSecond = Normalizer.normalize(second + tone, Normalizer.Form.NFC).charAt(0);
                    char tonedFirst = Normalizer.normalize(pair[0] + tone, Normalizer.Form.NFC).charAt(0);
                    moves[tonedSecond] = "" + tonedFirst + second;
                }
            }
        }
        return moves;
    }

    /** Lower case without any diacritics, đ as d: for comparing names that may be misspelt or differently marked. */
    public static String fold(String s) {
        String d = Normalizer.normalize(s.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' ? 'd' : c);
        }
        return out.toString();
    }
}
