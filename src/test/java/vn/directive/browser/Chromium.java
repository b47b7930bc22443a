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

    /** Debian's paths; CHROMIUM_BIN and CHROMEDRIVER_BIN point elsewhere. */
    public static final String BROWSER = env("CHROMIUM_BIN", "/usr/bin/chromium");
    public static final String DRIVER = env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");
    private static final String INSTALL = "apt-get update && apt-get install -y chromium chromium-driver";

    private Chromium() {
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static boolean installed() {
        return new File(BROWSER).canExecute() && new File(DRIVER).canExecute();
    }

    /**
     * Where a missing browser fails the build instead of skipping its tests: in CI (CI=true, which .ci/run
     * runs under after installing Chromium) or with BROWSER_TESTS_REQUIRED=true.
     */
    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || "true".equalsIgnoreCase(System.getenv("BROWSER_TESTS_REQUIRED"));
    }

    /**
     * Debian's headless Chromium under chromedriver. Without them a browser test is skipped with a warning
     * naming the install command (a machine with only a JDK still passes {@code ./mvnw verify}); where
     * {@link #required()} it fails, so CI cannot pass without its browser.
     */
    public static ChromeDriver start() throws IOException {
        if (!installed()) {
            String missing = "Debian's chromium and chromium-driver are not installed (" + BROWSER + ", " + DRIVER
                    + "): " + INSTALL;
            if (required()) {
                throw new IllegalStateException(missing + " (required here: CI or BROWSER_TESTS_REQUIRED=true)");
            }
            System.err.println("WARN browser test skipped: " + missing);
            Assumptions.abort("WARN browser test skipped: " + missing);
        }
        Assumptions.assumeFalse(Boolean.getBoolean("skipBrowserTests"), "browser tests skipped (-DskipBrowserTests)");
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
