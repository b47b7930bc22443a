package vn.directive.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directive.cascade.CascadeTestSupport.clockAt;
import static vn.directive.cascade.CascadeTestSupport.complete;
import static vn.directive.cascade.CascadeTestSupport.draft;
import static vn.directive.cascade.CascadeTestSupport.executeJobs;
import static vn.directive.cascade.CascadeTestSupport.instanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.browser.Chromium;
import vn.directive.cascade.CascadeProcess;
import vn.directive.cascade.CascadeProcess.Var;
import vn.directive.directive.DirectiveDraft.Urgency;
import vn.directive.registration.DirectiveService;
import vn.directive.registration.DirectiveService.Registration;

/**
 * The administrator signs into Cockpit, opens the Tuân thủ view from the navigation, picks a directive
 * and finds its overdue commune marked in red, with a link to the commune's process instance. The
 * screenshot goes to target/screenshots/; with {@code -Dscreenshots.readme=true} it also replaces the one
 * the README shows (docs/compliance-view.png), so that a plain build leaves the working tree clean.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ComplianceViewBrowserIT {

    private static final String DISTRICT = "105";       // Thành phố Lai Châu
    private static final String ON_TIME = "03386";      // Phường Quyết Thắng reports in time
    private static final String OVERDUE = "03387";      // Phường Tân Phong never acknowledges
    private static final String OVERDUE_BACKGROUND = "rgba(253, 236, 234, 1)";

    @LocalServerPort int port;
    @Autowired DirectiveService directives;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;

    private ChromeDriver browser;

    @BeforeEach
    void start() throws Exception {
        browser = Chromium.start();
    }

    @AfterEach
    void stop() {
        ClockUtil.reset();
        if (browser != null) {
            browser.quit();
        }
    }

    /** A district's cascade on the engine clock: one commune on time, one past its acknowledgement deadline. */
    private Registration cascadeWithAnOverdueCommune() {
        clockAt(LocalDateTime.of(2026, 3, 2, 9, 0));
        Registration r = directives.register(draft("88/CĐ-TTg", Urgency.KHAN), DISTRICT, LocalDate.of(2026, 3, 27), null);
        String district = r.processInstanceId();
        complete(tasks, district, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        complete(tasks, district, CascadeProcess.USER_ASSIGN, Map.of(Var.ASSIGNMENTS, SpinValues.jsonValue("["
                + "{\"unitCode\":\"" + ON_TIME + "\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức tiêm\",\"reportDeadline\":\"2026-03-20\"},"
                + "{\"unitCode\":\"" + OVERDUE + "\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức tiêm\",\"reportDeadline\":\"2026-03-20\"}]")
                .create()));
        complete(tasks, district, CascadeProcess.USER_ISSUE_DOCUMENT,
                Map.of(Var.IMPLEMENTING_NUMBER, "41/UBND-VX", Var.IMPLEMENTING_DATE, "2026-03-02"));
        executeJobs(management);
        String onTime = instanceOf(runtime, r.businessKey(), ON_TIME).getId();
        // the commune's own people, so that its history (Lịch sử) names them
        as("vanthu." + ON_TIME, () -> complete(tasks, onTime, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true)));
        as("chuyenvien." + ON_TIME, () -> complete(tasks, onTime, CascadeProcess.USER_REPORT,
                Map.of(Var.REPORT_SUMMARY, "Đã tiêm 800 mũi")));
        executeJobs(management); // the report is recorded in a job of its own
        clockAt(LocalDateTime.of(2026, 3, 5, 9, 0)); // the acknowledgement was due by the end of 3 March
        executeJobs(management);
        return r;
    }

    /** A step taken by a signed-in user, as Tasklist takes it: the engine knows the user and the user's groups. */
    private void as(String user, Runnable step) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            step.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    private void signIn(WebDriverWait wait, String user, String password) {
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='text']")));
        browser.findElement(By.cssSelector("input[type='text']")).sendKeys(user);
        browser.findElement(By.cssSelector("input[type='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
    }

    /** How many process instances of a business key the signed-in user reads through Cockpit's engine API. */
    private long instancesSeen(String businessKey) {
        Object count = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/camunda/api/engine/engine/default/process-instance/count?businessKey=' + arguments[0],
                      { credentials: 'same-origin', headers: { Accept: 'application/json' } })
                  .then(r => r.json()).then(b => done(b.count)).catch(e => done(-1));
                """, businessKey);
        return ((Number) count).longValue();
    }

    private static final String SUMMARY = "Đã tổ chức tiêm chủng cho 12.400 trẻ dưới 5 tuổi tại 8 huyện, thành phố; "
            + "còn 320 trẻ ở vùng sâu chưa tiêm, dự kiến hoàn thành trong tháng 4/2026.";

    /**
     * Lai Châu's leader signs into Cockpit (no "missing access rights"), opens Tuân thủ and finds Lai Châu's
     * cascade with levels, roles and the report's summary in words, and no Điện Biên directive in the
     * picker; the link opens the district's running instance, which Cockpit lets the leader read.
     */
    @Test
    void aProvincesLeaderSeesTheProvinceAndNoOther() throws Exception {
        clockAt(LocalDateTime.of(2026, 4, 6, 9, 0));
        Registration laiChau = directives.register(draft("90/CĐ-TTg", Urgency.KHAN), "12", LocalDate.of(2026, 5, 29), null);
        Registration dienBien = directives.register(draft("91/CĐ-TTg", Urgency.KHAN), "11", LocalDate.of(2026, 5, 29), null);
        String province = laiChau.processInstanceId();
        complete(tasks, province, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        complete(tasks, province, CascadeProcess.USER_ASSIGN, Map.of(Var.ASSIGNMENTS, SpinValues.jsonValue("["
                + "{\"unitCode\":\"105\",\"role\":\"CHU_TRI\",\"task\":\"Tổ chức tiêm\",\"reportDeadline\":\"2026-05-22\"},"
                + "{\"unitCode\":\"12-SYT\",\"role\":\"PHOI_HOP\",\"task\":\"Hướng dẫn\",\"reportDeadline\":\"2026-05-22\"},"
                + "{\"unitCode\":\"106\",\"role\":\"DE_BIET\",\"task\":null,\"reportDeadline\":\"2026-05-22\"}]")
                .create()));
        complete(tasks, province, CascadeProcess.USER_ISSUE_DOCUMENT,
                Map.of(Var.IMPLEMENTING_NUMBER, "45/UBND-VX", Var.IMPLEMENTING_DATE, "2026-04-06"));
        executeJobs(management);
        String health = instanceOf(runtime, laiChau.businessKey(), "12-SYT").getId();
        complete(tasks, health, CascadeProcess.USER_ACKNOWLEDGE, Map.of(Var.ACCEPTED, true));
        complete(tasks, health, CascadeProcess.USER_REPORT, Map.of(Var.REPORT_SUMMARY, SUMMARY));
        executeJobs(management);
        String district = instanceOf(runtime, laiChau.businessKey(), "105").getId();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        try {
            signIn(wait, "lanhdao.12", "demo");
            WebElement navigation = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("a.compliance-navigation")));
            Chromium.screenshot(browser, "compliance-province-leader-dashboard");
            navigation.click();
            WebElement option = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("select.compliance-directive option[value='" + laiChau.id() + "']")));
            assertThat(option.getText()).startsWith(laiChau.businessKey())
                    .contains("90/CĐ-TTg ngày 30/11/2026", "Bộ Y tế", "→ Tỉnh Lai Châu");
            assertThat(browser.findElements(By.cssSelector("select.compliance-directive option[value='" + dienBien.id() + "']")))
                    .as("Điện Biên's directive is not in Lai Châu's picker").isEmpty();
            for (WebElement o : browser.findElements(By.cssSelector("select.compliance-directive option"))) {
                assertThat(o.getText()).doesNotContain("Điện Biên", "Ninh Thuận");
            }
            new Select(browser.findElement(By.cssSelector("select.compliance-directive"))).selectByValue(laiChau.id());

            WebElement top = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("tr.compliance-unit[data-unit-code='12']")));
            assertThat(top.getText()).contains("Tỉnh Lai Châu", "Tỉnh", "Chủ trì", "05 Đang xử lý", "29/05/2026");
            WebElement districtRow = browser.findElement(By.cssSelector("tr.compliance-unit[data-unit-code='105']"));
            assertThat(districtRow.getText()).contains("Huyện", "Chủ trì", "45/UBND-VX ngày 06/04/2026", "Mở tiến trình");
            WebElement healthRow = browser.findElement(By.cssSelector("tr.compliance-unit[data-unit-code='12-SYT']"));
            assertThat(healthRow.getText()).contains("Sở", "Phối hợp", "06 Hoàn thành", "Đã tổ chức tiêm chủng");
            WebElement summary = healthRow.findElement(By.cssSelector("td.compliance-summary details"));
            assertThat(summary.getDomAttribute("title")).isEqualTo(SUMMARY);
            assertThat(browser.findElement(By.cssSelector("tr.compliance-unit[data-unit-code='106']")).getText())
                    .contains("Huyện", "Để biết");
            assertThat(browser.findElements(By.cssSelector("tr.compliance-unit"))).hasSize(4);
            summary.findElement(By.cssSelector("summary")).click();
            assertThat(summary.getText()).contains("Thu gọn", "dự kiến hoàn thành trong tháng 4/2026");
            Path shot = Chromium.screenshot(browser, "compliance-province-leader");
            if (Boolean.getBoolean("screenshots.readme")) {
                Files.copy(shot, Path.of("docs", "compliance-province-leader.png"), StandardCopyOption.REPLACE_EXISTING);
            }

            districtRow.findElement(By.cssSelector("td.compliance-instance a")).click();
            wait.until(ExpectedConditions.urlContains("#/process-instance/" + district));
            // Cockpit has read the instance: its diagram with the current step, no "not authorized" notice
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".djs-container")));
            // the diagram's shapes drawn: the instance's data has arrived, and with it any "not authorized" notice
            wait.until(d -> !d.findElements(By.cssSelector(".djs-container .djs-shape")).isEmpty());
            Chromium.screenshot(browser, "compliance-province-leader-instance");
            assertThat(browser.getPageSource()).doesNotContain("is not authorized", "không có quyền");

            // what Cockpit's instance lists read (the engine API of the webapps, with the leader's session):
            // Lai Châu's three running instances, none of Điện Biên's
            assertThat(instancesSeen(laiChau.businessKey())).isEqualTo(3L);
            assertThat(instancesSeen(dienBien.businessKey())).isZero();
            String definition = runtime.createProcessInstanceQuery().processInstanceId(district).singleResult()
                    .getProcessDefinitionId();
            browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/" + definition
                    + "/runtime");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href*='" + district + "']")));
            Chromium.screenshot(browser, "compliance-province-leader-definition");
            assertThat(browser.findElements(By.cssSelector("a[href*='" + dienBien.processInstanceId() + "']"))).isEmpty();
        } catch (RuntimeException | AssertionError e) {
            Chromium.screenshot(browser, "compliance-province-leader-failure");
            Files.writeString(Path.of("target", "screenshots", "compliance-province-leader-failure.html"),
                    browser.getPageSource());
            throw e;
        }
    }

    @Test
    void supervisorFindsTheOverdueCommuneInTheComplianceView() throws Exception {
        Registration r = cascadeWithAnOverdueCommune();
        String overdueInstance = instanceOf(runtime, r.businessKey(), OVERDUE).getId();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        try {
            browser.get("http://localhost:" + port + "/camunda/app/cockpit/");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='text']")));
            browser.findElement(By.cssSelector("input[type='text']")).sendKeys("admin");
            browser.findElement(By.cssSelector("input[type='password']")).sendKeys("admin-secret");
            browser.findElement(By.cssSelector("button[type='submit']")).click();

            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.compliance-navigation"))).click();
            WebElement picker = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("select.compliance-directive option[value='" + r.id() + "']")));
            assertThat(picker.getText()).contains("88/CĐ-TTg", r.businessKey());
            new Select(browser.findElement(By.cssSelector("select.compliance-directive"))).selectByValue(r.id());

            WebElement late = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("tr.compliance-unit[data-unit-code='" + OVERDUE + "']")));
            assertThat(late.getDomAttribute("class")).contains("compliance-overdue");
            assertThat(late.getDomAttribute("data-category")).isEqualTo("OVERDUE");
            assertThat(late.getCssValue("background-color")).isEqualTo(OVERDUE_BACKGROUND);
            assertThat(late.getText()).contains("Phường Tân Phong", "01 Đã đến", "20/03/2026", "Chưa hoàn thành, quá hạn",
                    "Mở tiến trình");
            assertThat(late.findElement(By.cssSelector("a")).getDomAttribute("href"))
                    .endsWith("#/process-instance/" + overdueInstance);

            WebElement inTime = browser.findElement(By.cssSelector("tr.compliance-unit[data-unit-code='" + ON_TIME + "']"));
            assertThat(inTime.getDomAttribute("data-category")).isEqualTo("ON_TIME");
            assertThat(inTime.getText()).contains("06 Hoàn thành", "02/03/2026", "Đã tiêm 800 mũi", "Đã kết thúc");
            assertThat(inTime.getDomAttribute("class")).doesNotContain("compliance-overdue");
            assertThat(browser.findElement(By.cssSelector("[data-count='overdue']")).getText()).startsWith("1");
            assertThat(browser.findElement(By.cssSelector("[data-count='onTime']")).getText()).startsWith("1");
            assertThat(browser.findElement(By.cssSelector("[data-count='inProgress']")).getText()).startsWith("1");

            Path shot = Chromium.screenshot(browser, "compliance-view");
            if (Boolean.getBoolean("screenshots.readme")) {
                Files.copy(shot, Path.of("docs", "compliance-view.png"), StandardCopyOption.REPLACE_EXISTING);
            }

            // Lịch sử: the commune's steps, who took them and when, in a panel over the view
            inTime.findElement(By.cssSelector("button.compliance-history-open")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compliance-history-panel tr.compliance-history-step")));
            List<WebElement> steps = browser.findElements(By.cssSelector(".compliance-history-panel tr.compliance-history-step"));
            assertThat(steps).hasSize(2);
            assertThat(browser.findElement(By.cssSelector(".compliance-history-panel h3")).getText())
                    .isEqualTo("Lịch sử xử lý — Phường Quyết Thắng (" + ON_TIME + ")");
            assertThat(steps.get(0).getText()).contains("02/03/2026 09:00", "Văn thư Phường Quyết Thắng (vanthu." + ON_TIME + ")",
                    "Tiếp nhận", "Đã tiếp nhận văn bản");
            assertThat(steps.get(1).getText()).contains("02/03/2026 09:00",
                    "Chuyên viên Phường Quyết Thắng (chuyenvien." + ON_TIME + ")", "Báo cáo", "Đã tiêm 800 mũi");
            Path history = Chromium.screenshot(browser, "compliance-history");
            if (Boolean.getBoolean("screenshots.readme")) {
                Files.copy(history, Path.of("docs", "compliance-history.png"), StandardCopyOption.REPLACE_EXISTING);
            }
            browser.findElement(By.cssSelector(".compliance-history-panel button.compliance-history-close")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".compliance-history-panel"), 0));

            late.findElement(By.cssSelector("a")).click();
            wait.until(ExpectedConditions.urlContains("#/process-instance/" + overdueInstance));
        } catch (RuntimeException | AssertionError e) {
            Chromium.screenshot(browser, "compliance-failure");
            Files.writeString(Path.of("target", "screenshots", "compliance-failure.html"), browser.getPageSource());
            throw e;
        }
    }
}
