package vn.directive.directive.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Nơi nhận": the recipients a copy goes to for their information, marked "(b/c)" (báo cáo). */
final class Recipients {

    private static final Pattern REPORT = Pattern.compile("\\((?:để )?(?:[bB]/[cC]|báo cáo|Báo cáo)\\)");

    private Recipients() {
    }

    /** "Nơi nhận:", in any case. */
    static boolean isHeader(String line) {
        return line.regionMatches(true, 0, "Nơi nhận", 0, "Nơi nhận".length());
    }

    static List<String> reportTo(DocumentLines lines, int header) {
        List<String> out = new ArrayList<>();
        if (header < 0) {
            return out;
        }
        int[] end = new int[1];
        for (String item : ListItems.under(lines, header, end)) {
            Matcher m = REPORT.matcher(item);
            if (m.find()) {
                String name = ListItems.clean(m.replaceAll(""));
                if (!name.isEmpty()) {
                    out.add(name);
                }
            }
        }
        return out;
    }
}
