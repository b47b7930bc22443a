package vn.directive.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does in Camunda Tasklist, for browser tests: sign in, pick a filter, open a task, claim
 * it, fill Camunda Form fields found by their labels, complete. Nothing here calls the engine.
 */
public final class Tasklist {

    /** How Tasklist's Camunda Forms date fields take a date typed by a person: as Vietnamese write it (vietnamese-dates.js). */
    private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ChromeDriver browser;
    private final String base;
    private final WebDriverWait wait;
    private final String screenshots;
    private int shot;

    public Tasklist(ChromeDriver browser, int port) {
        this(browser, port, "people");
    }

    /** @param screenshots the prefix of this test's screenshots under target/screenshots/ */
    public Tasklist(ChromeDriver browser, int port, String screenshots) {
        this.screenshots = screenshots;
        this.browser = browser;
        this.base = "http://localhost:" + port;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(40));
    }

    public ChromeDriver browser() {
        return browser;
    }

    public WebDriverWait await() {
        return wait;
    }

    /** Signs out whoever was signed in (the session cookie goes) and signs {@code user} in. */
    public void signIn(String user) {
        browser.get(base + "/camunda/app/tasklist/default/");
        browser.manage().deleteAllCookies();
        browser.executeScript("window.localStorage.clear();");
        // a real page load, not a change of the URL's #fragment: the login needs the new session's CSRF cookie
        browser.get("about:blank");
        browser.get(base + "/camunda/app/tasklist/default/");
        for (int attempt = 0; ; attempt++) {
            // typing before Angular has compiled the form never reaches its model: wait for it, then type
            // into the fields as they are now
            if (!loginFormShows()) {
                // the page stayed on its splash (its scripts never started): reload it, as a person would
                System.out.println(user + ": the sign-in page did not start, reloading");
                browser.navigate().refresh();
            }
            wait.ignoring(StaleElementReferenceException.class).until(d -> {
                WebElement name = d.findElement(By.cssSelector("input[type='text']"));
                WebElement password = d.findElement(By.cssSelector("input[type='password']"));
                if (!String.valueOf(name.getAttribute("class")).contains("ng-")) {
                    return false;
                }
                if (!user.equals(name.getAttribute("value"))) {
                    name.clear();
                    name.sendKeys(user);
                }
                if (!"demo".equals(password.getAttribute("value"))) {
                    password.clear();
                    password.sendKeys("demo");
                }
                return user.equals(name.getAttribute("value")) && "demo".equals(password.getAttribute("value"));
            });
            browser.findElement(By.cssSelector("button[type='submit']")).click();
            // (a WebDriverWait takes Boolean.FALSE for "not yet", so the outcome is a word)
            String outcome = wait.until(d -> !d.findElements(By.cssSelector(".task-filters")).isEmpty() ? "in"
                    : !d.findElements(By.xpath("//*[contains(normalize-space(),'Đăng nhập không thành công')"
                            + " or contains(normalize-space(),'Login Failed')]")).isEmpty() ? "refused" : null);
            if ("in".equals(outcome)) {
                break;
            }
            System.out.println(user + ": sign-in attempt " + attempt + " refused: "
                    + browser.findElement(By.cssSelector(".notifications")).getText());
            if (attempt == 3) {
                throw new IllegalStateException(user + " could not sign in four times in a row");
            }
            // a refused sign-in delays that user's next one (3 s, doubling): only then try again
            long retryAt = System.currentTimeMillis() + (3_500L << attempt);
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> System.currentTimeMillis() >= retryAt);
            browser.manage().deleteAllCookies();
            browser.get("about:blank");
            browser.get(base + "/camunda/app/tasklist/default/");
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters")));
    }

    /** Whether the login form has appeared within 30 seconds. */
    private boolean loginFormShows() {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type='password']")));
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /** The name of the filter Tasklist opened on sign-in. */
    public String activeFilter() {
        return wait.until(d -> {
            List<WebElement> active = d.findElements(By.cssSelector(".task-filter.active h4.name a"));
            return active.isEmpty() ? null : active.get(0).getText().replaceAll("\\s*\\(?\\d+\\)?\\s*$", "").trim();
        });
    }

    public void filter(String name) {
        click(By.xpath("//*[contains(concat(' ', @class, ' '),' task-filter ')]//h4[contains(@class,'name')]/a"
                + "[contains(normalize-space(),'" + name + "')]"));
        wait.until(d -> name.equals(activeFilter()));
    }

    /** The lines of the task list, as text, with each card's folded variables: what a person reads there. */
    public String taskListText() {
        WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.tasks-list")));
        return String.valueOf(browser.executeScript("return arguments[0].textContent;", list)).replaceAll("\\s+", " ");
    }

    /** Opens the first task of the list with that name whose line mentions {@code lineText}. */
    public void openTask(String taskName, String lineText) {
        By task = By.xpath("//li[contains(@class,'task')][.//*[normalize-space()='" + taskName + "']]"
                + (lineText == null ? "" : "[contains(normalize-space(),'" + lineText + "')]"));
        WebElement line = wait.until(d -> {
            d.findElements(By.cssSelector(".tasks-list")); // the list refreshes itself; look again until it shows
            List<WebElement> found = d.findElements(task);
            return found.isEmpty() ? null : found.get(0);
        });
        click(line.findElement(By.cssSelector("h4 a, .names a, a")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container, .fjs-form")));
    }

    /** Claims the open task: Tasklist lets a candidate fill a form only once it is theirs. */
    public void claim() {
        wait.until(d -> {
            try {
                List<WebElement> claim = d.findElements(By.cssSelector("button.claim"));
                if (claim.isEmpty() || !claim.get(0).isDisplayed()) {
                    return true;
                }
                claim.get(0).click();
                return false;
            } catch (StaleElementReferenceException e) {
                return false; // the task page rendered again: look once more
            }
        });
        // the form is editable once claimed
        wait.until(d -> d.findElements(By.cssSelector(".fjs-form .fjs-disabled, .fjs-form fieldset[disabled]")).isEmpty());
    }

    public String formText() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form"))).getText();
    }

    /** The input of the form field labelled {@code label}. */
    public WebElement field(String label) {
        WebElement labelElement = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//label[starts-with(normalize-space(),'" + label + "')]")));
        String id = labelElement.getAttribute("for");
        if (id != null && !id.isBlank()) {
            return browser.findElement(By.id(id));
        }
        return labelElement.findElement(By.xpath("./ancestor::*[contains(@class,'fjs-form-field')][1]//input|"
                + "./ancestor::*[contains(@class,'fjs-form-field')][1]//textarea"));
    }

    public void type(String label, String text) {
        WebElement input = field(label);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** What the form field labelled {@code label} holds now (a textarea's text as pre-filled or typed). */
    public String value(String label) {
        return field(label).getDomProperty("value");
    }

    /** Types lines into a textarea, one Enter between them (what a person does; sendKeys of "\n" is the same). */
    public void typeLines(String label, String... lines) {
        type(label, String.join("\n", lines));
    }

    public void typeDate(String label, LocalDate date) {
        WebElement input = field(label);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(FORM_DATE.format(date));
        input.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.TAB);
    }

    public void uncheck(String label) {
        WebElement box = field(label);
        if (box.isSelected()) {
            click(box);
        }
    }

    private WebElement taglist(String label) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//label[starts-with(normalize-space(),'"
                + label + "')]/ancestor::*[contains(@class,'fjs-form-field')][1]")));
    }

    /** The units picked in a taglist, as their labels. */
    public List<String> tags(String label) {
        return taglist(label).findElements(By.cssSelector(".fjs-taglist-tag-label")).stream().map(WebElement::getText).toList();
    }

    /** Removes every unit picked in a taglist, with each tag's own remove button. */
    public void clearTags(String label) {
        while (true) {
            List<WebElement> remove = taglist(label).findElements(By.cssSelector(".fjs-taglist-tag-remove"));
            if (remove.isEmpty()) {
                return;
            }
            click(remove.get(0));
        }
    }

    /** Types into a taglist's search and picks the option with that label. */
    public void addTag(String label, String option) {
        WebElement input = taglist(label).findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(option);
        click(taglist(label).findElement(By.xpath(".//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='"
                + option + "']")));
        // the list stays open over the next field until the search loses focus
        taglist(label).findElement(By.cssSelector("input")).sendKeys(Keys.ESCAPE);
        wait.until(d -> taglist(label).findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty());
    }

    public boolean completeEnabled() {
        return completeButton().isEnabled();
    }

    private WebElement completeButton() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//button[normalize-space()='Hoàn thành' or normalize-space()='Complete']")));
    }

    /** Completes the open task and waits until Tasklist has taken the form away. */
    public void complete() {
        // leave the field being typed in first, as a person's click does: form-js takes the value on blur
        browser.executeScript("if (document.activeElement) { document.activeElement.blur(); }");
        for (int attempt = 0; ; attempt++) {
            click(wait.until(ExpectedConditions.elementToBeClickable(completeButton())));
            try {
                new WebDriverWait(browser, Duration.ofSeconds(15))
                        .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                String notice = browser.findElements(By.cssSelector(".notifications")).stream().map(WebElement::getText)
                        .reduce("", String::concat);
                if (attempt == 2 || !notice.isBlank()) {
                    throw new IllegalStateException("the task did not complete: " + notice, e);
                }
            }
        }
    }

    /** Starts a process from Tasklist's start dialog and returns when its start form shows. */
    public void startProcess(String processName) {
        click(By.cssSelector("li.start-process-action a"));
        click(By.xpath("//*[contains(@class,'modal')]//a[normalize-space()='" + processName + "']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-form")));
    }

    public void submitStartForm() {
        click(By.xpath("//*[contains(@class,'modal')]//button[normalize-space()='Khởi tạo' or normalize-space()='Start']"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal .fjs-form")));
    }

    public Path screenshot(String step) throws IOException {
        return Chromium.screenshot(browser, String.format("%s-%02d-%s", screenshots, ++shot, step));
    }

    /** For a failing step: what the browser showed, beside its screenshot. */
    public void saveFailure(String name) {
        try {
            Chromium.screenshot(browser, name);
            Files.writeString(Path.of("target", "screenshots", name + ".html"), browser.getPageSource());
        } catch (IOException | RuntimeException ignored) {
            // the test's own failure is what matters
        }
    }

    private void click(By by) {
        click(wait.until(ExpectedConditions.elementToBeClickable(by)));
    }

    private void click(WebElement element) {
        for (int attempt = 0; ; attempt++) {
            try {
                browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
                element.click();
                return;
            } catch (StaleElementReferenceException | org.openqa.selenium.ElementClickInterceptedException e) {
                if (attempt == 3) {
                    throw e;
                }
                wait.until(ExpectedConditions.elementToBeClickable(element));
            }
        }
    }
}
