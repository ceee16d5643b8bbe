package cn.taxprocurement.web;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its ChromeDriver, with a fresh profile and a download folder of its own.
 * Without Chromium a local run skips the browser tests and says why; on CI (CI set) their absence is a failure.
 */
public final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;
    private final String base;

    private Browser(String base) throws IOException {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        profile = Files.createTempDirectory("chromium-profile");
        downloads = Files.createTempDirectory("chromium-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=zh-CN",
                "--window-size=1366,768",
                "--user-data-dir=" + profile);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("intl.accept_languages", "zh-CN,zh");
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public static Browser open(URL base) throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && System.getenv("CI") != null) {
            fail("CI runs the browser tests: install Debian's chromium and chromium-driver (scripts/test does)");
        }
        assumeTrue(
                present,
                "Browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER
                        + " are missing (apt-get install chromium chromium-driver)");
        return new Browser(base.toString());
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    /** Opens a page of another server, e.g. another replica of the service. */
    public Browser go(URL page) {
        driver.get(page.toString());
        return this;
    }

    /**
     * Signs in through the identity provider's own page: in tests the OIDC dev service, whose "custom user" form
     * takes any user name and roles.
     */
    public Browser signIn(String user, String role) {
        go("/sign-in");
        WebElement custom = waitFor(d -> d.findElement(By.cssSelector("details summary")));
        custom.click();
        driver.findElement(By.name("name")).sendKeys(user);
        driver.findElement(By.name("roles")).sendKeys(role);
        driver.findElement(By.name("login")).click();
        waitFor(d -> d.getCurrentUrl().startsWith(base)
                && !d.findElements(By.tagName("header")).isEmpty());
        return this;
    }

    public Browser signOut() {
        driver.findElement(By.linkText("退出")).click();
        waitFor(d -> !d.findElements(By.linkText("登录")).isEmpty());
        return this;
    }

    public WebElement find(String css) {
        return waitFor(d -> d.findElement(By.cssSelector(css)));
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser click(String css) {
        find(css).click();
        return this;
    }

    /**
     * Clicks a button or link that loads another page and waits until that page has replaced this one: until then
     * the old page's elements are still there to be found, and go stale under whoever reads them.
     */
    public Browser submit(String css) {
        WebElement old = driver.findElement(By.tagName("html"));
        find(css).click();
        waitFor(d -> gone(old) && "complete".equals(driver.executeScript("return document.readyState")));
        return this;
    }

    /** Whether the element has left the page: ChromeDriver sometimes says so with an inspector error, not as stale. */
    private boolean gone(WebElement element) {
        try {
            return ExpectedConditions.stalenessOf(element).apply(driver);
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** Waits until the element shows exactly {@code expected}: after a click the old page may still be there. */
    public Browser shows(String css, String expected) {
        waitFor(d -> expected.equals(d.findElement(By.cssSelector(css)).getText()));
        return this;
    }

    public String page() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** Waits for one finished download whose name ends with {@code suffix}. */
    public Path downloaded(String suffix) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Saves what the browser shows as target/screenshots/{name}.png, the whole page. */
    public void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        driver.executeScript("window.scrollTo(0, 0)");
        Object height = driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage()
                .window()
                .setSize(new org.openqa.selenium.Dimension(
                        1366, Math.max(768, Math.min(4000, ((Number) height).intValue()))));
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
    }

    /** The same, at a phone's width. */
    public void phoneScreenshot(String name) throws IOException {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        for (Path folder : new Path[] {profile, downloads}) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
