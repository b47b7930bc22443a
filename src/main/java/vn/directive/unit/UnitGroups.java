package vn.directive.unit;

/** The Camunda candidate groups of one unit: its clerks (văn thư), leaders (lãnh đạo), officers (chuyên viên). */
public record UnitGroups(String clerks, String leaders, String officers) {

    public static final String CLERKS = "clerks";
    public static final String LEADERS = "leaders";
    public static final String OFFICERS = "officers";

    public static UnitGroups of(String unitCode) {
        return new UnitGroups(unitCode + "." + CLERKS, unitCode + "." + LEADERS, unitCode + "." + OFFICERS);
    }

    /** The unit a group id such as {@code 107.clerks} belongs to, or null for other groups. */
    public static String unitOf(String groupId) {
        int dot = groupId.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String role = groupId.substring(dot + 1);
        return role.equals(CLERKS) || role.equals(LEADERS) || role.equals(OFFICERS) ? groupId.substring(0, dot) : null;
    }
}
