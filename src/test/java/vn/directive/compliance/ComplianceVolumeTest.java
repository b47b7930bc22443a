package vn.directive.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitKind;
import vn.directive.unit.UnitRegistry;

/**
 * A national cascade of 10,000 units and a province's year of directives, written straight into the
 * register: the report is counted by the database and answers within a second or two on H2.
 * The demo provinces (12, 11, 58) are left out, so the other tests' exact counts are not disturbed.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplianceVolumeTest {

    private static final int CASCADE = 10_000;
    private static final int DIRECTIVES_IN_A_YEAR = 250;
    private static final String PROVINCE = "01"; // Hà Nội
    private static final Set<String> DEMO_PROVINCES = Set.of("12", "11", "58");
    /** Generous for two shared cores; measured times are an order of magnitude below. */
    private static final long LIMIT_MILLIS = 3_000;

    @Autowired JdbcTemplate jdbc;
    @Autowired UnitRegistry units;
    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;

    private final List<String> provinceUnits = new ArrayList<>();
    private final Set<String> nationalCodes = new HashSet<>();

    @BeforeAll
    void fillTheRegister() {
        List<Unit> nation = units.all().stream()
                .filter(u -> u.kind() == UnitKind.COMMUNE || u.kind() == UnitKind.DISTRICT)
                .filter(u -> !DEMO_PROVINCES.contains(u.provinceCode()))
                .sorted(Comparator.comparing(Unit::code)).limit(CASCADE).toList();
        assertThat(nation).hasSize(CASCADE);
        directive("volume-national");
        obligations("volume-national", nation);
        nation.forEach(u -> nationalCodes.add(u.code()));
        units.subtree(PROVINCE).stream().filter(u -> u.kind() == UnitKind.COMMUNE).limit(40).forEach(u -> provinceUnits.add(u.code()));
        List<Unit> province = provinceUnits.stream().map(units::get).toList();
        for (int i = 0; i < DIRECTIVES_IN_A_YEAR; i++) {
            directive("volume-year-" + i);
            obligations("volume-year-" + i, province);
        }
    }

    private void directive(String id) {
        jdbc.update("insert into directive (id, business_key, number, urgency, secrecy, recipient_code, report_deadline, "
                        + "draft_json, registered_at) values (?, ?, ?, 'THUONG', 'THUONG', 'VPCP', ?, '{}', ?)",
                id, "VB-" + id, id + "/CĐ-TTg", Date.valueOf(LocalDate.of(2026, 6, 30)),
                Timestamp.valueOf("2026-01-05 09:00:00"));
    }

    /** Every fourth unit reported, every fourth overdue, the rest in progress: the counts are known. */
    private void obligations(String directiveId, List<Unit> reached) {
        List<Object[]> rows = new ArrayList<>(reached.size());
        for (int i = 0; i < reached.size(); i++) {
            Unit u = reached.get(i);
            boolean reported = i % 4 == 0;
            rows.add(new Object[] {directiveId, u.code(), u.parentCode(), reported ? "06" : "05",
                Timestamp.valueOf("2026-01-05 09:00:00"), Timestamp.valueOf("2026-01-06 16:59:59"),
                Timestamp.valueOf("2026-01-05 10:00:00"), Date.valueOf(LocalDate.of(2099, 6, 30)),
                reported ? Timestamp.valueOf("2026-02-01 10:00:00") : null, i % 4 == 1});
        }
        jdbc.batchUpdate("insert into directive_unit (directive_id, unit_code, parent_code, role, status, received_at, "
                + "ack_due, acknowledged_at, report_deadline, reported_at, overdue) "
                + "values (?, ?, ?, 'CHU_TRI', ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private JsonNode timedReport(String query) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("admin", "admin-secret");
        ResponseEntity<String> response = null;
        long millis = 0;
        // the second call is the one timed: the first also warms up the JIT and the connection pool
        for (int call = 1; call <= 2; call++) {
            long start = System.nanoTime();
            response = http.exchange("/api/reports/compliance?" + query, HttpMethod.GET, new HttpEntity<>(headers),
                    String.class);
            millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("compliance?%s, call %d: %d ms, %d bytes%n", query, call, millis,
                    response.getBody().length());
        }
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(millis).as("milliseconds for " + query).isLessThan(LIMIT_MILLIS);
        return json.readTree(response.getBody());
    }

    @Test
    void aNationalCascadeOfTenThousandUnits() throws Exception {
        JsonNode report = timedReport("directive=volume-national");
        assertThat(report.get("total").asLong()).isEqualTo(CASCADE);
        assertThat(report.get("onTime").asLong()).isEqualTo(CASCADE / 4);
        assertThat(report.get("overdue").asLong()).isEqualTo(CASCADE / 4);
        assertThat(report.get("inProgress").asLong()).isEqualTo(CASCADE / 2);
        assertThat(report.get("units")).hasSize(CASCADE);
    }

    @Test
    void aProvincesYearOfDirectives() throws Exception {
        JsonNode report = timedReport("unit=" + PROVINCE + "&limit=100");
        long expected = (long) DIRECTIVES_IN_A_YEAR * provinceUnits.size()
                + units.subtree(PROVINCE).stream().filter(u -> nationalCodes.contains(u.code())).count();
        assertThat(report.get("total").asLong()).isEqualTo(expected);
        assertThat(report.get("units")).hasSize(100);
    }
}
