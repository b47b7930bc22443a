package vn.directive.directive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** POST /api/directives/parse over HTTP: 200 with the draft, 422 for what is not a directive's text, 413, 404, 401. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ParseApiTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;

    private ResponseEntity<String> parse(String query, byte[] body, String user, String password) {
        return parse(query, body, user, password, new MediaType("text", "plain", StandardCharsets.UTF_8));
    }

    private ResponseEntity<String> parse(String query, byte[] body, String user, String password, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        headers.setContentType(type);
        return http.exchange("/api/directives/parse" + query, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> parse(String query, byte[] body) {
        return parse(query, body, "admin", "admin-secret");
    }

    private static byte[] seed(String name) throws Exception {
        return new ClassPathResource("seeds/" + name + ".txt").getContentAsByteArray();
    }

    @Test
    void readsASeedAndResolvesItsAddresseesUnderTheIssuer() throws Exception {
        ResponseEntity<String> response = parse("?issuer=11", seed("000_0ba823da548e48a4"));
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode expected = json.readTree(new ClassPathResource("seeds/000_0ba823da548e48a4.expected.json").getContentAsString(StandardCharsets.UTF_8));
        assertThat(json.readTree(response.getBody())).isEqualTo(expected);
    }

    @Test
    void withoutAnIssuerNothingIsResolved() throws Exception {
        JsonNode draft = json.readTree(parse("", seed("004_ecdc4a5bdf9be6bc")).getBody());
        assertThat(draft.get("symbol").asText()).isEqualTo("UBND-VX");
        assertThat(draft.get("numeral").isNull()).isTrue();
        assertThat(draft.get("assignments").get(0).get("unitCodes")).isEmpty();
        assertThat(draft.get("unresolved")).isEmpty();
    }

    @Test
    void refusesWhatIsNotADirectivesText() throws Exception {
        assertError(parse("", new byte[0]), 422, "empty-text");
        assertError(parse("", "  \n\t ".getBytes(StandardCharsets.UTF_8)), 422, "empty-text");
        assertError(parse("", "Hôm nay trời đẹp, chúng tôi đi chơi.".getBytes(StandardCharsets.UTF_8)), 422, "no-directive");
        assertError(parse("", new byte[] {'S', 0, 1, 2, (byte) 0x89, 'P', 'N', 'G'}), 422, "binary-text");
        assertError(parse("", "Số: 12/UBND-VX\u0000\u0001".getBytes(StandardCharsets.UTF_8)), 422, "binary-text");
        assertError(parse("", new byte[] {'S', (byte) 0xC3, (byte) 0x28, 'x'}), 422, "binary-text");
    }

    @Test
    void refusesABodyOverTwoMegabytes() throws Exception {
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertError(parse("", big), 413, "text-too-large");
    }

    @Test
    void aFormPostIsRefusedWithTheWayToSendText() throws Exception {
        assertError(parse("", seed("000_0ba823da548e48a4"), "admin", "admin-secret", MediaType.APPLICATION_FORM_URLENCODED),
                415, "unsupported-media-type");
    }

    @Test
    void anUnknownIssuerIsNotFound() throws Exception {
        assertError(parse("?issuer=99999", seed("000_0ba823da548e48a4")), 404, "unknown-unit");
    }

    /** An unknown user, not a wrong password: the engine would lock the administrator out for the other tests. */
    @Test
    void needsCredentials() throws Exception {
        assertThat(parse("", seed("000_0ba823da548e48a4"), "nobody", "nothing").getStatusCode().value()).isEqualTo(401);
    }

    private void assertError(ResponseEntity<String> response, int status, String error) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("error").asText()).isEqualTo(error);
        assertThat(body.get("message").asText()).isNotBlank();
    }
}
