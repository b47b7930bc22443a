package vn.directive.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CalendarApiTest {

    @Autowired
    TestRestTemplate rest;

    private ResponseEntity<JsonNode> get(String uri) {
        return rest.withBasicAuth("admin", "admin-secret").getForEntity(uri, JsonNode.class);
    }

    @Test
    void workingDaysAfterADate() {
        ResponseEntity<JsonNode> response = get("/api/calendar/working-days?from=2024-02-07&add=1");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("date").asText()).isEqualTo("2024-02-15");

        assertThat(get("/api/calendar/working-days?from=2024-02-10&add=0").getBody().get("date").asText())
                .isEqualTo("2024-02-15");
    }

    @Test
    void fromADayOffOneWorkingDayIsTheFirstWorkingDayAfterIt() {
        // Sunday 2 June 2024 + 1 is Monday (Civil Code art. 147: the Sunday itself is not counted)
        assertThat(get("/api/calendar/working-days?from=2024-06-02&add=1").getBody().get("date").asText())
                .isEqualTo("2024-06-03");
        // Saturday 14 February 2026, in the Tết break, and the README's Friday before it
        assertThat(get("/api/calendar/working-days?from=2026-02-14&add=1").getBody().get("date").asText())
                .isEqualTo("2026-02-23");
        assertThat(get("/api/calendar/working-days?from=2026-02-13&add=1").getBody().get("date").asText())
                .isEqualTo("2026-02-23");
    }

    @Test
    void holidaysOfAYearInDateOrder() {
        ResponseEntity<JsonNode> response = get("/api/calendar/holidays?year=2025");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode holidays = response.getBody();
        assertThat(holidays).hasSize(12);
        assertThat(holidays.get(0).get("date").asText()).isEqualTo("2025-01-01");
        assertThat(holidays.get(0).get("name").asText()).isEqualTo("Tết Dương lịch");
        assertThat(holidays.get(6).get("name").asText()).isEqualTo("Giỗ Tổ Hùng Vương");
        for (int i = 1; i < holidays.size(); i++) {
            assertThat(holidays.get(i).get("date").asText()).isGreaterThan(holidays.get(i - 1).get("date").asText());
        }
    }

    @Test
    void whyADayIsOrIsNotWorked() {
        assertDay("2024-06-01", false, "Thứ Bảy");
        assertDay("2024-06-02", false, "Chủ nhật");
        assertDay("2024-06-03", true, "Ngày làm việc");
        assertDay("2024-02-10", false, "Tết Nguyên đán");
        assertDay("2024-05-04", true, "Làm bù");
        assertDay("2027-05-03", false, "Nghỉ bù Ngày Quốc tế Lao động");
    }

    private void assertDay(String date, boolean working, String reason) {
        ResponseEntity<JsonNode> response = get("/api/calendar/working-day?date=" + date);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("date").asText()).isEqualTo(date);
        assertThat(response.getBody().get("workingDay").asBoolean()).as(date).isEqualTo(working);
        assertThat(response.getBody().get("reason").asText()).isEqualTo(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/calendar/working-days?from=2024-02-07&add=-1",
            "/api/calendar/working-days?from=2024-02-07&add=10001",
            "/api/calendar/working-days?from=2024-02-07&add=many",
            "/api/calendar/working-days?from=2024-13-01&add=1",
            "/api/calendar/working-days?from=07/02/2024&add=1",
            "/api/calendar/working-days?add=1",
            "/api/calendar/working-days?from=2024-02-07",
            "/api/calendar/working-days?from=1999-12-31&add=1",
            "/api/calendar/working-days?from=2100-12-01&add=100",
            "/api/calendar/holidays?year=1999",
            "/api/calendar/holidays?year=2101",
            "/api/calendar/holidays?year=năm",
            "/api/calendar/holidays",
            "/api/calendar/working-day?date=2101-01-01",
            "/api/calendar/working-day?date=2024-02-30",
            "/api/calendar/working-day"})
    void badInputIsA400WithAJsonError(String uri) {
        ResponseEntity<JsonNode> response = get(uri);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("error").asText()).isNotBlank();
        assertThat(response.getBody().get("message").asText()).isNotBlank();
    }

    @Test
    void errorsAreVietnameseAndNameTheParameter() {
        assertThat(get("/api/calendar/working-days?from=2024-02-07&add=-1").getBody().get("message").asText())
                .isEqualTo("Số ngày làm việc (add) phải từ 0 đến 10.000, không phải -1");
        assertThat(get("/api/calendar/holidays?year=2101").getBody().get("message").asText())
                .isEqualTo("Năm (year): ngày cần tính nằm ngoài lịch làm việc (các năm 2000–2100)");
        assertThat(get("/api/calendar/working-days?from=07/02/2024&add=1").getBody().get("message").asText())
                .isEqualTo("Ngày bắt đầu tính (from) không hợp lệ: '07/02/2024' (cần một ngày YYYY-MM-DD)");
        assertThat(get("/api/calendar/working-days?from=2024-02-07").getBody().get("message").asText())
                .isEqualTo("Thiếu tham số Số ngày làm việc (add)");
    }

    @Test
    void aDemoUserMayReadTheCalendar() {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("vanthu.107", "demo")
                .getForEntity("/api/calendar/working-day?date=2024-06-03", JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void credentialsAreRequired() {
        assertThat(rest.getForEntity("/api/calendar/holidays?year=2025", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
