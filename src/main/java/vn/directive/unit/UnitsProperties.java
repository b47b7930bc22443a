package vn.directive.unit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** directive.units.dataset: vn-2021 (province, district, commune) or vn-2025 (province, commune). */
@ConfigurationProperties("directive.units")
public record UnitsProperties(String dataset) {

    public static final String VN_2021 = "vn-2021";
    public static final String VN_2025 = "vn-2025";

    public UnitsProperties {
        if (dataset == null || dataset.isBlank()) {
            dataset = VN_2021;
        }
        if (!dataset.equals(VN_2021) && !dataset.equals(VN_2025)) {
            throw new IllegalArgumentException("directive.units.dataset must be vn-2021 or vn-2025, not " + dataset);
        }
    }
}
