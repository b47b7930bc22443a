package vn.directive.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A national directive is registered once, at the Government Office (VPCP): every province of both
 * datasets reports to it, and every administrative unit of the country is reached from it.
 */
class NationalRootTest {

    @ParameterizedTest
    @CsvSource({"vn-2021, 63, 705, 10599", "vn-2025, 34, 0, 3321"})
    void everyProvinceReportsToTheGovernmentOfficeAndEveryCommuneReachesIt(String dataset, int provinces, int districts,
                                                                         int communes) {
        List<Unit> units = UnitDataset.read(dataset);
        Map<String, Unit> byCode = units.stream().collect(Collectors.toMap(Unit::code, Function.identity()));

        Unit root = byCode.get(UnitDataset.NATIONAL_RECIPIENT);
        assertThat(root.kind()).isEqualTo(UnitKind.CENTRAL);
        assertThat(root.parentCode()).isNull();

        Map<UnitKind, Long> administrative = new EnumMap<>(UnitKind.class);
        for (Unit unit : units) {
            if (unit.kind() == UnitKind.PROVINCE || unit.kind() == UnitKind.DISTRICT || unit.kind() == UnitKind.COMMUNE) {
                administrative.merge(unit.kind(), 1L, Long::sum);
                assertThat(chainToTheTop(unit, byCode)).as("%s %s", unit.kind(), unit.code())
                        .endsWith(UnitDataset.NATIONAL_RECIPIENT);
            }
        }
        assertThat(administrative.get(UnitKind.PROVINCE)).isEqualTo(provinces);
        assertThat(administrative.getOrDefault(UnitKind.DISTRICT, 0L)).isEqualTo(districts);
        assertThat(administrative.get(UnitKind.COMMUNE)).isEqualTo(communes);
        assertThat(units).filteredOn(u -> u.kind() == UnitKind.PROVINCE)
                .allSatisfy(p -> assertThat(p.parentCode()).isEqualTo(UnitDataset.NATIONAL_RECIPIENT));
    }

    /** The unit's parents up to one without a parent: a commune's ends in its province's parent. */
    private static List<String> chainToTheTop(Unit unit, Map<String, Unit> byCode) {
        List<String> chain = new ArrayList<>();
        for (Unit u = unit; u.parentCode() != null; u = byCode.get(u.parentCode())) {
            chain.add(u.parentCode());
            assertThat(byCode).as("parent of %s", u.code()).containsKey(u.parentCode());
        }
        return chain;
    }
}
