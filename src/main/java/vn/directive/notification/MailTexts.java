package vn.directive.notification;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import vn.directive.calendar.VietnameseDates;
import vn.directive.calendar.WorkingDays;

/**
 * What the messages say, in Vietnamese: the document (number, issuer, subject), the task, the deadline (dd/mm/yyyy,
 * Vietnam's time) and the Tasklist link to the task.
 */
final class MailTexts {

    static final String FOOTER = "\n--\nThư được gửi tự động từ hệ thống theo dõi chỉ đạo, điều hành. Vui lòng không trả lời thư này.\n";

    private MailTexts() {
    }

    /** A deadline as Vietnamese write it: 15/12/2026, with the time when it is not the end of the day (16:30 15/12/2026). */
    static String deadline(Date due) {
        if (due == null) {
            return "(không có hạn)";
        }
        ZonedDateTime at = due.toInstant().atZone(WorkingDays.ZONE);
        LocalTime time = at.toLocalTime().withNano(0);
        return time.equals(WorkingDays.END_OF_DAY) ? VietnameseDates.day(at.toLocalDate()) : VietnameseDates.timeAndDay(due);
    }

    static String day(LocalDate day) {
        return VietnameseDates.day(day);
    }

    /** "số 215/UBND-VX của Ủy ban nhân dân huyện Mường Tè" */
    static String document(Notifications.Document d) {
        return "số " + or(d.number(), "(chưa có số)") + (blank(d.issuer()) ? "" : " của " + d.issuer());
    }

    static String taskSubject(Notifications.Document d, String taskName, Date due) {
        return "Việc mới: " + taskName + " – văn bản " + or(d.number(), "") + " – hạn " + deadline(due);
    }

    static String taskBody(Notifications.Document d, String taskName, Date due, String link) {
        return "Kính gửi: " + or(d.unitName(), "đơn vị") + "\n\n"
                + "Đơn vị có việc mới cần xử lý trên hệ thống theo dõi chỉ đạo, điều hành.\n\n"
                + "Việc cần làm: " + taskName + "\n"
                + "Văn bản: " + document(d) + "\n"
                + "Trích yếu: " + or(d.subject(), "(không có)") + "\n"
                + "Hạn xử lý: " + deadline(due) + "\n\n"
                + "Mở việc trong Tasklist: " + link + "\n"
                + FOOTER;
    }

    static String reminderSubject(Notifications.Document d, Date due) {
        return "Nhắc hạn báo cáo: văn bản " + or(d.number(), "") + " – hạn " + deadline(due);
    }

    static String reminderBody(Notifications.Document d, Date due, List<String[]> openTasks) {
        StringBuilder text = new StringBuilder("Kính gửi: ").append(or(d.unitName(), "đơn vị")).append("\n\n")
                .append("Nhắc hạn: còn một ngày làm việc đến hạn báo cáo kết quả thực hiện văn bản.\n\n")
                .append("Văn bản: ").append(document(d)).append('\n')
                .append("Trích yếu: ").append(or(d.subject(), "(không có)")).append('\n')
                .append("Hạn báo cáo: ").append(deadline(due)).append("\n\n");
        if (openTasks.isEmpty()) {
            text.append("Đơn vị đang chờ báo cáo của các đơn vị cấp dưới; đề nghị đôn đốc để kịp hạn.\n");
        } else {
            text.append("Việc đang chờ xử lý:\n");
            for (String[] task : openTasks) {
                text.append("- ").append(task[0]).append(": ").append(task[1]).append('\n');
            }
        }
        return text.append(FOOTER).toString();
    }

    static String chaseSubject(Notifications.Document d, Date missed) {
        return "Đôn đốc: văn bản " + or(d.number(), "") + " – đã quá hạn " + deadline(missed);
    }

    static String chaseBody(Notifications.Document d, Date missed, List<String[]> openTasks, String byUnitName, String note) {
        StringBuilder text = new StringBuilder("Kính gửi: ").append(or(d.unitName(), "đơn vị")).append("\n\n")
                .append("Lãnh đạo ").append(or(byUnitName, "đơn vị giao việc"))
                .append(" đôn đốc đơn vị hoàn thành việc đã quá hạn.\n\n")
                .append("Văn bản: ").append(document(d)).append('\n')
                .append("Trích yếu: ").append(or(d.subject(), "(không có)")).append('\n')
                .append("Hạn đã quá: ").append(deadline(missed)).append('\n');
        if (!blank(note)) {
            text.append("Ý kiến của lãnh đạo: ").append(note.trim()).append('\n');
        }
        text.append('\n');
        if (openTasks.isEmpty()) {
            text.append("Đơn vị đang chờ báo cáo của các đơn vị cấp dưới; đề nghị đôn đốc các đơn vị này.\n");
        } else {
            text.append("Việc đang chờ xử lý:\n");
            for (String[] task : openTasks) {
                text.append("- ").append(task[0]).append(": ").append(task[1]).append('\n');
            }
        }
        return text.append(FOOTER).toString();
    }

    static String escalationSubject(Notifications.Document d) {
        return "Chậm trễ: " + or(d.unitName(), "đơn vị") + " – văn bản " + or(d.number(), "");
    }

    /** One escalation, as the digest lists it. */
    static String escalationItem(Notifications.Document d, Date missed, String link) {
        return or(d.unitName(), "Đơn vị") + " chưa hoàn thành đúng hạn (hạn " + deadline(missed) + ")\n"
                + "  Văn bản: " + document(d) + "\n"
                + "  Trích yếu: " + or(d.subject(), "(không có)") + "\n"
                + "  Xử lý chậm trễ (đôn đốc, gia hạn hoặc đóng nhiệm vụ): " + link + "\n";
    }

    static String digestSubject(int count, LocalDate day) {
        return "Tổng hợp chậm trễ ngày " + day(day) + ": " + count + " việc cần xử lý";
    }

    static String digestBody(String addressee, List<String> items, LocalDate day) {
        StringBuilder text = new StringBuilder("Kính gửi: ").append(addressee).append("\n\n")
                .append("Tổng hợp các việc chậm trễ của đơn vị cấp dưới cần lãnh đạo xử lý (đến ngày ").append(day(day)).append("): ")
                .append(items.size()).append(" việc.\n\n");
        for (int i = 0; i < items.size(); i++) {
            text.append(i + 1).append(". ").append(items.get(i)).append('\n');
        }
        return text.append(FOOTER).toString();
    }

    private static String or(String value, String otherwise) {
        return blank(value) ? otherwise : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
