package vn.directive.directive.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.directive.directive.DirectiveDraft;
import vn.directive.directive.DirectiveDraft.Assignment;
import vn.directive.directive.DirectiveDraft.Deadline;
import vn.directive.directive.DirectiveDraft.DirectiveType;
import vn.directive.directive.DirectiveDraft.Signer;
import vn.directive.directive.DirectiveDraft.Urgency;

/**
 * Reads a directive's text into a draft: normalise, find the heading, the addressees, the numbered tasks,
 * the closing, "Nơi nhận" and the signature, then resolve names to units when an issuer unit is given.
 * Plain Java with no engine or Spring: any text gives a draft or empty, never an exception.
 */
public final class DirectiveTextParser {

    private final WorkingDayAdder workingDays;
    private final AddresseeResolver resolver;

    public DirectiveTextParser(WorkingDayAdder workingDays, UnitDirectory units) {
        this.workingDays = workingDays;
        this.resolver = new AddresseeResolver(units);
    }

    /** The units of the issuer's subtree that the names stand for, in order, each once; nothing is guessed. */
    public List<String> resolve(String issuerUnitCode, List<String> names) {
        AddresseeResolver.Scope scope = resolver.scope(issuerUnitCode);
        Set<String> codes = new LinkedHashSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            codes.addAll(scope.resolve(name));
        }
        return List.copyOf(codes);
    }

    /** The draft, or empty when the text holds no directive (no number, subject, addressees or news lead). */
    public Optional<DirectiveDraft> parse(String text, String issuerUnitCode) {
        DocumentLines lines = DocumentLines.of(TextNormalizer.normalize(text));
        Heading heading = Heading.read(lines);
        NewsLead news = heading.number() == null ? NewsLead.find(lines) : null;

        List<String> addressees = List.of();
        int bodyStart = heading.end();
        if (bodyStart < lines.size() && Heading.isKinhGui(lines.get(bodyStart))) {
            int[] end = new int[1];
            addressees = ListItems.under(lines, bodyStart, end);
            bodyStart = end[0];
        }
        if (heading.number() == null && heading.subject() == null && addressees.isEmpty() && news == null) {
            return Optional.empty();
        }
        int receivers = lines.find(bodyStart, lines.size(), Recipients::isHeader);
        int bodyEnd = receivers >= 0 ? receivers : lines.size();
        int signature = lines.find(bodyStart, bodyEnd, SignerBlock::starts);
        if (signature >= 0) {
            bodyEnd = signature;
        }
        NumberedTasks numbered = NumberedTasks.read(lines, bodyStart, bodyEnd);
        String opening = join(lines, bodyStart, numbered.firstLine());

        DocumentNumber number = heading.number() != null ? heading.number() : news == null ? null : news.number();
        LocalDate issuedOn = heading.number() != null || news == null ? heading.issuedOn() : news.issuedOn();
        Integer year = issuedOn != null ? Integer.valueOf(issuedOn.getYear()) : heading.year();
        DeadlinePhrases deadlinePhrases = new DeadlinePhrases(issuedOn, year, workingDays);
        Signer signer = SignerBlock.read(lines, Math.min(numbered.closingLine(), receivers >= 0 ? receivers : lines.size()));

        String subject = heading.subject() != null ? heading.subject() : news == null ? null : news.subject();
        CitedDocuments cited = CitedDocuments.read((subject == null ? "" : subject + "\n") + opening,
                join(lines, numbered.firstLine(), numbered.closingLine()), number == null ? null : number.number());

        String issuer = heading.headerIssuer();
        if (issuer == null && news != null) {
            issuer = news.issuer();
        }
        if (issuer == null && signer != null) {
            issuer = IssuerName.fromAuthority(signer.authority(), join(lines, bodyStart, lines.size()), heading.place());
        }

        issuer = IssuerName.withPlaceSpelling(issuer, heading.place());

        AddresseeResolver.Scope scope = resolver.scope(issuerUnitCode);
        Set<String> unresolved = new LinkedHashSet<>();
        for (String addressee : addressees) {
            if (scope.resolve(addressee).isEmpty()) {
                unresolved.add(addressee);
            }
        }
        List<Assignment> assignments = assignments(numbered, opening, deadlinePhrases, scope, unresolved);
        List<Deadline> deadlines = deadlinePhrases.in(join(lines, bodyStart, numbered.closingLine()));

        Urgency urgency = heading.urgency() == Urgency.THUONG && news != null ? news.urgency() : heading.urgency();
        DirectiveType type = number != null ? number.type() : heading.typeHeading();
        return Optional.of(new DirectiveDraft(number == null ? null : number.number(),
                number == null ? null : number.numeral(), number == null ? null : number.symbol(), type, issuer,
                heading.place(), issuedOn, subject, urgency, heading.secrecy(), cited.implemented(),
                cited.references(), addressees, assignments, deadlines, Recipients.reportTo(lines, receivers), signer,
                scope.active() ? List.copyOf(unresolved) : List.of()));
    }

    private static List<Assignment> assignments(NumberedTasks numbered, String opening, DeadlinePhrases deadlines,
                                                AddresseeResolver.Scope scope, Set<String> unresolved) {
        List<String> delegated = Assignees.delegatedIn(opening);
        List<Assignment> out = new ArrayList<>();
        List<String> parentNames = delegated;
        for (NumberedTasks.Task task : numbered.tasks()) {
            Assignees.Heading heading = Assignees.of(task.heading());
            boolean subItem = task.ordinal().indexOf('.') > 0;
            List<String> names = !heading.names().isEmpty() ? heading.names() : subItem ? parentNames : delegated;
            if (!subItem) {
                parentNames = names.isEmpty() ? delegated : names;
            }
            List<String> textLines = new ArrayList<>();
            if (!heading.namesOnly() || task.lines().isEmpty()) {
                textLines.add(task.heading());
            }
            textLines.addAll(task.lines());
            String text = String.join("\n", textLines);
            List<Deadline> own = deadlines.in(text);
            Set<String> codes = new LinkedHashSet<>();
            for (String name : names) {
                List<String> resolved = scope.resolve(name);
                if (resolved.isEmpty()) {
                    unresolved.add(name);
                }
                codes.addAll(resolved);
            }
            out.add(new Assignment(task.ordinal(), names, List.copyOf(codes), text,
                    own.isEmpty() ? null : own.get(0).date()));
        }
        return out;
    }

    private static String join(DocumentLines lines, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
            if (!lines.blank(i)) {
                out.append(lines.get(i)).append('\n');
            }
        }
        return out.toString();
    }
}
