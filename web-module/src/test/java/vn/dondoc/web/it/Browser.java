package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, for the web UI's integration tests: one browser
 * per test class ({@link #start}), a fresh session per test ({@link #fresh}), and the steps every
 * journey takes: sign in and out, wait for a page, take a screenshot kept as build output, run
 * axe-core in the page. No browser or driver is ever downloaded: both are named here.
 */
final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static String axeSource;

    final ChromeDriver driver;
    private final Path screenshots;
    private Api api;
    private String test;
    private int step;

    private Browser(ChromeDriver driver, Path screenshots) {
        this.driver = driver;
        this.screenshots = screenshots;
    }

    /**
     * Starts Chromium at 1366×768 in Vietnamese; screenshots go to {@code
     * target/screenshots/<folder>/}.
     */
    static Browser start(String folder) throws IOException {
        Path chromium = Path.of(System.getProperty("dondoc.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("dondoc.chromedriver", "/usr/bin/chromedriver"));
        assertThat(chromium)
                .as("Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver")
                .isExecutable();
        assertThat(chromedriver).as("apt-get install -y chromium-driver").isExecutable();
        // Selenium Manager is never asked: the driver and the browser are named here.
        System.setProperty("webdriver.chrome.driver", chromedriver.toString());
        Path work = Path.of(System.getProperty("dondoc.test.work", "target/it-work"))
                .toAbsolutePath()
                .resolve("chromium-" + folder);
        // Chromium's temporary files, its SingletonSocket among them: a Unix socket's path may not
        // exceed 107 bytes, which target/it-work/chromium-<folder>/tmp/org.chromium.Chromium.XXXXXX/
        // passes in a worktree with a longer name. One short folder for every class: Chromium makes
        // its own unique one inside.
        Path temporary = work.getParent().resolve("t");
        Files.createDirectories(temporary);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=vi",
                "--window-size=1366,768",
                "--user-data-dir=" + work.resolve("profile"));
        Map<String, Object> downloads = Map.of(
                "download.default_directory",
                work.resolve("downloads").toString(),
                "download.prompt_for_download",
                false);
        options.setExperimentalOption("prefs", downloads);
        // the console, so that every step can check that the Content-Security-Policy blocked nothing
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("TMPDIR", temporary.toString()))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Path shots = Path.of(System.getProperty("dondoc.screenshots", "target/screenshots"))
                .resolve(folder);
        return new Browser(driver, shots);
    }

    @Override
    public void close() {
        driver.quit();
    }

    /**
     * A new browser session for the test named: no cookies, the window at 1366×768, on the
     * sign-in page; screenshots numbered from 1 again.
     */
    void fresh(Api api, String test) {
        this.api = api;
        this.test = test;
        this.step = 0;
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.get(url("dang-nhap.xhtml"));
        driver.manage().deleteAllCookies(); // a fresh browser session: the page again, with its own
        driver.get(url("dang-nhap.xhtml"));
    }

    /** The address of a page of the deployment ("app/viec-cua-toi.xhtml"). */
    String url(String path) {
        return api.uri(path).toString();
    }

    void open(String path) {
        driver.get(url(path));
    }

    /** Fills the sign-in form and waits for the page it leads to. */
    void signIn(String tenant, String username, String password) {
        type(By.id("signIn:tenant"), tenant);
        type(By.id("signIn:username"), username);
        type(By.id("signIn:password"), password);
        clickAndLoad(By.id("signIn:submit"));
    }

    /** Signs out with the header's button and waits for the sign-in page. */
    void signOut() {
        clickAndLoad(By.id("signOut:go"));
    }

    /** Clears a field and types into it. */
    void type(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    /**
     * Clicks what submits a whole page (no Ajax) and waits until the old page is gone and the new
     * one is loaded.
     */
    void clickAndLoad(By what) {
        WebElement clicked = driver.findElement(what);
        clicked.click();
        new WebDriverWait(driver, WAIT)
                .ignoring(WebDriverException.class) // "node does not belong to the document" mid-navigation
                .until(d -> {
                    try {
                        clicked.isEnabled();
                        return false;
                    } catch (StaleElementReferenceException gone) {
                        return "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"));
                    }
                });
    }

    /** Waits, ignoring elements replaced by Ajax meanwhile, until the condition holds. */
    <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(WebDriverException.class)
                .until(condition);
    }

    void waitForHeading(String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    /** Waits until the element's text is exactly this. */
    void waitForText(By element, String text) {
        waitUntil(d -> d.findElement(element).getText().equals(text));
    }

    String text(By element) {
        return driver.findElement(element).getText();
    }

    /** The rows of a PrimeFaces data table, by the table's client id ("mine:obligations"). */
    List<WebElement> rows(String tableId) {
        return driver.findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + "_data > tr[data-ri]"));
    }

    /** Clicks a column's header until PrimeFaces says it sorts that way. */
    void sortBy(String header, String direction) {
        By th = By.xpath("//th[.//span[normalize-space()='" + header + "']]");
        driver.findElement(th).click();
        new WebDriverWait(driver, WAIT)
                .until(d -> direction.equals(d.findElement(th).getAttribute("aria-sort")));
    }

    /** The browser's cookies (its session and its sign-in) as one Cookie header. */
    String cookies() {
        StringBuilder header = new StringBuilder();
        for (Cookie cookie : driver.manage().getCookies()) {
            header.append(header.isEmpty() ? "" : "; ")
                    .append(cookie.getName())
                    .append('=')
                    .append(cookie.getValue());
        }
        return header.toString();
    }

    /** A GET of a page or file with the browser's cookies, outside the browser: to read a download. */
    HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(api.uri(path))
                                .header("Cookie", cookies())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form post with the browser's cookies, outside the browser: to read what a button downloads. */
    HttpResponse<byte[]> post(String path, String form) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(api.uri(path))
                                .header("Cookie", cookies())
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Asserts the page is no wider than a 390 px phone, then goes back to 1366×768. */
    void fitsAPhone(String name) {
        driver.manage().window().setSize(new Dimension(390, 844));
        JavascriptExecutor js = driver;
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue())
                .as("nothing wider than a 390 px phone")
                .isLessThanOrEqualTo(((Number) js.executeScript("return window.innerWidth")).intValue());
        shot(name + "-phone");
        driver.manage().window().setSize(new Dimension(1366, 768));
    }

    /**
     * A screenshot of the step, kept as build output; and the proof that the page's
     * Content-Security-Policy (D-038) refused nothing the page needed on the way to this step.
     */
    void shot(String name) {
        assertThat(cspRefusals())
                .as("what the Content-Security-Policy refused before step " + name)
                .isEmpty();
        try {
            Files.createDirectories(screenshots);
            Files.write(
                    screenshots.resolve(String.format("%s-%02d-%s.png", test, ++step, name)),
                    driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the page's Content-Security-Policy refused since this was last asked, as the console said it. */
    List<String> cspRefusals() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    /**
     * Runs axe-core (the copy inside Deque's jar, from Maven Central; nothing fetched at test time)
     * in the page against WCAG 2.1 A and AA, and fails on any critical or serious violation.
     */
    @SuppressWarnings("unchecked")
    void accessible(String page) {
        JavascriptExecutor js = driver;
        js.executeScript(axe());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.filter(v => v.impact === 'critical' || v.impact === 'serious')"
                + ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        assertThat((List<String>) result).as("axe-core on %s", page).isEmpty();
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
                assertThat(in)
                        .as("axe.min.js from com.deque.html.axe-core:selenium")
                        .isNotNull();
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    /** A day as the pages write it: 17/06/2024. */
    static String ddMMyyyy(LocalDate day) {
        return String.format("%02d/%02d/%04d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    /** A number as the pages write it: 1.250; 83,25. */
    static String vietnamese(BigDecimal value, String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols).format(value);
    }
}
