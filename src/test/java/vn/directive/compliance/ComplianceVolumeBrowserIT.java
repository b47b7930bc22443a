package vn.directive.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.browser.Chromium;
import vn.directive.unit.Unit;
import vn.directive.unit.UnitDataset;
import vn.directive.unit.UnitKind;
import vn.directive.unit.UnitRegistry;

/**
 * How long the Tuân thủ view takes for Lai Châu's whole cascade (115 administrative units) and for a
 * national one (every province, district and commune of 2021 under the Government Office, 11,368 units),
 * written straight into the register: the API call, and the page in Chromium from the route change to
 * the table painted. It prints the figures (and writes them to target/compliance-volume.txt) for the
 * README and asserts only what was shown, never a time: the machine is shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "directive.test.context=compliance-volume") // a context (and database) of its own
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplianceVolumeBrowserIT {

    private static final Set<UnitKind> ADMINISTRATIVE = Set.of(UnitKind.PROVINCE, UnitKind.DISTRICT, UnitKind.COMMUNE);
    private static final int RUNS = 3;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired UnitRegistry units;
    @Autowired TestRestTemplate http;

    private final List<String> figures = new ArrayList<>();
    private int provinceSize;
    private int nationalSize;
    private ChromeDriver browser;

    @BeforeAll
    void fillTheRegister() throws Exception {
        List<Unit> province = units.subtree("12").stream().filter(u -> ADMINISTRATIVE.contains(u.kind()))
                .sorted(Comparator.comparing(Unit::code)).toList();
        List<Unit> nation = new ArrayList<>();
        nation.add(units.get(UnitDataset.NATIONAL_RECIPIENT));
        units.all().stream().filter(u -> ADMINISTRATIVE.contains(u.kind())).sorted(Comparator.comparing(Unit::code))
                .forEach(nation::add);
        provinceSize = province.size();
        nationalSize = nation.size();
        directive("volume-province", "12");
        obligations("volume-province", province, "12");
        directive("volume-national", UnitDataset.NATIONAL_RECIPIENT);
        obligations("volume-national", nation, UnitDataset.NATIONAL_RECIPIENT);
        browser = Chromium.start();
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "compliance-volume.txt"), figures);
        figures.forEach(System.out::println);
    }

    private void directive(String id, String recipient) {
        jdbc.update("insert into directive (id, business_key, number, issuer, subject, issued_on, urgency, secrecy, "
                        + "recipient_code, report_deadline, draft_json, registered_at) values (?, ?, ?, 'Thủ tướng Chính phủ', "
                        + "'Về tăng cường phòng, chống dịch bệnh mùa đông xuân', ?, 'THUONG', 'THUONG', ?, ?, '{}', ?)",
                id, "VB-" + id, Math.floorMod(id.hashCode(), 1000) + "/CĐ-TTg", Date.valueOf(LocalDate.of(2026, 1, 5)), recipient,
                Date.valueOf(LocalDate.of(2026, 6, 30)), Timestamp.valueOf("2026-01-05 09:00:00"));
    }

    /** A realistic mix: a quarter reported (with a summary), a quarter overdue, some informed, some not started. */
    private void obligations(String directiveId, List<Unit> reached, String recipient) {
        List<Object[]> rows = new ArrayList<>(reached.size());
        for (int i = 0; i < reached.size(); i++) {
            Unit u = reached.get(i);
            boolean reported = i % 4 == 0;
            boolean notStarted = i % 10 == 7;
            rows.add(new Object[] {directiveId, u.code(), u.code().equals(recipient) ? null : u.parentCode(),
                i % 9 == 5 ? "DE_BIET" : i % 7 == 3 ? "PHOI_HOP" : "CHU_TRI", reported ? "06" : notStarted ? "01" : "05",
                Timestamp.valueOf("2026-01-05 09:00:00"), Timestamp.valueOf("2026-01-06 16:59:59"),
                notStarted ? null : Timestamp.valueOf("2026-01-05 10:00:00"), Date.valueOf(LocalDate.of(2099, 6, 30)),
                reported ? Timestamp.valueOf("2026-02-01 10:00:00") : null,
                reported ? "Đã triển khai đến toàn bộ thôn, bản; tổ chức " + i + " buổi tuyên truyền, kiểm tra "
                        + "các cơ sở và báo cáo kết quả về Ủy ban nhân dân cấp trên theo đúng thời hạn." : null,
                i % 4 == 1, notStarted ? null : "pi-" + directiveId + "-" + i,
                "12/UBND-VX", Date.valueOf("2026-01-05")});
        }
        jdbc.batchUpdate("insert into directive_unit (directive_id, unit_code, parent_code, role, status, received_at, "
                + "ack_due, acknowledged_at, report_deadline, reported_at, report_summary, overdue, process_instance_id, "
                + "implementing_number, implementing_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private void measureApi(String label, String directiveId, String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        long[] millis = new long[RUNS];
        int bytes = 0;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            ResponseEntity<String> response = http.exchange("/api/reports/compliance?directive=" + directiveId
                    + "&limit=20000", HttpMethod.GET, new HttpEntity<>(headers), String.class);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            bytes = response.getBody().length();
        }
        figures.add(String.format("API  %-40s %s ms (%d bytes)", label, Arrays.toString(millis), bytes));
    }

    /**
     * From the route change to the table painted (two animation frames after it is in the document), measured
     * inside the page; the dashboard in between, so that every run builds the view anew.
     */
    private void measurePage(String label, String directiveId, int rows, String shot) throws Exception {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        long[] millis = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            browser.executeScript("window.location.hash = '#/dashboard';");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("table.compliance-units")).isEmpty());
            Object elapsed = browser.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const start = performance.now();
                    window.location.hash = '#/tuan-thu?directive=' + arguments[0];
                    const poll = () => document.querySelector('table.compliance-units')
                      ? requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)))
                      : setTimeout(poll, 5);
                    poll();
                    """, directiveId);
            millis[run] = Math.round(((Number) elapsed).doubleValue());
            assertThat(browser.findElements(By.cssSelector("tr.compliance-unit"))).hasSize(rows);
        }
        Chromium.screenshot(browser, shot);
        figures.add(String.format("page %-40s %s ms", label, Arrays.toString(millis)));
    }

    /** From the click on a folded unit to its children painted. */
    private void measureUnfold(String label, String unitCode) {
        Object elapsed = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const button = document.querySelector(`tr[data-unit-code='${arguments[0]}'] .compliance-toggle`);
                const start = performance.now();
                button.click();
                requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
                """, unitCode);
        figures.add(String.format("page %-40s %d ms (unfold)", label, Math.round(((Number) elapsed).doubleValue())));
    }

    @Test
    void aProvincesCascadeAndANationalOne() throws Exception {
        figures.add("machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + Files.readString(Path.of("/proc/loadavg")).trim() + ", JVM max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        measureApi("Lai Châu, " + provinceSize + " units (admin)", "volume-province", "admin", "admin-secret");
        measureApi("national, " + nationalSize + " units (admin)", "volume-national", "admin", "admin-secret");
        measureApi("national, Lai Châu's part (lanhdao.12)", "volume-national", "lanhdao.12", "demo");

        browser.get("http://localhost:" + port + "/camunda/app/cockpit/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='text']")));
        browser.findElement(By.cssSelector("input[type='text']")).sendKeys("admin");
        browser.findElement(By.cssSelector("input[type='password']")).sendKeys("admin-secret");
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.compliance-navigation")));
        measurePage("Lai Châu, " + provinceSize + " units", "volume-province", provinceSize, "compliance-volume-province");
        // the national cascade opens at its top two levels (the Government Office and 63 provinces), folded below
        measurePage("national, " + nationalSize + " units", "volume-national", 64, "compliance-volume-national");
        measureUnfold("Hà Nội (01) in the national cascade", "01");
        measureUnfold("Lai Châu (12) in the national cascade", "12");
        measureUnfold("Thành phố Lai Châu (105) under it", "105");
        assertThat(browser.findElements(By.cssSelector("tr.compliance-unit[data-unit-code='03386']"))).hasSize(1);
        Chromium.screenshot(browser, "compliance-volume-national-unfolded");
    }
}
