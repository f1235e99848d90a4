package vn.egov.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the distribution's packages, driven through its chromedriver, with a screenshot and an
 * axe-core check (WCAG 2.1 A and AA; nothing serious or critical allowed) of every page the journey visits.
 */
final class Browser implements AutoCloseable {

    static final String INSTALL = "apt-get install -y --no-install-recommends chromium chromium-driver";
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private final ChromeDriver driver;
    private final Path screenshots;
    private final List<String> checkedPages = new ArrayList<>();
    private int shot;

    private Browser(ChromeDriver driver, Path screenshots) {
        this.driver = driver;
        this.screenshots = screenshots;
    }

    /**
     * Starts Chromium.
     *
     * @throws IllegalStateException naming the packages to install when Chromium or chromedriver is missing
     */
    static Browser start(Path screenshots) {
        Path chromium = find("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .orElseThrow(() -> missing("Chromium"));
        Path chromedriver = find("CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")
                .orElseThrow(() -> missing("chromedriver"));
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-dev-shm-usage",
                        "--disable-gpu",
                        "--disable-extensions",
                        "--no-first-run",
                        "--lang=vi-VN",
                        "--window-size=1280,1400");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        try {
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            driver.quit();
            throw new UncheckedIOException(e);
        }
        return new Browser(driver, screenshots);
    }

    private static IllegalStateException missing(String what) {
        return new IllegalStateException(what + " was not found. The browser tests need Chromium and chromedriver from"
                + " the distribution's packages: " + INSTALL + " (as root), or set CHROME_BIN and CHROMEDRIVER to"
                + " their paths.");
    }

    private static Optional<Path> find(String variable, String... candidates) {
        String configured = System.getenv(variable);
        return Stream.concat(Stream.ofNullable(configured), Stream.of(candidates))
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText().strip();
    }

    void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    void click(String css) {
        find(css).click();
    }

    /** Clicks (a submit button, a link) and waits until the next page has replaced this one. */
    void clickAndWait(String css) {
        WebElement element = find(css);
        element.click();
        waiting(Duration.ofSeconds(60)).until(driver -> gone(element));
    }

    /**
     * True once the element has left the page. Besides Selenium's stale-element error, Chrome may answer mid-navigation
     * that the node "does not belong to the document": gone too. Any other error is a page still loading: look again.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException stale) {
            return true;
        } catch (org.openqa.selenium.WebDriverException navigating) {
            return String.valueOf(navigating.getMessage()).contains("does not belong to the document");
        }
    }

    void clickLink(String partialText) {
        driver.findElement(By.partialLinkText(partialText)).click();
    }

    void clickButton(String text) {
        driver.findElement(By.xpath("//button[normalize-space()='" + text + "']"))
                .click();
    }

    WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    void waitForUrl(String fragment) {
        waiting(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(fragment));
    }

    /** Reloads until the element's text is {@code expected} (what Kafka-driven changes need). */
    void reloadUntil(String css, String expected, Duration timeout) {
        waiting(timeout).pollingEvery(Duration.ofSeconds(1)).until(browser -> {
            driver.navigate().refresh();
            List<WebElement> found = driver.findElements(By.cssSelector(css));
            return !found.isEmpty() && found.get(0).getText().strip().equals(expected);
        });
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Whether the page fits the window's width (no sideways scrolling). */
    boolean fitsWidth() {
        Object fits = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(fits);
    }

    /** Saves a screenshot as {@code NN-name.png}. */
    Path screenshot(String name) {
        Path file = screenshots.resolve(String.format(Locale.ROOT, "%02d-%s.png", ++shot, name));
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Screenshot, then axe-core: no serious or critical WCAG 2.1 A/AA violation on the page. */
    void check(String name) {
        screenshot(name);
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        assertThat(results.getErrorMessage()).as("axe-core on " + name).isNull();
        List<String> blocking = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (rule.getImpact() != null && BLOCKING.contains(rule.getImpact())) {
                rule.getNodes()
                        .forEach(node -> blocking.add(rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp()
                                + ") at " + node.getTarget() + ": " + node.getHtml()));
            }
        }
        assertThat(blocking)
                .as("serious or critical accessibility violations on %s (%s)", name, driver.getCurrentUrl())
                .isEmpty();
        checkedPages.add(name);
    }

    List<String> checkedPages() {
        return List.copyOf(checkedPages);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
