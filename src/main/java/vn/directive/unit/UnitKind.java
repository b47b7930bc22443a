package vn.directive.unit;

/** The levels of the tree, as the contract names them. */
public enum UnitKind {
    CENTRAL, PROVINCE, PROVINCIAL_AGENCY, DISTRICT, DISTRICT_AGENCY, COMMUNE;

    public boolean isAgency() {
        return this == PROVINCIAL_AGENCY || this == DISTRICT_AGENCY;
    }

    /** A province, district or commune: a level of government with its own People's Committee. */
    public boolean administrative() {
        return this == PROVINCE || this == DISTRICT || this == COMMUNE;
    }
}
