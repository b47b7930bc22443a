package vn.directive.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** The 2025 tree (province and commune, no districts), chosen with directive.units.dataset. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"directive.units.dataset=vn-2025", "directive.demo=false"})
@ActiveProfiles("test")
class Unit2025ApiTest {

    @Autowired TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void countsEveryLevelOfThe2025Tree() throws Exception {
        assertThat(get("/api/units?kind=PROVINCE")).hasSize(34);
        assertThat(get("/api/units?kind=COMMUNE")).hasSize(3_321);
        assertThat(get("/api/units?kind=DISTRICT")).isEmpty();
        assertThat(get("/api/units?kind=DISTRICT_AGENCY")).isEmpty();
        assertThat(get("/api/units?kind=PROVINCIAL_AGENCY")).hasSize(34 * 22);
        assertThat(get("/api/units?kind=CENTRAL")).hasSize(7);
    }

    @Test
    void communesStandDirectlyUnderTheirProvince() throws Exception {
        JsonNode muongTe = get("/api/units/03445");
        assertThat(muongTe.get("name").asText()).isEqualTo("Xã Mường Tè");
        assertThat(muongTe.get("kind").asText()).isEqualTo("COMMUNE");
        assertThat(muongTe.get("parentCode").asText()).isEqualTo("12");
        assertThat(get("/api/units/12/children").findValuesAsText("kind"))
                .hasSize(38 + 22).doesNotContain("DISTRICT");
        // Mường Tè district is gone in 2025
        ResponseEntity<String> district = call("/api/units/107");
        assertThat(district.getStatusCode().value()).isEqualTo(404);
        assertThat(json.readTree(district.getBody()).get("error").asText()).isEqualTo("unknown-unit");
    }

    private ResponseEntity<String> call(String path) {
        return http.withBasicAuth("admin", "admin-secret").getForEntity(path, String.class);
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = call(path);
        assertThat(response.getStatusCode().value()).as(path + ": " + response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }
}
