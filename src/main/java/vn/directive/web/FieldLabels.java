package vn.directive.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Vietnamese names of the fields and parameters error messages speak of: for form fields the label the
 * form shows (forms/*.form), for the API's own fields and parameters a name a clerk would use. A message names a
 * field as {@code Hạn báo cáo (assignments[1].reportDeadline)}: the label for the person, the variable in
 * parentheses for REST callers. Rows of a list are counted from 1 for people ({@code Dòng 2}), while the
 * variable keeps its JSON index ({@code assignments[1]}).
 */
public final class FieldLabels {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    /** Variable or parameter name (list rows as {@code list[].field}) → its label. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            // form_acknowledge
            Map.entry("accepted", "Tiếp nhận văn bản này"),
            Map.entry("refusalReason", "Lý do từ chối"),
            // recall (thu hồi): the REST body and the document_recall start form
            Map.entry("recallReason", "Lý do thu hồi"),
            Map.entry("documentNumber", "Số, ký hiệu văn bản"),
            // amendment of a unit's implementing document
            Map.entry("number", "Số, ký hiệu văn bản"),
            Map.entry("subject", "Trích yếu"),
            // form_assign, and the contract's assignments list built from it
            Map.entry("assignments", "Danh sách phân công"),
            Map.entry("assignments[]", "Dòng phân công"),
            Map.entry("assignments[].unitCode", "Đơn vị"),
            Map.entry("assignments[].role", "Vai trò"),
            Map.entry("assignments[].task", "Nhiệm vụ"),
            Map.entry("assignments[].reportDeadline", "Hạn báo cáo"),
            Map.entry("chuTri", "Đơn vị chủ trì"),
            Map.entry("phoiHop", "Đơn vị phối hợp"),
            Map.entry("deBiet", "Đơn vị nhận để biết"),
            Map.entry("commonTask", "Nội dung giao cho đơn vị không có nhiệm vụ riêng"),
            Map.entry("subordinateDeadline", "Hạn báo cáo của đơn vị cấp dưới"),
            Map.entry("assignmentProposal", "Đề xuất từ văn bản"),
            Map.entry("indicators", "Số liệu yêu cầu báo cáo"),
            Map.entry("indicators[]", "Dòng số liệu yêu cầu"),
            Map.entry("indicators[].code", "Mã số liệu"),
            Map.entry("indicatorsText", "Số liệu yêu cầu đơn vị cấp dưới báo cáo"),
            // form_issue_document
            Map.entry("implementingNumber", "Số, ký hiệu văn bản triển khai"),
            Map.entry("implementingDate", "Ngày ban hành"),
            Map.entry("implementingSubject", "Trích yếu văn bản triển khai"),
            Map.entry("reportTo", "Nơi nhận báo cáo (b/c)"),
            Map.entry("reportTo[]", "Nơi nhận báo cáo (b/c)"),
            // form_report
            Map.entry("reportSummary", "Báo cáo kết quả thực hiện"),
            Map.entry("figures", "Số liệu báo cáo"),
            Map.entry("figuresText", "Số liệu báo cáo"),
            // form_handle_overdue
            Map.entry("action", "Hướng xử lý"),
            Map.entry("newDeadline", "Hạn mới"),
            Map.entry("note", "Ghi chú"),
            // form_request_extension, form_decide_extension and POST …/extension-requests
            Map.entry("reason", "Lý do"),
            Map.entry("approved", "Đồng ý gia hạn"),
            // form_register and POST /api/directives
            Map.entry("text", "Toàn văn văn bản"),
            Map.entry("recipient", "Mã đơn vị nhận"),
            Map.entry("reportDeadline", "Hạn báo cáo"),
            Map.entry("directive", "Văn bản chỉ đạo"),
            // query parameters
            Map.entry("issuer", "Mã đơn vị ban hành"),
            Map.entry("from", "Ngày bắt đầu tính"),
            Map.entry("add", "Số ngày làm việc"),
            Map.entry("year", "Năm"),
            Map.entry("date", "Ngày"),
            Map.entry("kind", "Loại đơn vị"),
            Map.entry("unit", "Mã đơn vị"),
            Map.entry("offset", "Vị trí bắt đầu"),
            Map.entry("limit", "Số dòng tối đa"));

    private FieldLabels() {
    }

    /** The label of a variable or parameter ({@code assignments[1].reportDeadline} → Hạn báo cáo); the name itself when none. */
    public static String label(String name) {
        return LABELS.getOrDefault(INDEX.matcher(name).replaceAll("[]"), name);
    }

    /** {@code Hạn báo cáo (assignments[1].reportDeadline)}: the label, and the variable for REST callers. */
    public static String field(String name) {
        String label = label(name);
        return label.equals(name) ? name : label + " (" + name + ")";
    }

    /**
     * {@code field(name)}, and for a field of a list row first the row counted from 1:
     * {@code Dòng 2 – Hạn báo cáo (assignments[1].reportDeadline)}.
     */
    public static String at(String name) {
        Matcher m = INDEX.matcher(name);
        return m.find() ? row(Integer.parseInt(m.group(1))) + " – " + field(name) : field(name);
    }

    /** The row of a list at a 0-based index, as people count it: {@code Dòng 1} for index 0. */
    public static String row(int index) {
        return "Dòng " + (index + 1);
    }

    /** 4000 → 4.000: Vietnamese group digits with dots. */
    public static String thousands(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
    }

    /** A date as Vietnamese write it: 31/12/2026 (formatted here: the web layer does not reach into calendar). */
    public static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
}
