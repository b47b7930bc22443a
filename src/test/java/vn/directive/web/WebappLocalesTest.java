package vn.directive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Vietnamese locale files against the English ones inside the Camunda webjar on the classpath: same keys
 * (so a Camunda upgrade that adds labels fails the build until they are translated), same placeholders and HTML,
 * and no English left behind. Plain JUnit, no Spring context.
 */
class WebappLocalesTest {

    private static final String APPS = "META-INF/resources/webjars/camunda/app/";

    /** Values that stay as they are in Vietnamese: product and format names. */
    private static final Set<String> SAME_IN_VIETNAMESE = Set.of("Camunda", "Camunda Cockpit", "Optimize", "CSV",
            "JSON", "YYYY-MM-DDTHH:mm:ss");

    /** The English plural suffix "s" (PLGN_BATCH_S, PLGN_MIG_S, …) glued to a noun; Vietnamese nouns take none. */
    private static final String PLURAL_SUFFIX = "s";

    /** moment.js formats and week numbering: the same tokens in every language. */
    private static final List<String> FORMATS = List.of("dateLocales.longDateFormat.", "dateLocales.week.",
            "dateLocales.calendar.sameElse");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}|\\{}|%[sd]");
    private static final Pattern HTML = Pattern.compile("</?(?:a|br|strong|b|i|em|code|span|p)\\b[^>]*>|&[a-z]+;");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void vietnameseHasEveryEnglishKeyAndNoOther(String app) throws IOException {
        Map<String, String> en = english(app);
        Map<String, String> vi = vietnamese(app);

        Set<String> missing = new TreeSet<>(en.keySet());
        missing.removeAll(vi.keySet());
        assertThat(missing).as("%s: keys of the webjar's en.json missing from our vi.json (translate them)", app)
                .isEmpty();

        Set<String> stale = new TreeSet<>(vi.keySet());
        stale.removeAll(en.keySet());
        assertThat(stale).as("%s: keys of our vi.json the webjar's en.json no longer has", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyValueIsTranslated(String app) throws IOException {
        Map<String, String> en = english(app);
        Map<String, String> vi = vietnamese(app);
        List<String> untranslated = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        en.forEach((key, english) -> {
            String viet = vi.get(key);
            if (viet == null || FORMATS.stream().anyMatch(key::startsWith)) {
                return;
            }
            boolean trivial = !LETTER.matcher(english).find() || SAME_IN_VIETNAMESE.contains(english);
            if (viet.equals(english) && !trivial) {
                untranslated.add(key + " = " + english);
            }
            if (viet.isBlank() && !english.isBlank() && !english.equals(PLURAL_SUFFIX)) {
                untranslated.add(key + " is empty");
            }
            if (!tokens(PLACEHOLDER, english).equals(tokens(PLACEHOLDER, viet))
                    || !tokens(HTML, english).equals(tokens(HTML, viet))) {
                broken.add(key + ": " + english + " -> " + viet);
            }
        });
        assertThat(untranslated).as("%s: English left in vi.json", app).isEmpty();
        assertThat(broken).as("%s: placeholders or HTML changed in vi.json", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void datesAreVietnamese(String app) throws IOException {
        Map<String, String> vi = vietnamese(app);
        assertThat(vi).containsEntry("dateLocales.months[0]", "tháng 1")
                .containsEntry("dateLocales.weekdays[1]", "thứ hai")
                .containsEntry("dateLocales.relativeTime.future", "%s nữa")
                .containsEntry("dateLocales.relativeTime.past", "%s trước")
                .containsEntry("dateLocales.relativeTime.s", "vài giây");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void configurationOffersVietnamese(String app) throws IOException {
        String config = ours(app + "/scripts/config.js");
        assertThat(config).contains("import { locales } from '../../directive-locale.js'", "locales: locales()");
        if (app.equals("cockpit")) {
            assertThat(config).contains("customScripts: ['scripts/compliance-plugin.js']");
        }
        if (app.equals("tasklist")) {
            assertThat(config).contains("claimTask", "startProcess");
        }
        assertThat(ours("directive-locale.js")).contains("return LOCALES.includes(stored) ? stored : 'vi';");
    }

    private Map<String, String> english(String app) throws IOException {
        URL url = resource(app + "/locales/en.json");
        assertThat(url.getProtocol()).as("en.json comes from the Camunda webjar").isEqualTo("jar");
        return flatten(url);
    }

    private Map<String, String> vietnamese(String app) throws IOException {
        return flatten(resource(app + "/locales/vi.json"));
    }

    private String ours(String path) throws IOException {
        try (InputStream in = resource(path).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static URL resource(String path) {
        URL url = WebappLocalesTest.class.getClassLoader().getResource(APPS + path);
        assertThat(url).as(APPS + path + " on the classpath").isNotNull();
        return url;
    }

    /** Nested keys joined with dots, array elements indexed: labels.CLAIM_TASK, dateLocales.months[0]. */
    private Map<String, String> flatten(URL url) throws IOException {
        String text;
        try (InputStream in = url.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (text.startsWith("\uFEFF")) { // the webjar's files start with a byte order mark
            text = text.substring(1);
        }
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", json.readTree(text), flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), flat);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), flat);
            }
        } else {
            flat.put(prefix, node.asText());
        }
    }

    private static List<String> tokens(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group().replaceAll("\\s+", ""));
        }
        found.sort(null);
        return found;
    }
}
