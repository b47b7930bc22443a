package vn.directive.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** HTTP calls as a signed-in user, the way Tasklist, Modeler or another system make them. */
public final class Api {

    /** The administrator's password in the {@code test} profile. */
    public static final String ADMIN_PASSWORD = "admin-secret";
    public static final String DEMO_PASSWORD = "demo";

    private final TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    public Api(TestRestTemplate http) {
        this.http = http;
    }

    /** The admin and the demo users with the test profile's passwords. */
    public ResponseEntity<String> as(String user, HttpMethod method, String path, String jsonBody) {
        return exchange(user, user.equals("admin") ? ADMIN_PASSWORD : DEMO_PASSWORD, method, path, jsonBody);
    }

    public ResponseEntity<String> exchange(String user, String password, HttpMethod method, String path, String jsonBody) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, password);
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(jsonBody, headers), String.class);
    }

    /** The JSON body of a call that must answer {@code status}. */
    public JsonNode expect(int status, ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        return read(response);
    }

    public JsonNode read(ResponseEntity<String> response) {
        try {
            return response.getBody() == null ? json.nullNode() : json.readTree(response.getBody());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

    /** A contract error: the status, {"error": code, "message": non-blank}, served as JSON. */
    public JsonNode expectError(int status, String error, ResponseEntity<String> response) {
        JsonNode body = expect(status, response);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(body.path("error").asText()).isEqualTo(error);
        assertThat(body.path("message").asText()).isNotBlank();
        return body;
    }

    /** A GET as the administrator. */
    public ResponseEntity<String> adminGet(String path) {
        return as("admin", HttpMethod.GET, path, null);
    }

    /** The JSON of a GET as the administrator that must answer 200. */
    public JsonNode adminRead(String path) {
        return expect(200, adminGet(path));
    }

    /** A registration as in contract section 4, for a directive of the Ministry of Health. */
    public static String registration(String number, String recipient, String reportDeadline) {
        return """
                {"directive": {"number": "%s", "issuer": "Bộ Y tế", "type": "CONG_DIEN",
                  "subject": "Về tăng cường phòng, chống dịch", "urgency": "KHAN", "issuedOn": "2026-11-20"},
                 "recipient": "%s", "reportDeadline": "%s"}
                """.formatted(number, recipient, reportDeadline);
    }
}
