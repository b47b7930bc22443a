package vn.directive.directive.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitKind;

/**
 * Turns the names a directive addresses into units of the issuer's subtree. Collective phrases become
 * sets ("UBND các huyện, thị xã, thành phố" → every district of those types; "Các sở, ban, ngành tỉnh" →
 * the provincial agencies; "Ban Chỉ đạo … các huyện" → each district's steering committee); a single name
 * becomes one unit ("Sở Y tế", "Trung tâm Y tế huyện", "UBND huyện Mường Tè"); anything else resolves to
 * nothing, never to a guess. Names are compared without diacritics, so "Muờng Tè" finds Mường Tè.
 */
final class AddresseeResolver {

    /** Office-holders stand for their body: "Chủ tịch UBND các xã" is addressed through the communes. */
    private static final Pattern TITLE = Pattern.compile("^(?:(?:truong|pho truong|chu tich|pho chu tich|giam doc|pho giam doc"
            + "|thu truong|chanh van phong|chi huy truong|lanh dao|dong chi|d/c) )+");
    private static final Pattern COLLECTIVE = Pattern.compile("^(?:(.*?) )?cac ((?:huyen|thi xa|thanh pho|quan|xa|phuong|thi tran|tinh)"
            + "(?:(?:, | va |, va )(?:huyen|thi xa|thanh pho|quan|xa|phuong|thi tran|tinh)){0,6})(?: .*)?$");
    /** "trung tam y te huyen muong te": an agency of a named district. */
    private static final Pattern IN_PLACE = Pattern.compile("^(.+?) ((?:huyen|thanh pho|thi xa|quan) .+)$");
    private static final Pattern REMARK = Pattern.compile("\\([^)]{0,80}\\)|[;:.]");
    private static final Pattern COMMA = Pattern.compile(" ?, ?");
    private static final Pattern SPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern LEVEL_NAME = Pattern.compile("^(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran) (.+)$");
    private static final Set<String> AGENCY_WORDS = Set.of("so", "ban", "nganh", "co", "quan", "phong", "doan", "the", "don", "vi",
            "hoi", "va", "chuyen", "mon", "truc", "thuoc", "lien");
    /** Words that naming habits add or drop without changing the body: "dịch bệnh" / "dịch", "Văn hóa - Thông tin". */
    private static final Set<String> FILLERS = Set.of("va", "benh", "-", "cac");
    private static final Map<String, String> ABBREVIATIONS = Map.of("ubnd", "uy ban nhan dan", "hdnd", "hoi dong nhan dan",
            "bcd", "ban chi dao", "bch", "ban chi huy", "ubmttq", "uy ban mat tran to quoc", "ttyt", "trung tam y te",
            "vp", "van phong");

    private final UnitDirectory units;
    private final Map<String, List<Agency>> agencies = new ConcurrentHashMap<>();
    /** Unit names and types folded once: folding is the costly part of comparing names. */
    private final Map<String, String> folded = new ConcurrentHashMap<>();

    private String folded(String s) {
        return folded.computeIfAbsent(s, TextNormalizer::fold);
    }

    AddresseeResolver(UnitDirectory units) {
        this.units = units;
    }

    /** Resolution within one issuer's subtree; an unknown or absent issuer resolves nothing. */
    Scope scope(String issuerUnitCode) {
        return new Scope(units.find(issuerUnitCode).orElse(null));
    }

    final class Scope {

        private final Unit root;
        /** A directive names the same bodies again and again: each name is resolved once. */
        private final Map<String, List<String>> resolved = new HashMap<>();

        private Scope(Unit root) {
            this.root = root;
        }

        boolean active() {
            return root != null;
        }

        /** The units a name stands for, in tree order; empty when it cannot be resolved. */
        List<String> resolve(String name) {
            if (root == null) {
                return List.of();
            }
            return resolved.computeIfAbsent(name, this::resolveName);
        }

        private List<String> resolveName(String name) {
            String key = key(name);
            List<String> out = collective(key);
            if (out.isEmpty()) {
                out = single(key);
            }
            if (out.isEmpty() && key.startsWith("tt ")) {
                out = single("trung tam " + key.substring(3));
            }
            return out;
        }

        private List<String> collective(String key) {
            Matcher m = COLLECTIVE.matcher(key);
            if (m.matches()) {
                Set<String> types = new HashSet<>();
                for (String level : m.group(2).split(", va |, | va ")) {
                    types.add(level);
                }
                List<Unit> places = placesOfTypes(types);
                String body = m.group(1) == null ? "" : m.group(1);
                List<String> out = new ArrayList<>();
                if (body.isEmpty() || body.equals("uy ban nhan dan")) {
                    places.forEach(u -> out.add(u.code()));
                } else {
                    Set<String> agencyWords = words(body);
                    for (Unit place : places) {
                        String agency = agencyOf(place, agencyWords);
                        if (agency != null) {
                            out.add(agency);
                        }
                    }
                }
                return out;
            }
            if (key.startsWith("cac ")) {
                return agencyCollective(key.substring(4));
            }
            return List.of();
        }

        /** "sở, ban, ngành, đoàn thể tỉnh", "cơ quan, ban, ngành, đoàn thể huyện": the root's agencies. */
        private List<String> agencyCollective(String list) {
            String level = null;
            String rest = list;
            for (String l : new String[] {"tinh", "huyen", "thanh pho", "thi xa", "quan"}) {
                if (rest.endsWith(" " + l)) {
                    level = l;
                    rest = rest.substring(0, rest.length() - l.length() - 1);
                    break;
                }
            }
            for (String word : rest.split("[ ,]+")) {
                if (!word.isEmpty() && !AGENCY_WORDS.contains(word)) {
                    return List.of();
                }
            }
            if (level != null && !levelMatchesRoot(level)) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (Unit u : units.children(root.code())) {
                if (u.kind().isAgency()) {
                    out.add(u.code());
                }
            }
            return out;
        }

        private List<String> single(String key) {
            String body = key;
            if (body.startsWith("uy ban nhan dan ")) {
                body = body.substring("uy ban nhan dan ".length());
            }
            Matcher level = LEVEL_NAME.matcher(body);
            if (level.matches() && key.startsWith("uy ban nhan dan ")) {
                Unit place = placeNamed(body);
                return place == null ? List.of() : List.of(place.code());
            }
            String trailingLevel = trailingLevel(key);
            String agencyKey = key;
            Unit owner = root;
            if (trailingLevel != null) {
                agencyKey = key.substring(0, key.length() - trailingLevel.length() - 1);
                if (!levelMatchesRoot(trailingLevel)) {
                    return List.of();
                }
            } else {
                Matcher inPlace = IN_PLACE.matcher(key);
                if (inPlace.matches()) {
                    Unit place = placeNamed(inPlace.group(2));
                    if (place != null) {
                        owner = place;
                        agencyKey = inPlace.group(1);
                    }
                }
            }
            String agency = agencyOf(owner, words(agencyKey));
            if (agency != null) {
                return List.of(agency);
            }
            Unit place = placeNamed(body);
            return place == null ? List.of() : List.of(place.code());
        }

        private String trailingLevel(String key) {
            for (String l : new String[] {"tinh", "huyen", "thanh pho", "thi xa", "quan"}) {
                if (key.endsWith(" " + l)) {
                    return l;
                }
            }
            return null;
        }

        private boolean levelMatchesRoot(String level) {
            return switch (root.kind()) {
                case PROVINCE -> level.equals("tinh") || (level.equals("thanh pho") && root.type().startsWith("Thành phố"));
                case DISTRICT -> !level.equals("tinh") && folded(root.type()).equals(level)
                        || level.equals("huyen");
                default -> false;
            };
        }

        /** The administrative units below the root whose type is one of the given ("huyen", "thi tran", …). */
        private List<Unit> placesOfTypes(Set<String> types) {
            boolean communeLevel = types.contains("xa") || types.contains("phuong") || types.contains("thi tran");
            return placesBelowRoot(communeLevel).stream().filter(u -> {
                String type = folded(u.type());
                return types.contains(type) || (u.kind() == UnitKind.PROVINCE && types.contains("tinh"))
                        || (u.kind() == UnitKind.PROVINCE && types.contains("thanh pho") && type.startsWith("thanh pho"));
            }).toList();
        }

        /** "huyện Mường Tè", "thị trấn Mường Tè", "Mường Tè": a place below the root, if exactly one has that name. */
        private Unit placeNamed(String name) {
            Matcher level = LEVEL_NAME.matcher(name);
            String type = level.matches() ? level.group(1) : null;
            String shortName = level.matches() ? level.group(2) : name;
            List<Unit> named = placesBelowRoot(true).stream()
                    .filter(u -> folded(u.shortName()).equals(shortName) && (type == null || folded(u.type()).equals(type)))
                    .limit(2).toList();
            return named.size() == 1 ? named.get(0) : null;
        }

        /** Provinces, districts and (with {@code communes}) communes below the root, agencies left out. */
        private List<Unit> placesBelowRoot(boolean communes) {
            List<Unit> out = new ArrayList<>();
            List<Unit> frontier = List.of(root);
            for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
                List<Unit> next = new ArrayList<>();
                for (Unit parent : frontier) {
                    for (Unit u : units.children(parent.code())) {
                        if (u.kind().isAgency()) {
                            continue;
                        }
                        out.add(u);
                        if (u.kind() == UnitKind.PROVINCE || (u.kind() == UnitKind.DISTRICT && communes)) {
                            next.add(u);
                        }
                    }
                }
                frontier = next;
            }
            return out;
        }

        /** The one agency of {@code owner} with these words in its name, or that is the only one containing them all. */
        private String agencyOf(Unit owner, Set<String> wanted) {
            if (wanted.isEmpty()) {
                return null;
            }
            String containing = null;
            int containingCount = 0;
            for (Agency agency : agencies.computeIfAbsent(owner.code(), AddresseeResolver.this::agenciesOf)) {
                if (agency.words().equals(wanted)) {
                    return agency.code();
                }
                if (agency.words().containsAll(wanted)) {
                    containing = agency.code();
                    containingCount++;
                }
            }
            return containingCount == 1 ? containing : null;
        }
    }

    private record Agency(String code, Set<String> words) {
    }

    /** A unit's agencies with the words of their names, worked out once per unit: the tree does not change. */
    private List<Agency> agenciesOf(String ownerCode) {
        List<Agency> out = new ArrayList<>();
        for (Unit u : units.children(ownerCode)) {
            if (u.kind().isAgency()) {
                out.add(new Agency(u.code(), agencyWords(u.shortName())));
            }
        }
        return out;
    }

    private static Set<String> agencyWords(String shortName) {
        String key = key(shortName);
        for (String l : new String[] {" tinh", " huyen"}) {
            if (key.endsWith(l)) {
                key = key.substring(0, key.length() - l.length());
            }
        }
        return words(key);
    }

    private static Set<String> words(String key) {
        Set<String> out = new LinkedHashSet<>(Arrays.asList(key.split("[ ,]+")));
        out.removeAll(FILLERS);
        out.remove("");
        return out;
    }

    /** Folded, abbreviations spelt out, titles and parenthesised remarks dropped: "Chủ tịch UBND các xã" → "uy ban nhan dan cac xa". */
    static String key(String name) {
        String folded = REMARK.matcher(TextNormalizer.fold(name)).replaceAll(" ").replace(" - ", " ");
        folded = COMMA.matcher(folded).replaceAll(", ");
        folded = SPACE_RUN.matcher(folded).replaceAll(" ").strip();
        StringBuilder out = new StringBuilder();
        for (String word : folded.split(" ")) {
            boolean comma = word.endsWith(",");
            String bare = comma ? word.substring(0, word.length() - 1) : word;
            String expanded = ABBREVIATIONS.get(bare.toLowerCase(Locale.ROOT));
            out.append(out.length() == 0 ? "" : " ").append(expanded == null ? bare : expanded).append(comma ? "," : "");
        }
        return TITLE.matcher(out.toString()).replaceFirst("");
    }
}
