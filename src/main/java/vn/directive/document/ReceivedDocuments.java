package vn.directive.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.directive.cascade.CascadeStatus;
import vn.directive.cascade.Obligations;
import vn.directive.cascade.Obligations.Obligation;
import vn.directive.directive.DirectiveDraft;
import vn.directive.directive.DirectiveDraft.DocumentRef;
import vn.directive.directive.DirectiveRegister;
import vn.directive.document.DocumentFiles.StoredFile;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitRegistry;

/**
 * The document each unit received under a directive, and the chain above it: the recipient unit received the
 * registered directive; every other unit received its parent's implementing document (the number and date its
 * clerk gave in {@code user_issue_document}, issued by the parent's People's Committee or the agency itself) with
 * the task the parent assigned it. Plain data, independent of any rendering: the document page and the
 * {@code receivedDocument} of {@code GET /api/directives/{id}/units} both read it.
 */
@Component
public class ReceivedDocuments {

    /**
     * A document as a unit received it. {@code number} is null while the document has none ("Chưa có số");
     * {@code issuerUnitCode} is null for the registered directive (its issuer is outside the tree);
     * {@code subject} is the directive's subject, or the implementing document's as its clerk recorded it (null
     * when none was); {@code taskText} is the task the issuing unit assigned (null for the
     * registered directive); {@code files} are the document's files, oldest first.
     */
    public record ReceivedDocument(String number, LocalDate issuedOn, String issuer, String issuerUnitCode,
                                   String subject, String taskText, List<StoredFile> files) {
    }

    /** One unit of the chain and what it received; {@code reportDeadline} is that unit's current deadline. */
    public record Received(String unitCode, String unitName, String role, LocalDate reportDeadline,
                           ReceivedDocument document) {
    }

    /**
     * The chain from one unit up to the recipient: {@code steps.get(0)} is the unit asked for, each next step its
     * parent, the last the recipient (whose document is the registered directive). {@code urgency},
     * {@code fullText} and {@code implementsDocuments} are the registered directive's: its urgency, its full text
     * (null when none was given at registration) and the documents it implements (from its draft's
     * {@code implements}).
     */
    public record Chain(String directiveId, String businessKey, String recipientCode, DirectiveDraft.Urgency urgency,
                        String fullText, List<DocumentRef> implementsDocuments, List<Received> steps) {

        public Received unit() {
            return steps.get(0);
        }

        public Received recipient() {
            return steps.get(steps.size() - 1);
        }
    }

    private final CascadeStatus status;
    private final DirectiveRegister register;
    private final Obligations obligations;
    private final DocumentFiles files;
    private final UnitRegistry units;
    private final JdbcTemplate jdbc;

    public ReceivedDocuments(DirectiveRegister register, Obligations obligations, DocumentFiles files,
                             UnitRegistry units, JdbcTemplate jdbc, CascadeStatus status) {
        this.status = status;
        this.register = register;
        this.obligations = obligations;
        this.files = files;
        this.units = units;
        this.jdbc = jdbc;
    }

    /** What unit {@code unitCode} received under the directive; empty when the directive never reached it. */
    public Optional<ReceivedDocument> of(String directiveId, String unitCode) {
        return chain(directiveId, unitCode).map(c -> c.unit().document());
    }

    /** The unit's received document and every one above it up to the registered directive; empty when unknown. */
    public Optional<Chain> chain(String directiveId, String unitCode) {
        Optional<DirectiveRegister.Registered> found = register.find(directiveId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DirectiveRegister.Registered d = found.get();
        List<Obligation> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Optional<Obligation> at = obligations.find(directiveId, unitCode);
        while (at.isPresent() && seen.add(at.get().unitCode())) {
            path.add(at.get());
            if (at.get().unitCode().equals(d.recipientCode()) || at.get().parentCode() == null) {
                break;
            }
            at = obligations.find(directiveId, at.get().parentCode());
        }
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Obligation> rows = new HashMap<>();
        path.forEach(o -> rows.put(o.unitCode(), o));
        Map<String, List<StoredFile>> filesByUnit = filesByUnit(directiveId);
        String fullText = jdbc.queryForObject("select full_text from directive where id = ?", String.class, directiveId);
        List<Received> steps = path.stream().map(o -> received(d, o, rows, filesByUnit)).toList();
        List<DocumentRef> implemented = d.draft().implementsDocuments() == null ? List.of() : d.draft().implementsDocuments();
        return Optional.of(new Chain(d.id(), d.businessKey(), d.recipientCode(), d.urgency(), fullText, implemented, steps));
    }

    /**
     * What every unit the directive reached received, by unit code, in the order of the directive's rows: one query
     * for the rows and one for the files' metadata, whatever the number of units (for {@code GET …/units}).
     */
    public Map<String, ReceivedDocument> ofAllUnits(String directiveId) {
        Optional<DirectiveRegister.Registered> found = register.find(directiveId);
        if (found.isEmpty()) {
            return Map.of();
        }
        List<Obligation> all = obligations.ofDirective(directiveId);
        Map<String, Obligation> rows = new HashMap<>(all.size() * 2);
        all.forEach(o -> rows.put(o.unitCode(), o));
        Map<String, List<StoredFile>> filesByUnit = filesByUnit(directiveId);
        Map<String, ReceivedDocument> out = new LinkedHashMap<>(all.size() * 2);
        for (Obligation o : all) {
            out.put(o.unitCode(), received(found.get(), o, rows, filesByUnit).document());
        }
        return out;
    }

    private Received received(DirectiveRegister.Registered d, Obligation o, Map<String, Obligation> rows,
                              Map<String, List<StoredFile>> filesByUnit) {
        String name = units.find(o.unitCode()).map(Unit::name).orElse(o.unitCode());
        // what was received is the cascade's rule (CascadeStatus); the page adds the task given and the files
        boolean top = o.unitCode().equals(d.recipientCode()) || o.parentCode() == null;
        CascadeStatus.ReceivedDocument r = status.received(d, top ? null : rows.get(o.parentCode()));
        ReceivedDocument document = new ReceivedDocument(r.number(), r.issuedOn(), r.issuer(), r.issuerUnitCode(),
                r.subject(), top ? null : o.taskText(), filesByUnit.getOrDefault(top ? null : o.parentCode(), List.of()));
        return new Received(o.unitCode(), name, o.role().name(), o.reportDeadline(), document);
    }

    private Map<String, List<StoredFile>> filesByUnit(String directiveId) {
        Map<String, List<StoredFile>> byUnit = new HashMap<>();
        for (StoredFile f : files.all(directiveId)) {
            byUnit.computeIfAbsent(f.unitCode(), k -> new ArrayList<>()).add(f);
        }
        return byUnit;
    }
}
