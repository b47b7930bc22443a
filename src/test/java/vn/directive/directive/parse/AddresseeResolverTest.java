package vn.directive.directive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitKind;

/** Names resolved in the subtrees of Lai Châu (12), Điện Biên (11) and Mường Tè district (107), vn-2021 dataset. */
class AddresseeResolverTest {

    private final AddresseeResolver resolver = new AddresseeResolver(Parsers.UNITS);

    private List<String> resolve(String issuer, String name) {
        return resolver.scope(issuer).resolve(name);
    }

    private static List<String> codes(String parent, UnitKind kind) {
        return Parsers.UNITS.children(parent).stream().filter(u -> u.kind() == kind).map(Unit::code).toList();
    }

    @Test
    void laiChauDistrictsAndAgencies() {
        assertThat(resolve("12", "UBND các huyện, thành phố")).isEqualTo(codes("12", UnitKind.DISTRICT)).hasSize(8);
        assertThat(resolve("12", "UBND các huyện")).hasSize(7).doesNotContain("105");
        assertThat(resolve("12", "Các sở, ban, ngành tỉnh")).isEqualTo(codes("12", UnitKind.PROVINCIAL_AGENCY));
        assertThat(resolve("12", "Sở Y tế")).containsExactly("12-SYT");
        assertThat(resolve("12", "Sở Văn hóa, Thể thao và Du lịch")).containsExactly("12-SVHTTDL");
        assertThat(resolve("12", "Công an tỉnh")).containsExactly("12-CA");
        assertThat(resolve("12", "BCĐ tỉnh")).containsExactly("12-BCD");
        assertThat(resolve("12", "UBND huyện Mường Tè")).containsExactly("107");
        assertThat(resolve("12", "Trung tâm Y tế huyện Mường Tè")).containsExactly("107-TTYT");
        assertThat(resolve("12", "Trung tâm Y tế các huyện, thành phố")).hasSize(8).contains("105-TTYT", "107-TTYT");
    }

    @Test
    void dienBienCollectivesIncludeTheTownAndTheCity() {
        List<String> districts = resolve("11", "UBND các huyện, thị xã, thành phố");
        assertThat(districts).isEqualTo(codes("11", UnitKind.DISTRICT)).contains("094", "095");
        assertThat(resolve("11", "Ban Chỉ đạo phòng chống dịch bệnh COVID-19 các huyện, thị xã, thành phố"))
                .isEqualTo(districts.stream().map(d -> d + "-BCD").toList());
        assertThat(resolve("11", "Các sở, ban, ngành, đoàn thể tỉnh")).contains("11-SYT", "11-MTTQ");
        assertThat(resolve("11", "Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố")).isEqualTo(districts);
    }

    @Test
    void muongTeCommunesAndDistrictAgencies() {
        assertThat(resolve("107", "Ủy ban nhân dân các xã, thị trấn")).isEqualTo(codes("107", UnitKind.COMMUNE)).contains("03433");
        assertThat(resolve("107", "UBND các xã")).doesNotContain("03433").hasSize(codes("107", UnitKind.COMMUNE).size() - 1);
        assertThat(resolve("107", "Các cơ quan, ban, ngành, đoàn thể huyện")).isEqualTo(codes("107", UnitKind.DISTRICT_AGENCY));
        assertThat(resolve("107", "Trung tâm Y tế huyện")).containsExactly("107-TTYT");
        assertThat(resolve("107", "TT Y tế huyện")).containsExactly("107-TTYT");
        assertThat(resolve("107", "Phòng Văn hóa - Thông tin")).containsExactly("107-PVHTT");
        assertThat(resolve("107", "Trung tâm Văn hóa, Thể thao và Truyền thông huyện")).containsExactly("107-TTVHTTTT");
        assertThat(resolve("107", "UBND thị trấn Mường Tè")).containsExactly("03433");
    }

    @Test
    void whatCannotBeResolvedIsNotGuessed() {
        assertThat(resolve("107", "Sở Y tế")).as("the province's department is outside the district's subtree").isEmpty();
        assertThat(resolve("107", "Công an tỉnh")).isEmpty();
        assertThat(resolve("12", "Trung tâm Y tế huyện")).as("which district's?").isEmpty();
        assertThat(resolve("12", "Sở")).isEmpty();
        assertThat(resolve("12", "Huyện ủy, Thành ủy trực thuộc")).isEmpty();
        assertThat(resolve("12", "Các doanh nghiệp trên địa bàn tỉnh")).isEmpty();
        assertThat(resolve("12", "UBND huyện Điện Biên")).as("a district of another province").isEmpty();
        assertThat(resolver.scope("no-such-unit").active()).isFalse();
        assertThat(resolve(null, "Sở Y tế")).isEmpty();
    }
}
