package vn.directive.unit;

/** The Camunda candidate groups of one unit: its clerks (văn thư), leaders (lãnh đạo), officers (chuyên viên). */
public record UnitGroups(String clerks, String leaders, String officers) {

    public static final String CLERKS = "clerks";
    public static final String LEADERS = "leaders";
    public static final String OFFICERS = "officers";
    /**
     * Supervisors (giám sát) of a unit read its subtree in Cockpit and the compliance API, and work no tasks.
     * Not a candidate group, so {@link #unitOf} does not count it: a supervisor neither registers nor works.
     */
    public static final String SUPERVISORS = "supervisors";

    public static UnitGroups of(String unitCode) {
        return new UnitGroups(unitCode + "." + CLERKS, unitCode + "." + LEADERS, unitCode + "." + OFFICERS);
    }

    /** The supervisors group of a unit, {@code 12.supervisors}: an administrator adds users to it in Camunda Admin. */
    public static String supervisors(String unitCode) {
        return unitCode + "." + SUPERVISORS;
    }

    /** The unit a supervisors group such as {@code 12.supervisors} watches, or null for other groups. */
    public static String supervisedUnitOf(String groupId) {
        return groupId.endsWith("." + SUPERVISORS) && groupId.length() > SUPERVISORS.length() + 1
                ? groupId.substring(0, groupId.length() - SUPERVISORS.length() - 1) : null;
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
