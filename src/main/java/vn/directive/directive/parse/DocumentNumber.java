package vn.directive.directive.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.directive.directive.DirectiveDraft.DirectiveType;

/**
 * A document's number: state numbering {@code 64/CĐ-TTg}, {@code 15/2020/NĐ-CP} or Party numbering
 * {@code 374-TB/TU}. A draft leaves the numeral blank ({@code /UBND-VX}): numeral and number are then null
 * and the symbol is kept.
 */
public record DocumentNumber(String number, Integer numeral, String symbol) {

    private static final String SEGMENT = "\\p{Lu}[\\p{L}\\d]{0,11}";
    private static final String STATE_SYMBOL = "(?:\\d{4}/)?" + SEGMENT + "(?:-" + SEGMENT + "){0,4}";
    private static final String PARTY_SYMBOL = "\\p{Lu}{1,6}/" + SEGMENT + "(?:-" + SEGMENT + "){0,3}";

    /** A cited number in running text, tried where {@link #citedAt} finds digits that start a word. */
    static final Pattern CITED = Pattern.compile("(\\d{1,6})(?:/(" + STATE_SYMBOL + ")|-(" + PARTY_SYMBOL + "))(?![\\p{L}\\d])");

    /**
     * The next cited number at or after {@code from}, or false. Digits are looked for by hand: a pattern
     * that must check what precedes every position is the slowest step of reading a long text.
     */
    static boolean citedAt(Matcher m, String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && (i == 0 || startsNumber(text.charAt(i - 1)))) {
                m.region(i, Math.min(text.length(), i + MAX_CITED));
                if (m.lookingAt()) {
                    return true;
                }
                while (i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                    i++;
                }
            }
        }
        return false;
    }

    /** Longer than any number with its symbol. */
    private static final int MAX_CITED = 120;

    private static boolean startsNumber(char before) {
        return !Character.isLetterOrDigit(before) && before != '/' && before != '-';
    }

    /** The number line of the document itself: "Số: 219/UBND-KGVX", "Số 374-TB/TU", "Số: /UBND-VX". */
    static final Pattern OWN = Pattern.compile("^(?:Số|SỐ|số)\\s?:?\\s?(\\d{1,6})?\\s?(?:/(" + STATE_SYMBOL + ")|-(" + PARTY_SYMBOL + "))");

    /** Decree 30/2020 Appendix III and the Party's rules: type codes that are not in {@link DirectiveType}. */
    private static final Set<String> OTHER_TYPE_CODES = Set.of("QC", "QYĐ", "TC", "CTR", "PA", "ĐA", "DA", "BB", "TTR",
            "HĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "NĐ", "TT", "TTLT", "NQLT", "KL", "PL", "L");

    static DocumentNumber of(Matcher m) {
        Integer numeral = m.group(1) == null ? null : Integer.valueOf(m.group(1));
        boolean party = m.group(3) != null;
        String symbol = party ? m.group(3) : m.group(2);
        String number = numeral == null ? null : m.group(1) + (party ? "-" : "/") + symbol;
        return new DocumentNumber(number, numeral, symbol);
    }

    /** What the number of a cited document says about its type; a công văn's symbol has no type code. */
    public DirectiveType type() {
        return typeOf(symbol);
    }

    static DirectiveType typeOf(String symbol) {
        if (symbol == null) {
            return null;
        }
        String s = symbol.replaceFirst("^\\d{4}/", "");
        int end = s.length();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '-' || s.charAt(i) == '/') {
                end = i;
                break;
            }
        }
        String code = s.substring(0, end).toUpperCase(Locale.ROOT);
        return switch (code) {
            case "CĐ" -> DirectiveType.CONG_DIEN;
            case "CT" -> DirectiveType.CHI_THI;
            case "TB" -> DirectiveType.THONG_BAO;
            case "KH" -> DirectiveType.KE_HOACH;
            case "QĐ" -> DirectiveType.QUYET_DINH;
            case "NQ" -> DirectiveType.NGHI_QUYET;
            case "BC" -> DirectiveType.BAO_CAO;
            case "HD" -> DirectiveType.HUONG_DAN;
            case "CV" -> DirectiveType.CONG_VAN;
            default -> OTHER_TYPE_CODES.contains(code) ? DirectiveType.OTHER : DirectiveType.CONG_VAN;
        };
    }
}
