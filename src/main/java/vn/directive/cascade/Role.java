package vn.directive.cascade;

/** How a subordinate takes part: leads (chủ trì), co-operates (phối hợp), or is informed (để biết). */
public enum Role {
    CHU_TRI("Chủ trì"), PHOI_HOP("Phối hợp"), DE_BIET("Để biết");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** CHU_TRI and PHOI_HOP run the whole cascade and hold up their assigner's report. */
    public boolean carriesOut() {
        return this != DE_BIET;
    }
}
