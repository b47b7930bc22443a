package vn.directive.directive.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.directive.directive.DirectiveDraft.DocumentRef;

/**
 * Every document number the text cites, with the date and issuer when it states them ("số 64/CĐ-TTg
 * ngày 19/01/2022 của Thủ tướng Chính phủ"). A document the subject or the opening says it carries out
 * ("Thực hiện …", "triển khai …") is implemented; every other one is a reference.
 */
final class CitedDocuments {

    /** The issuer runs from "của" to the first word that starts what the document is about. */
    private static final Pattern ISSUER = Pattern.compile("^ của ((?:(?! về | ban hành| quy định| hướng dẫn| và | tại | trong | đối với| nhằm| để | thì| theo | với | đã )[^,;:.()\\n]){1,80})");
    private static final Pattern CARRIES_OUT = Pattern.compile("(?i)(?:thực hiện|triển khai)[^.;:]{0,80}$");

    private final List<DocumentRef> implemented = new ArrayList<>();
    private final List<DocumentRef> references = new ArrayList<>();

    private CitedDocuments() {
    }

    List<DocumentRef> implemented() {
        return implemented;
    }

    List<DocumentRef> references() {
        return references;
    }

    /**
     * @param opening the subject and the text before the first numbered task: where "Thực hiện" names what is implemented
     * @param rest    the remaining text, where every number is a reference
     */
    static CitedDocuments read(String opening, String rest, String ownNumber) {
        Map<String, DocumentRef> implemented = new LinkedHashMap<>();
        Map<String, DocumentRef> referenced = new LinkedHashMap<>();
        collect(opening, true, ownNumber, implemented, referenced);
        collect(rest, false, ownNumber, implemented, referenced);
        CitedDocuments out = new CitedDocuments();
        out.implemented.addAll(implemented.values());
        for (DocumentRef r : referenced.values()) {
            if (!implemented.containsKey(r.number())) {
                out.references.add(r);
            }
        }
        return out;
    }

    private static void collect(String text, boolean opening, String ownNumber, Map<String, DocumentRef> implemented,
                                Map<String, DocumentRef> referenced) {
        Matcher m = DocumentNumber.CITED.matcher(text);
        m.useTransparentBounds(true);
        for (int at = 0; DocumentNumber.citedAt(m, text, at); at = m.end()) {
            DocumentNumber n = DocumentNumber.of(m);
            if (n.number() == null || n.number().equals(ownNumber)) {
                continue;
            }
            LocalDate date = DocumentDates.following(text, m.end());
            int after = DocumentDates.endOfFollowing(text, m.end());
            Matcher issuer = ISSUER.matcher(text).region(after, Math.min(text.length(), after + 90));
            String by = issuer.lookingAt() ? issuer.group(1).strip() : null;
            DocumentRef ref = new DocumentRef(n.number(), date, by);
            String before = text.substring(Math.max(0, m.start() - 80), m.start());
            boolean carriedOut = opening && CARRIES_OUT.matcher(before).find();
            Map<String, DocumentRef> target = carriedOut || implemented.containsKey(n.number()) ? implemented : referenced;
            target.merge(n.number(), ref, CitedDocuments::merge);
        }
    }

    /** The same document cited twice: keep what either citation states. */
    private static DocumentRef merge(DocumentRef a, DocumentRef b) {
        return new DocumentRef(a.number(), a.issuedOn() != null ? a.issuedOn() : b.issuedOn(),
                a.issuer() != null ? a.issuer() : b.issuer());
    }
}
