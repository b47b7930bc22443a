package vn.directive.directive.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The normalised text as lines, blank lines kept (they separate blocks). A paragraph that a page break
 * cut in two ("… tỉnh" / blank / "và UBND tỉnh.") is joined again: the second part starts in lower case
 * and the first does not end a sentence.
 */
final class DocumentLines {

    private final List<String> lines;

    private DocumentLines(List<String> lines) {
        this.lines = lines;
    }

    static DocumentLines of(String normalized) {
        List<String> out = new ArrayList<>();
        for (String line : normalized.split("\n", -1)) {
            if (!line.isEmpty() && Character.isLowerCase(line.charAt(0))) {
                int previous = lastNonBlank(out);
                if (previous >= 0 && previous < out.size() - 1 && continues(out.get(previous))) {
                    while (out.size() > previous + 1) {
                        out.remove(out.size() - 1);
                    }
                    out.set(previous, out.get(previous) + " " + line);
                    continue;
                }
            }
            out.add(line);
        }
        return new DocumentLines(out);
    }

    private static int lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - 4; i--) {
            if (!lines.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean continues(String line) {
        char last = line.charAt(line.length() - 1);
        return Character.isLetterOrDigit(last) || last == ',';
    }

    int size() {
        return lines.size();
    }

    String get(int i) {
        return lines.get(i);
    }

    boolean blank(int i) {
        return lines.get(i).isEmpty();
    }

    /** The first line in [from, to) that passes the test; -1 if none. */
    int find(int from, int to, java.util.function.Predicate<String> test) {
        for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
            if (test.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    List<String> all() {
        return lines;
    }
}
