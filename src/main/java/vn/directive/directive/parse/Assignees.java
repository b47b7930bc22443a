package vn.directive.directive.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a numbered task is addressed to: the names before its first verb ("Công an huyện triển khai …"), or
 * a heading of names alone ("2. Sở Y tế", "4. Phòng Văn hóa - Thông tin, Trung tâm … huyện:"), split into
 * one name per body.
 */
final class Assignees {

    /** How the name of an addressed body or office-holder starts. */
    static final String STARTER = "(?:Các |các )?(?:UBND|UBMTTQ|HĐND|BCĐ|BCH|TT\\.?|Ủy ban|Hội đồng|Sở|Phòng|Trung tâm|Công an"
            + "|Ban|Bộ|Văn phòng|Đài|Báo|Chủ tịch|Phó Chủ tịch|Giám đốc|Thủ trưởng|Trưởng|Đồng chí|Đ/c|Tỉnh ủy|Huyện ủy"
            + "|Thành ủy|Đảng ủy|Đảng đoàn|Tỉnh đoàn|Huyện đoàn|Đoàn|Hội|Liên đoàn|Mặt trận|Kho bạc|Chi cục|Cục|Thanh tra"
            + "|Bệnh viện|Viện|Trường|Cơ quan|cơ quan|Lãnh đạo|Bí thư|Cấp ủy|Đơn vị|đơn vị|Ngân hàng|Thường trực"
            + "|Chi nhánh|Bưu điện|Điện lực|sở|ban|ngành|địa phương)(?![\\p{L}])";
    private static final Pattern STARTS = Pattern.compile("^(?:" + STARTER + "|Các (?=\\p{L}))");
    /** A new name inside a list: ", UBND các xã", " và Trung tâm Y tế huyện", "; Chủ tịch …". */
    private static final Pattern SEPARATOR = Pattern.compile("; ?|(?:, | và | với )(?=(?:UBND|UBMTTQ|HĐND|BCĐ|Ủy ban|Hội đồng|Sở|Phòng"
            + "|Trung tâm|Công an|Ban|Bộ|Văn phòng|Đài|Báo|Chủ tịch|Giám đốc|Thủ trưởng|Trưởng|Tỉnh ủy|Huyện ủy|Đảng ủy|Tỉnh đoàn"
            + "|Huyện đoàn|Hội|Liên đoàn|Mặt trận|Kho bạc|Chi cục|Cục|Thanh tra|Bệnh viện|Các |các (?:sở|cơ quan|đơn vị|phòng|xã|huyện)"
            + "|Ngân hàng|Điện lực|Bưu điện|Chi nhánh|Thường trực)(?![\\p{L}]))");
    /** The verbs that start what the addressees are to do. */
    private static final Pattern VERB = Pattern.compile(" (?=(?:tiếp tục|thực hiện|chủ trì|chủ động|triển khai|tăng cường|khẩn trương"
            + "|tổ chức|có trách nhiệm|phối hợp|rà soát|chỉ đạo|tham mưu|nghiêm túc|theo dõi|báo cáo|xây dựng|hướng dẫn|đẩy mạnh"
            + "|kiểm tra|quán triệt|căn cứ|nắm chắc|bố trí|đảm bảo|bảo đảm|sẵn sàng|cập nhật|giám sát|thường xuyên|tập trung"
            + "|lãnh đạo|quản lý|cung cấp|tuyên truyền|đôn đốc|phân công|ban hành|trình|tiếp nhận|xử lý|cử|giao|được giao"
            + "|cần|phải|nghiên cứu|đề xuất|hoàn thành|khẩn|duy trì|vận động|huy động|làm tốt|ưu tiên|thống nhất)(?![\\p{L}]))");

    private Assignees() {
    }

    /** The heading's addressees and whether the heading is nothing but them. */
    record Heading(List<String> names, boolean namesOnly) {
    }

    static Heading of(String heading) {
        if (!STARTS.matcher(heading).lookingAt()) {
            return new Heading(List.of(), false);
        }
        Matcher verb = VERB.matcher(heading);
        boolean namesOnly = !verb.find();
        String names = namesOnly ? heading : heading.substring(0, verb.start());
        if (namesOnly && heading.length() > 300) {
            return new Heading(List.of(), false);
        }
        return new Heading(split(names), namesOnly);
    }

    static List<String> split(String names) {
        List<String> out = new ArrayList<>();
        for (String part : SEPARATOR.split(ListItems.withoutTrailingPunctuation(names))) {
            String name = ListItems.withoutTrailingPunctuation(part);
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    /** "giao Sở Y tế chủ trì" in the opening: who the tasks below go to when they name no one. */
    private static final Pattern DELEGATED = Pattern.compile("(?<![\\p{L}])(?:giao|yêu cầu|đề nghị) ((?:(?! chủ trì| thực hiện| triển khai"
            + "| tập trung| khẩn trương| có trách nhiệm)[^.;:\\n]){1,160}?) (?:chủ trì|thực hiện|triển khai|tập trung|khẩn trương|có trách nhiệm)");

    static List<String> delegatedIn(String opening) {
        Matcher m = DELEGATED.matcher(opening);
        while (m.find()) {
            if (STARTS.matcher(m.group(1)).lookingAt()) {
                return split(m.group(1));
            }
        }
        return List.of();
    }
}
