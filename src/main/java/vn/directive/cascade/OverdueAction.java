package vn.directive.cascade;

/** What the assigning unit's leaders decide about overdue work. */
public enum OverdueAction {
    /** Chase the unit again; counts a reminder. */
    REMIND,
    /** Move the unit's deadline (newDeadline) and its timers. */
    EXTEND,
    /** Close the unit's obligation as not done. */
    CLOSE
}
