package com.meritarchive.web;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver, with a fresh profile; nothing
 * is downloaded (the paths are given, so Selenium Manager is never asked). Saves a screenshot of
 * every page a test looks at under {@code target/screenshots}; files the pages download go to a
 * folder of the profile ({@link #awaitDownload}).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final String base;
    private final Path profile;
    private final Path downloads;
    private final ChromeDriver driver;

    Browser(String base) throws IOException {
        for (Path binary : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(binary)) {
                fail(binary + " is missing: install Debian's chromium and chromium-driver "
                        + "(apt-get install -y chromium chromium-driver; .ci/run does this)");
            }
        }
        this.base = base;
        this.profile = Files.createTempDirectory("merit-chromium-");
        this.downloads = Files.createDirectories(profile.resolve("downloads"));
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,960", "--lang=zh-CN");
        // a download is saved without asking, into this browser's own folder
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        try {
            this.driver = new ChromeDriver(service, options);
        } catch (WebDriverException e) {
            throw new AssertionError("Headless Chromium could not start (" + CHROMIUM + " via " + CHROMEDRIVER
                    + "): " + e.getMessage(), e);
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                downloads.toString(), "eventsEnabled", false));
        Files.createDirectories(SCREENSHOTS);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Waits (up to 60 s: compiling and simulating take a few seconds) until the element is there. */
    WebElement await(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Clicks a button that submits a form and waits until the next page has replaced this one, so
     * that what is looked up next is not an element of the page being left (same ids on both).
     */
    void submit(String css) {
        WebElement page = find("html");
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ignored -> isGone(page));
    }

    /**
     * Whether a page's element has left the document: stale, or, while Chromium is between the two
     * pages, "does not belong to the document" (an inspector error that Selenium's stalenessOf does
     * not take for staleness).
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Waits (up to 60 s) until the browser has saved a file whose name ends with {@code suffix} in
     * its download folder, and returns it.
     */
    Path awaitDownload(String suffix) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(ignored -> {
            try (var files = Files.list(downloads)) {
                List<Path> all = files.toList();
                // Chromium may show the file's name before its bytes are in it, or while a .crdownload is still written
                boolean writing = all.stream().anyMatch(file -> file.getFileName().toString().endsWith(".crdownload"));
                Path found = all.stream().filter(file -> file.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                return writing || found == null || Files.size(found) == 0 ? null : found;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    String text() {
        return find("body").getText();
    }

    String sessionCookie() {
        return "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    void logIn(String user, String password) {
        open("/ui/login");
        find("#username").sendKeys(user);
        find("#password").sendKeys(password);
        find("#login").click();
        await("header.top");
    }

    void logOut() {
        find("form.logout button").click();
        await("#login");
    }

    /** Saves the whole page as {@code target/screenshots/name.png}. */
    void screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(window.getWidth(), Math.max(window.getHeight(), height.intValue() + 140)));
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        driver.manage().window().setSize(window);
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
