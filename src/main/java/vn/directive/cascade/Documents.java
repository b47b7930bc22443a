package vn.directive.cascade;

import java.util.Locale;
import vn.directive.unit.Unit;

/** How the cascade names documents and the bodies that issue them, the way Vietnamese offices write them. */
public final class Documents {

    private Documents() {
    }

    /** "213/UBND-VX", or "chưa có số (…/UBND-VX)" for a document registered before it was numbered. */
    public static String numberText(String number, String symbol) {
        if (number != null && !number.isBlank()) {
            return number;
        }
        return symbol == null || symbol.isBlank() ? "chưa có số" : "chưa có số (…/" + symbol + ")";
    }

    /**
     * The body that issues a unit's documents: a province, district or commune issues through its People's
     * Committee ("Ủy ban nhân dân huyện Mường Tè"); an agency or a central body under its own name.
     */
    public static String issuingBody(Unit unit) {
        if (!unit.kind().administrative()) {
            return unit.name();
        }
        String name = unit.name();
        return "Ủy ban nhân dân " + name.substring(0, 1).toLowerCase(new Locale("vi")) + name.substring(1);
    }

    /** The application's page showing the document a unit received, its files and the chain above it. */
    public static String pageUrl(String directiveId, String unitCode) {
        return "/van-ban/" + directiveId + "/" + unitCode;
    }

    /** The first words of a subject, for a task list line. */
    public static String excerpt(String text, int max) {
        if (text == null) {
            return null;
        }
        String flat = text.replaceAll("\\s+", " ").trim();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
