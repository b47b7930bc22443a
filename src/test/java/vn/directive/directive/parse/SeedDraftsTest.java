package vn.directive.directive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three real seeds read into exactly the drafts of their fixtures, however untidy the text arrives. */
class SeedDraftsTest {

    @ParameterizedTest(name = "{0} issued under {1}")
    @CsvSource({"000_0ba823da548e48a4, 11", "001_c4338ab285b75807, 107", "004_ecdc4a5bdf9be6bc, 12"})
    void everyFieldAsTheFixtureSays(String seed, String issuer) throws Exception {
        JsonNode expected = Parsers.JSON.readTree(Parsers.resource("seeds/" + seed + ".expected.json"));
        assertSameFields(expected, draft(Parsers.resource("seeds/" + seed + ".txt"), issuer), "");
    }

    @ParameterizedTest(name = "{0} decomposed, with CRLF and extra spaces")
    @CsvSource({"000_0ba823da548e48a4, 11", "001_c4338ab285b75807, 107", "004_ecdc4a5bdf9be6bc, 12"})
    void untidyCopiesGiveTheSameDraft(String seed, String issuer) throws Exception {
        String text = Parsers.resource("seeds/" + seed + ".txt");
        JsonNode expected = Parsers.JSON.readTree(Parsers.resource("seeds/" + seed + ".expected.json"));
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(text);
        assertSameFields(expected, draft(nfd, issuer), "NFD");
        assertSameFields(expected, draft(text.replace("\n", "\r\n"), issuer), "CRLF");
        assertSameFields(expected, draft(text.replace(" ", "  ").replace("\n", " \n\u00A0"), issuer), "spaces");
    }

    private static JsonNode draft(String text, String issuer) {
        return Parsers.JSON.valueToTree(Parsers.PARSER.parse(text, issuer).orElseThrow());
    }

    /** Field by field, so that a failure names the field. */
    private static void assertSameFields(JsonNode expected, JsonNode actual, String variant) {
        assertThat(actual.size()).as(variant + " field count").isEqualTo(expected.size());
        for (Map.Entry<String, JsonNode> field : expected.properties()) {
            assertThat(actual.get(field.getKey())).as(variant + " " + field.getKey()).isEqualTo(field.getValue());
        }
    }
}
