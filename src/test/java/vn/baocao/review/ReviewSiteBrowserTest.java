package vn.baocao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review site as a person sees it, in a real browser: Debian's chromium, headless, driven through its
 * chromedriver, on a machine with no network. Screenshots go to target/review-screenshots/.
 */
class ReviewSiteBrowserTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "review-screenshots");

    @TempDir
    static Path tmp;
    static SampleSite sample;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        // Only a machine without the driver skips; with the driver but no browser, the test fails and says so.
        assumeTrue(Files.isExecutable(CHROMEDRIVER),
                "chromedriver is not installed (apt-get install chromium chromium-driver, as .ci/run does): the browser test is skipped");
        sample = SampleSite.build(tmp);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aDocumentPageHighlightsEveryFigureAndHoveringOneShowsItsIndicator() throws Exception {
        String sha = sample.sha256Of("bao-cao-quy-I-2024.txt");
        int observations = Integer.parseInt(sample.query("SELECT count(*) FROM v_fact_reviewed WHERE sha256 = '" + sha + "'"));
        open(sample.site().resolve("doc/" + sha + ".html"));

        List<WebElement> figures = browser.findElements(By.cssSelector(".reading .fig"));
        assertThat(figures).as("highlighted figures on the page").hasSize(observations);
        assertThat(observations).isGreaterThan(20);
        assertThat(browser.findElements(By.cssSelector(".reading .num"))).as("numbers that gave no figure, marked faintly").isNotEmpty();

        String first = sample.query("SELECT 'c' || char_start || '-' || char_end FROM v_fact_reviewed WHERE sha256 = '" + sha
                + "' AND measure = 'value' AND unit = 'VND' ORDER BY char_start LIMIT 1");
        String name = sample.query("SELECT i.name_vi FROM v_fact_reviewed f JOIN dim_indicator i ON i.code = f.indicator WHERE f.sha256 = '"
                + sha + "' AND 'c' || char_start || '-' || char_end = '" + first + "'");
        WebElement figure = browser.findElement(By.id(first));
        assertThat(figure.getText()).isEqualTo("4.910 tỷ đồng");
        new Actions(browser).scrollToElement(figure).moveToElement(figure).perform();
        WebElement tip = new WebWait().until(() -> {
            WebElement t = browser.findElement(By.id("tip"));
            return t.isDisplayed() ? t : null;
        });
        assertThat(tip.getText()).contains(name, "prod_value_total", "4.910 tỷ đồng", "ước tính", "Quý I/2024");
        figure.click();
        String line = browser.findElement(By.id("line")).getDomProperty("value");
        assertThat(line).startsWith("bao-cao-quy-I-2024.txt," + sha + ",").contains(",confirm,prod_value_total,value,estimate,2024-01,2024-03,4910000000000,");
        // The screenshot shows the figure in the middle of the window with its details beside it and its tooltip under it.
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", figure);
        new Actions(browser).moveToElement(figure).perform();
        screenshot("document.png");
        assertNoNetwork();
    }

    @Test
    void anIndicatorPageDrawsItsChart() throws Exception {
        open(sample.site().resolve("indicator/prod_value_total.html"));
        WebElement chart = browser.findElement(By.cssSelector(".chart"));
        long drawn = new WebWait().until(() -> {
            Long shapes = (Long) ((JavascriptExecutor) browser).executeScript(
                    "var s = arguments[0].querySelector('svg'); return s ? s.querySelectorAll('path').length : 0;", chart);
            return shapes != null && shapes > 10 ? shapes : null;
        });
        assertThat(drawn).as("shapes ECharts drew").isGreaterThan(10);
        Long series = (Long) ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(arguments[0]).getOption().series.length;", chart);
        assertThat(series).as("series of the year-on-year chart").isGreaterThanOrEqualTo(3);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(
                sample.query("SELECT name_vi FROM dim_indicator WHERE code = 'prod_value_total'"));
        assertThat(browser.findElement(By.cssSelector("table.yoy")).getText()).contains("Quý I/2023", "4.480 tỷ đồng", "8,74%");
        screenshot("indicator.png");
        assertNoNetwork();
    }

    @Test
    void theIndexAndCoveragePagesOpenFromDisk() throws Exception {
        open(sample.site().resolve("index.html"));
        assertThat(browser.findElements(By.cssSelector("table.documents tbody tr"))).hasSize(4);
        browser.findElement(By.linkText("Độ phủ")).click();
        assertThat(browser.findElements(By.cssSelector("td.cov.loaded"))).hasSize(4);
        assertNoNetwork();
        browser.findElement(By.linkText("Chỉ tiêu")).click();
        browser.findElement(By.linkText(sample.query("SELECT name_vi FROM dim_indicator WHERE code = 'prod_value_total'"))).click();
        assertThat(browser.getCurrentUrl()).endsWith("indicator/prod_value_total.html");
    }

    @Test
    void noPageReferencesTheNetwork() throws IOException {
        try (Stream<Path> files = Files.walk(sample.site())) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".css")
                    || p.getFileName().toString().equals("review.js"))::iterator) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                assertThat(text).as(f.toString()).doesNotContain("http://", "https://");
            }
        }
    }

    private static void open(Path page) {
        browser.get(page.toUri().toString());
        assertThat(browser.getTitle()).endsWith("baocao");
    }

    /**
     * Everything the page loads comes from disk (the machine has no network, so a page that needed it would have
     * failed above): every script, style sheet and image is a file: address, and the bundled style sheet did load.
     */
    @SuppressWarnings("unchecked")
    private static void assertNoNetwork() {
        JavascriptExecutor js = browser;
        List<String> loaded = (List<String>) js.executeScript(
                "return Array.from(document.querySelectorAll('script[src], link[href], img[src], iframe[src]'))"
                        + ".map(function (e) { return e.src || e.href; });");
        assertThat(loaded).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith("file:"));
        Object navigation = js.executeScript("return getComputedStyle(document.querySelector('nav.top')).backgroundColor;");
        assertThat(navigation).as("the bundled style sheet applied").isEqualTo("rgb(29, 53, 87)");
    }

    private static void screenshot(String name) throws IOException {
        Path file = SCREENSHOTS.resolve(name);
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        System.out.println("review screenshot: " + file.toAbsolutePath());
    }

    /** Waits up to ten seconds for a condition that returns non-null. */
    private static final class WebWait {
        <T> T until(java.util.function.Supplier<T> condition) {
            return new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> condition.get());
        }
    }
}
