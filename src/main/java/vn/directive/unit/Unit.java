package vn.directive.unit;

/**
 * One administrative unit or agency. Administrative units keep their official statistical codes
 * ("12", "107", "03385"); agencies are coded after their parent ("12-SYT", "107-PYT"), central
 * bodies by their abbreviation ("VPCP"). {@code type} is the official type ("Huyện") or, for an agency,
 * its abbreviation ("SYT"); {@code shortName} is the name without its type ("Mường Tè") or the agency's
 * generic name ("Sở Y tế"), which is how directives address them.
 */
public record Unit(String code, String name, UnitKind kind, String type, String parentCode,
                   String provinceCode, String districtCode, String shortName) {

    public UnitGroups groups() {
        return UnitGroups.of(code);
    }
}
