package vn.directive.compliance;

/**
 * Where one unit's obligation stands against its deadline, as the Government Office's task-tracking
 * reports count it: the first four. A refusal is none of them: the unit declined a misdirected
 * document, so it neither did the work nor failed to. Nor is an informed (để biết) unit that has
 * acknowledged: it has no task; until it acknowledges, its acknowledgement is the work it owes.
 */
public enum Category {
    ON_TIME("Hoàn thành đúng hạn"),
    LATE("Hoàn thành quá hạn"),
    IN_PROGRESS("Đang thực hiện trong hạn"),
    OVERDUE("Chưa hoàn thành, quá hạn"),
    REFUSED("Từ chối tiếp nhận"),
    INFORMED("Để biết, đã tiếp nhận"),
    /** Recalled by the issuer (status 13): neither done nor late; counted apart. */
    RECALLED("Thu hồi");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
