package vn.directive.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.platform.Api;

/** The 2025 tree (province and commune, no districts), chosen with directive.units.dataset. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"directive.units.dataset=vn-2025", "directive.demo=false"})
@ActiveProfiles("test")
class Unit2025ApiTest {

    @Autowired TestRestTemplate http;
    private Api api;

    @BeforeEach
    void signIn() {
        api = new Api(http);
    }

    @Test
    void countsEveryLevelOfThe2025Tree() throws Exception {
        assertThat(api.adminRead("/api/units?kind=PROVINCE")).hasSize(34);
        assertThat(api.adminRead("/api/units?kind=COMMUNE")).hasSize(3_321);
        assertThat(api.adminRead("/api/units?kind=DISTRICT")).isEmpty();
        assertThat(api.adminRead("/api/units?kind=DISTRICT_AGENCY")).isEmpty();
        assertThat(api.adminRead("/api/units?kind=PROVINCIAL_AGENCY")).hasSize(34 * 22);
        assertThat(api.adminRead("/api/units?kind=CENTRAL")).hasSize(7);
    }

    @Test
    void communesStandDirectlyUnderTheirProvince() throws Exception {
        JsonNode muongTe = api.adminRead("/api/units/03445");
        assertThat(muongTe.get("name").asText()).isEqualTo("Xã Mường Tè");
        assertThat(muongTe.get("kind").asText()).isEqualTo("COMMUNE");
        assertThat(muongTe.get("parentCode").asText()).isEqualTo("12");
        assertThat(api.adminRead("/api/units/12/children").findValuesAsText("kind"))
                .hasSize(38 + 22).doesNotContain("DISTRICT");
        // Mường Tè district is gone in 2025
        api.expectError(404, "unknown-unit", api.adminGet("/api/units/107"));
    }
}
