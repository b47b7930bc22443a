package vn.directive.cascade;

/** The national document-exchange status codes of a document at one unit. */
public enum UnitStatus {
    RECEIVED("01", "Đã đến"),
    REFUSED("02", "Từ chối tiếp nhận"),
    ACKNOWLEDGED("03", "Đã tiếp nhận"),
    ASSIGNED("04", "Đã phân công"),
    IN_PROGRESS("05", "Đang xử lý"),
    REPORTED("06", "Hoàn thành"),
    /** Recalled by the issuer of the document the unit received, or of one above it (CONTRACT section 8). */
    RECALLED("13", "Thu hồi");

    private final String code;
    private final String label;

    UnitStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static UnitStatus ofCode(String code) {
        for (UnitStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status code " + code);
    }
}
