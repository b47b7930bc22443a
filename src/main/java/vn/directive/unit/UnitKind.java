package vn.directive.unit;

/** The levels of the tree, as the contract names them. */
public enum UnitKind {
    CENTRAL, PROVINCE, PROVINCIAL_AGENCY, DISTRICT, DISTRICT_AGENCY, COMMUNE;

    public boolean isAgency() {
        return this == PROVINCIAL_AGENCY || this == DISTRICT_AGENCY;
    }
}
