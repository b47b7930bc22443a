package vn.directive.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and ChromeDriver (.ci/run installs them); never a downloaded browser.
 * The flags keep Chromium off the network this machine does not have.
 */
public final class Chromium {

    public static final String BROWSER = "/usr/bin/chromium";
    public static final String DRIVER = "/usr/bin/chromedriver";

    private Chromium() {
    }

    private static boolean installed() {
        return new File(BROWSER).canExecute() && new File(DRIVER).canExecute();
    }

    /**
     * Debian's headless Chromium under chromedriver. Without them the test fails, so that a build missing
     * its browser cannot pass as green; {@code -DskipBrowserTests=true} skips browser tests on purpose.
     */
    public static ChromeDriver start() throws IOException {
        if (!installed()) {
            String missing = "Debian's chromium and chromium-driver are not installed (" + BROWSER + ", " + DRIVER
                    + "): apt-get install chromium chromium-driver, as .ci/run does";
            Assumptions.assumeFalse(Boolean.getBoolean("skipBrowserTests"), missing + "; skipped (-DskipBrowserTests)");
            throw new IllegalStateException(missing + ", or skip browser tests with -DskipBrowserTests=true");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1400,1000", "--lang=vi",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return driver;
    }

    /** Saves what the browser shows under target/screenshots/, for the README and for failures. */
    public static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }
}
