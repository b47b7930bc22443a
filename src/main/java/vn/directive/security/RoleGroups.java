package vn.directive.security;

import java.util.List;

/**
 * Country-wide groups by role, besides each unit's own candidate groups: every clerk (văn thư) is also in
 * {@code vanthu}, every leader in {@code lanhdao}, every officer in {@code chuyenvien}. Tasklist's filters
 * are granted to these, so each person lands on the filter that holds their work. No dot in the ids: a
 * dotted group id names a unit's group ({@code 107.clerks}).
 */
public final class RoleGroups {

    public static final String CLERKS = "vanthu";
    public static final String LEADERS = "lanhdao";
    public static final String OFFICERS = "chuyenvien";

    public static final List<String[]> ALL = List.of(
            new String[] {CLERKS, "Văn thư (mọi đơn vị)"},
            new String[] {LEADERS, "Lãnh đạo (mọi đơn vị)"},
            new String[] {OFFICERS, "Chuyên viên (mọi đơn vị)"});

    private RoleGroups() {
    }
}
