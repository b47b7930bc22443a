package vn.directive.directive.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body split into its numbered tasks ("1.", "2)", sub-items "4.1."): each task's ordinal, heading line
 * and the lines below it up to the next task. The last task ends where the closing starts (a paragraph
 * ending in "./." or "Nhận được công văn …", "Căn cứ nội dung …"). Roman-numbered parts only separate tasks.
 */
final class NumberedTasks {

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,2})(?:\\.|\\)|(?<=\\d\\.\\d{1,2}) )\\s?(.*)$");
    private static final Pattern ROMAN = Pattern.compile("^[IVX]{1,4}[.)] ");
    private static final Pattern CLOSING = Pattern.compile("^(?:Nhận được (?:công văn|văn bản|Công văn|Thông báo|Chỉ thị|Công điện)"
            + "|Căn cứ nội dung|Trong quá trình (?:thực hiện|triển khai|tổ chức)|Yêu cầu (?:Thủ trưởng|các|Giám đốc|Chủ tịch)"
            + "|Đề nghị (?:Thủ trưởng|các)|Ủy ban nhân dân (?:tỉnh|huyện) yêu cầu|UBND (?:tỉnh|huyện) yêu cầu)");

    record Task(String ordinal, String heading, List<String> lines) {
    }

    private final List<Task> tasks;
    private final int firstLine;
    private final int closingLine;

    private NumberedTasks(List<Task> tasks, int firstLine, int closingLine) {
        this.tasks = tasks;
        this.firstLine = firstLine;
        this.closingLine = closingLine;
    }

    List<Task> tasks() {
        return tasks;
    }

    /** The first task's line; the end of the body when there is none. */
    int firstLine() {
        return firstLine;
    }

    /** The first line of the closing; the end of the body when there is none. */
    int closingLine() {
        return closingLine;
    }

    /** A closing phrase, or the "./." that ends a document's text. */
    private static boolean closes(String line) {
        return CLOSING.matcher(line).lookingAt() || line.endsWith("./.") || line.endsWith("./");
    }

    static NumberedTasks read(DocumentLines lines, int from, int to) {
        List<Task> tasks = new ArrayList<>();
        int first = to;
        int closing = to;
        String ordinal = null;
        String heading = null;
        List<String> body = null;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            Matcher numbered = NUMBERED.matcher(line);
            if (numbered.matches() && !numbered.group(2).isEmpty()) {
                if (ordinal != null) {
                    tasks.add(new Task(ordinal, heading, body));
                }
                first = Math.min(first, i);
                ordinal = numbered.group(1);
                heading = numbered.group(2).strip();
                body = new ArrayList<>();
            } else if (ROMAN.matcher(line).lookingAt()) {
                if (ordinal != null) {
                    tasks.add(new Task(ordinal, heading, body));
                    ordinal = null;
                }
            } else if (ordinal != null) {
                if (!ListItems.isItem(line) && closes(line)) {
                    closing = i;
                    break;
                }
                body.add(line);
            } else if (first == to && line.endsWith("/.")) {
                closing = i;
                break;
            }
        }
        if (ordinal != null) {
            tasks.add(new Task(ordinal, heading, body));
        }
        if (closing == to) {
            closing = closingAfter(lines, first == to ? from : first, to);
        }
        return new NumberedTasks(tasks, first, closing);
    }

    /** Where the text ends when no task or closing phrase marked it: the line after the one ending in "./.". */
    private static int closingAfter(DocumentLines lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lines.get(i).endsWith("./.") || lines.get(i).endsWith("/.")) {
                return i + 1;
            }
        }
        return to;
    }
}
