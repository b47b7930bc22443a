package vn.directive.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.platform.Api;

/** Contract section 3 on the default dataset, vn-2021 (province, district, commune). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnitApiTest {

    @Autowired TestRestTemplate http;
    private Api api;

    @BeforeEach
    void signIn() {
        api = new Api(http);
    }

    @Test
    void countsEveryLevelOfThe2021Tree() throws Exception {
        assertThat(ofKind("PROVINCE")).hasSize(63);
        assertThat(ofKind("DISTRICT")).hasSize(705);
        assertThat(ofKind("COMMUNE")).hasSize(10_599);
        // agencies.csv: 7 central bodies, 22 provincial and 18 district agencies under every province and district
        assertThat(ofKind("CENTRAL")).hasSize(7);
        assertThat(ofKind("PROVINCIAL_AGENCY")).hasSize(63 * 22);
        assertThat(ofKind("DISTRICT_AGENCY")).hasSize(705 * 18);
        assertThat(ofKind("CENTRAL").findValuesAsText("code")).contains("VPCP", "TTG", "BYT");
    }

    @Test
    void laiChauHasEightDistrictsAndMuongTeFourteenCommunes() throws Exception {
        assertThat(childrenOfKind("12", "DISTRICT")).hasSize(8).contains("107");
        assertThat(childrenOfKind("12", "PROVINCIAL_AGENCY")).hasSize(22).contains("12-SYT");
        assertThat(childrenOfKind("107", "COMMUNE")).hasSize(14).contains("03433", "03436");
        assertThat(childrenOfKind("107", "DISTRICT_AGENCY")).hasSize(18).contains("107-PYT");
        // every province stands under the Government Office, the national recipient
        assertThat(childrenOfKind("VPCP", "PROVINCE")).hasSize(63);
        assertThat(api.adminRead("/api/units/03433/children")).isEmpty();
    }

    @Test
    void aUnitHasTheContractShapeAndItsThreeGroups() throws Exception {
        JsonNode muongTe = api.adminRead("/api/units/107");
        assertThat(fieldNames(muongTe)).containsExactlyInAnyOrder("code", "name", "kind", "parentCode", "groups");
        assertThat(muongTe.get("code").asText()).isEqualTo("107");
        assertThat(muongTe.get("name").asText()).isEqualTo("Huyện Mường Tè");
        assertThat(muongTe.get("kind").asText()).isEqualTo("DISTRICT");
        assertThat(muongTe.get("parentCode").asText()).isEqualTo("12");
        assertThat(fieldNames(muongTe.get("groups"))).containsExactlyInAnyOrder("clerks", "leaders", "officers");
        assertThat(muongTe.get("groups").get("clerks").asText()).isEqualTo("107.clerks");
        assertThat(muongTe.get("groups").get("leaders").asText()).isEqualTo("107.leaders");
        assertThat(muongTe.get("groups").get("officers").asText()).isEqualTo("107.officers");

        JsonNode health = api.adminRead("/api/units/12-SYT");
        assertThat(health.get("name").asText()).isEqualTo("Sở Y tế tỉnh Lai Châu");
        assertThat(health.get("kind").asText()).isEqualTo("PROVINCIAL_AGENCY");
        assertThat(health.get("groups").get("clerks").asText()).isEqualTo("12-SYT.clerks");

        JsonNode office = api.adminRead("/api/units/VPCP");
        assertThat(office.get("kind").asText()).isEqualTo("CENTRAL");
        assertThat(office.get("parentCode").isNull()).isTrue();
    }

    @Test
    void codesKeepTheirLeadingZeros() throws Exception {
        JsonNode township = api.adminRead("/api/units/03433");
        assertThat(township.get("code").asText()).isEqualTo("03433");
        assertThat(township.get("name").asText()).isEqualTo("Thị trấn Mường Tè");
        assertThat(township.get("parentCode").asText()).isEqualTo("107");
        assertThat(api.adminRead("/api/units/01").get("name").asText()).isEqualTo("Thành phố Hà Nội");
        // the same number without its zero is another (unknown) code
        api.expectError(404, "unknown-unit", api.adminGet("/api/units/3433"));
    }

    @Test
    void unknownCodesAndKindsAreClearJsonErrors() throws Exception {
        JsonNode unknown = api.expectError(404, "unknown-unit", api.adminGet("/api/units/99999"));
        assertThat(unknown.get("message").asText()).isEqualTo("Không có đơn vị mã '99999'");
        api.expectError(404, "unknown-unit", api.adminGet("/api/units/99999/children"));
        JsonNode badKind = api.expectError(400, "invalid-kind", api.adminGet("/api/units?kind=VILLAGE"));
        assertThat(badKind.get("message").asText()).startsWith("Loại đơn vị (kind) phải là một trong").endsWith("không phải 'VILLAGE'");
        api.expectError(400, "missing-parameter", api.adminGet("/api/units"));
    }

    private JsonNode ofKind(String kind) throws Exception {
        JsonNode units = api.adminRead("/api/units?kind=" + kind);
        units.forEach(u -> assertThat(u.get("kind").asText()).isEqualTo(kind));
        return units;
    }

    private List<String> childrenOfKind(String code, String kind) throws Exception {
        List<String> codes = new ArrayList<>();
        for (JsonNode child : api.adminRead("/api/units/" + code + "/children")) {
            assertThat(child.get("parentCode").asText()).isEqualTo(code);
            if (child.get("kind").asText().equals(kind)) {
                codes.add(child.get("code").asText());
            }
        }
        return codes;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
