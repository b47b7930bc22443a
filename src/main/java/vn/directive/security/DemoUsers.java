package vn.directive.security;

import java.util.Locale;
import vn.directive.unit.Unit;

/**
 * The naming rule of demo users: role prefix, a dot, the unit code in lower case.
 * vanthu.107 is the clerk (văn thư) of Mường Tè district, lanhdao.12-syt the leader of Lai Châu's
 * Department of Health, chuyenvien.03385 an officer of a commune.
 */
public final class DemoUsers {

    /** Lai Châu, Điện Biên, Ninh Thuận: where the seed directives come from. */
    public static final java.util.List<String> DEMO_PROVINCES = java.util.List.of("12", "11", "58");

    private DemoUsers() {
    }

    public static String clerk(String unitCode) {
        return "vanthu." + unitCode.toLowerCase(Locale.ROOT);
    }

    public static String leader(String unitCode) {
        return "lanhdao." + unitCode.toLowerCase(Locale.ROOT);
    }

    public static String officer(String unitCode) {
        return "chuyenvien." + unitCode.toLowerCase(Locale.ROOT);
    }

    /**
     * A demo user's e-mail address, on the reserved example domain (RFC 2606): messages to it go nowhere real. An
     * administrator gives real users their addresses in Admin.
     */
    public static String email(String userId) {
        return userId + "@example.org";
    }

    static String[][] of(Unit u) {
        return new String[][] {
            {clerk(u.code()), "Văn thư", u.groups().clerks(), RoleGroups.CLERKS},
            {leader(u.code()), "Lãnh đạo", u.groups().leaders(), RoleGroups.LEADERS},
            {officer(u.code()), "Chuyên viên", u.groups().officers(), RoleGroups.OFFICERS},
        };
    }
}
