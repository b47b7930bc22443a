package vn.directive.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.cascade.CascadeTestSupport;
import vn.directive.directive.DirectiveDraft.Urgency;
import vn.directive.registration.DirectiveService;

/**
 * The Camunda webapps in Vietnamese, for a browser set to English: the Tasklist login page, a clerk's task list,
 * task and start-process dialog, the Cockpit (with its Tuân thủ view), Admin and Welcome login pages; ?lang=en
 * still gives English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
class WebappVietnameseBrowserIT {

    private static final String PROVINCE = "12"; // Lai Châu

    /** Words of the English webapps that must not show once they speak Vietnamese. */
    private static final List<String> ENGLISH = List.of("Username", "Password", "Log in", "Claim", "Complete",
            "Add Comment", "Filter Tasks", "Start process", "Create a filter", "Search by process name");

    /** What the user reads: the visible text and the placeholders, titles and button values. */
    private static final String READABLE = """
            const parts = [document.body.innerText];
            document.querySelectorAll('[placeholder],[title],input[type=submit],input[type=button]').forEach(e => {
              ['placeholder', 'title', 'value'].forEach(a => { if (e.getAttribute(a)) parts.push(e.getAttribute(a)); });
            });
            return parts.join('\\n');""";

    @LocalServerPort int port;
    @Autowired DirectiveService directives;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        browser = Chromium.start();
        // a browser set to English: Camunda would pick English if it were offered
        browser.executeCdpCommand("Emulation.setUserAgentOverride", Map.of(
                "userAgent", String.valueOf(browser.executeScript("return navigator.userAgent")),
                "acceptLanguage", "en-US,en"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void clerkWorksInVietnamese() throws Exception {
        directives.register(CascadeTestSupport.draft("71/CĐ-TTg", Urgency.HOA_TOC), PROVINCE,
                LocalDate.now().plusDays(20), null);
        try {
            open("/camunda/app/tasklist/");
            assertThat(browser.executeScript("return navigator.languages[0]")).asString().startsWith("en");
            assertThat(login()).contains("Tên đăng nhập", "Mật khẩu", "Đăng nhập");
            assertNoEnglish("tasklist login");
            Chromium.screenshot(browser, "vi-tasklist-login");

            signIn("vanthu." + PROVINCE, "demo");
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//*[contains(@class,'task')]//*[contains(text(),'Tiếp nhận văn bản')]"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button.claim")));
            wait.until(d -> readable().contains("Nhận việc"));
            assertThat(readable()).contains("Lọc công việc", "Khởi tạo quy trình", "Nhận việc", "Thêm ý kiến",
                    "Biểu mẫu", "Lịch sử", "Sơ đồ", "Văn bản chờ tiếp nhận");
            assertThat(readable()).containsPattern("(vài giây|\\d+ phút|một phút) trước");
            assertNoEnglish("task list");
            Chromium.screenshot(browser, "vi-tasklist-task");

            browser.findElement(By.cssSelector("button.claim")).click();
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//button[normalize-space()='Hoàn thành']")));
            assertThat(readable()).contains("Hoàn thành", "Lưu", "Đặt ngày theo dõi");
            assertNoEnglish("claimed task");
            Chromium.screenshot(browser, "vi-tasklist-claimed");

            browser.findElement(By.xpath("//*[normalize-space()='Khởi tạo quy trình' and (self::a or self::button)]"))
                    .click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-dialog")));
            wait.until(d -> readable().contains("Tìm theo tên quy trình.")
                    && !d.findElement(By.cssSelector(".modal-dialog")).getText().contains("Đang tải"));
            String dialog = browser.findElement(By.cssSelector(".modal-dialog")).getText();
            assertThat(dialog).contains("Khởi tạo quy trình");
            assertThat(dialog).doesNotContain("Start process", "Close", "Cancel");
            assertNoEnglish("start-process dialog");
            Chromium.screenshot(browser, "vi-tasklist-start-process");
        } catch (RuntimeException | AssertionError e) {
            failure("vi-tasklist-failure");
            throw e;
        }
    }

    @Test
    void cockpitAndAdminSpeakVietnameseAndEnglishOnRequest() throws Exception {
        try {
            open("/camunda/app/cockpit/");
            assertThat(login()).contains("Tên đăng nhập", "Mật khẩu", "Đăng nhập");
            assertNoEnglish("cockpit login");
            Chromium.screenshot(browser, "vi-cockpit-login");
            signIn("admin", "admin-secret");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.compliance-navigation")));
            wait.until(d -> readable().contains("Định nghĩa quy trình"));
            assertThat(readable()).contains("Quy trình", "Bản triển khai", "Tuân thủ");
            assertNoEnglish("cockpit dashboard");
            Chromium.screenshot(browser, "vi-cockpit-dashboard");
            browser.manage().deleteAllCookies();

            open("/camunda/app/admin/");
            assertThat(login()).contains("Tên đăng nhập", "Mật khẩu", "Đăng nhập");
            assertNoEnglish("admin login");
            Chromium.screenshot(browser, "vi-admin-login");

            // the engine's page (…/default/) keeps the query; …/admin/ redirects there without it
            open("/camunda/app/admin/default/?lang=en");
            assertThat(login()).contains("Username", "Password");
            Chromium.screenshot(browser, "en-admin-login");
            open("/camunda/app/cockpit/");
            assertThat(login()).as("English is remembered for the other apps").contains("Username");
            open("/camunda/app/admin/default/?lang=vi");
            assertThat(login()).contains("Tên đăng nhập");

            open("/camunda/app/welcome/");
            assertThat(login()).contains("Tên đăng nhập", "Mật khẩu", "Đăng nhập");
            assertNoEnglish("welcome login");
            Chromium.screenshot(browser, "vi-welcome-login");
        } catch (RuntimeException | AssertionError e) {
            failure("vi-cockpit-admin-failure");
            throw e;
        }
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Waits for the login form, translated, and returns what it says. */
    private String login() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='password']")));
        wait.until(d -> !browser.findElement(By.cssSelector("button[type='submit']")).getText().isBlank());
        return readable();
    }

    private void signIn(String user, String password) {
        browser.findElement(By.cssSelector("input[type='text']")).sendKeys(user);
        browser.findElement(By.cssSelector("input[type='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
    }

    private String readable() {
        return String.valueOf(browser.executeScript(READABLE));
    }

    private void assertNoEnglish(String where) {
        String text = readable();
        assertThat(ENGLISH).as("English on the %s: %s", where, text)
                .noneMatch(word -> text.matches("(?s).*\\b" + word + "\\b.*"));
    }

    private void failure(String name) throws Exception {
        Chromium.screenshot(browser, name);
        Files.writeString(Path.of("target", "screenshots", name + ".html"), browser.getPageSource());
    }
}
