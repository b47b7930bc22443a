package vn.directive.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.directive.cascade.CascadeTestSupport;
import vn.directive.cascade.Obligations;
import vn.directive.cascade.UnitStatus;
import vn.directive.directive.DirectiveDraft.Urgency;
import vn.directive.registration.DirectiveService;
import vn.directive.registration.DirectiveService.Registration;

/** A commune clerk signs into Tasklist, opens the acknowledgement task, completes its Camunda Form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
class TasklistAcknowledgeBrowserIT {

    private static final String COMMUNE = "03433"; // Thị trấn Mường Tè

    @LocalServerPort int port;
    @Autowired DirectiveService directives;
    @Autowired Obligations obligations;
    @Autowired vn.directive.history.UnitHistory history;

    private ChromeDriver browser;

    @BeforeEach
    void start() throws Exception {
        browser = Chromium.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void clerkAcknowledgesThroughTheCamundaForm() throws Exception {
        Registration r = directives.register(CascadeTestSupport.draft("64/CĐ-TTg", Urgency.HOA_TOC), COMMUNE,
                LocalDate.now().plusDays(20), null);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        try {
            browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='text']")));
            browser.findElement(By.cssSelector("input[type='text']")).sendKeys("vanthu." + COMMUNE);
            browser.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
            browser.findElement(By.cssSelector("button[type='submit']")).click();

            WebElement task = wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//*[contains(@class,'task')]//*[contains(text(),'Tiếp nhận văn bản')]")));
            Chromium.screenshot(browser, "tasklist-list");
            task.click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(),'Tiếp nhận văn bản này')]")));
            assertThat(browser.getPageSource()).contains("64/CĐ-TTg", "Về tăng cường phòng, chống dịch");
            // the form links to the document page of this unit
            String documentPage = browser.findElement(By.partialLinkText("Xem toàn văn")).getAttribute("href");
            assertThat(documentPage).endsWith("/van-ban/" + r.id() + "/" + COMMUNE);
            Chromium.screenshot(browser, "tasklist-acknowledge-form");

            // Tasklist lets a candidate complete a task once they have claimed it
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();

            WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//button[normalize-space()='Complete' or normalize-space()='Hoàn thành']")));
            complete.click();
            wait.until(d -> obligations.find(r.id(), COMMUNE).orElseThrow().status() == UnitStatus.ACKNOWLEDGED);
            Chromium.screenshot(browser, "tasklist-acknowledged");

            // following that link, the Tasklist session reads the page, at a phone's width without sideways scrolling
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            browser.get(documentPage);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Văn bản Thị trấn Mường Tè nhận");
            assertThat(browser.getPageSource()).contains("64/CĐ-TTg", "Bộ Y tế", "Về tăng cường phòng, chống dịch");
            assertThat((Boolean) browser.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
            Chromium.screenshot(browser, "document-page");
        } catch (RuntimeException e) {
            Chromium.screenshot(browser, "tasklist-failure");
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "screenshots", "tasklist-failure.html"),
                    browser.getPageSource());
            throw e;
        }
        assertThat(obligations.find(r.id(), COMMUNE).orElseThrow().status()).isEqualTo(UnitStatus.ACKNOWLEDGED);
        assertThat(obligations.find(r.id(), COMMUNE).orElseThrow().acknowledgedAt()).isNotNull();
        // the audit trail names the Tasklist user
        assertThat(history.of(r.id(), COMMUNE)).singleElement().satisfies(step -> {
            assertThat(step.action()).isEqualTo("ACKNOWLEDGE");
            assertThat(step.userId()).isEqualTo("vanthu." + COMMUNE);
        });
    }

    @Test
    void districtClerkUploadsTheImplementingDocumentFromTheDocumentPage() throws Exception {
        Registration r = directives.register(CascadeTestSupport.draft("65/CĐ-TTg", Urgency.KHAN), "107",
                LocalDate.now().plusDays(20), null);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("ke-hoach-", ".pdf");
        java.nio.file.Files.writeString(file, "%PDF-1.7\n% kế hoạch triển khai\n%%EOF\n");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        try {
            browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='text']")));
            browser.findElement(By.cssSelector("input[type='text']")).sendKeys("vanthu.107");
            browser.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
            browser.findElement(By.cssSelector("button[type='submit']")).click();
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//*[contains(@class,'task')]//*[contains(text(),'Tiếp nhận văn bản')]")));

            browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            browser.get("http://localhost:" + port + "/van-ban/" + r.id() + "/107");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-file")))
                    .sendKeys(file.toAbsolutePath().toString());
            browser.findElement(By.cssSelector("#upload button[type='submit']")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText(file.getFileName().toString())));
            assertThat((Boolean) browser.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
            Chromium.screenshot(browser, "document-page-upload");
        } catch (RuntimeException e) {
            Chromium.screenshot(browser, "document-page-failure");
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "screenshots", "document-page-failure.html"),
                    browser.getPageSource());
            throw e;
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
