package vn.dienbien.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) with a fresh profile, as a phone
 * (360 px wide) or a desktop. Every page it lands on can be checked the way an official would
 * notice problems: English words, console errors, inputs without a label, content wider than the
 * window.
 */
final class Browser implements AutoCloseable {

  static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
  static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final Path profile;
  private final List<String> checked = new ArrayList<>();

  private Browser(int width, int height, boolean phone) throws IOException {
    profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--lang=vi-VN",
        "--window-size=" + Math.max(width, 500) + "," + height,
        "--user-data-dir=" + profile);
    if (phone) {
      // A desktop window is at least 500 px wide; a phone's viewport is emulated.
      options.setExperimentalOption(
          "mobileEmulation",
          Map.of(
              "deviceMetrics",
              Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
    }
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  static Browser phone() throws IOException {
    return new Browser(360, 800, true);
  }

  static Browser desktop() throws IOException {
    return new Browser(1280, 900, false);
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

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  WebElement waitFor(String css) {
    return explained(() ->
        new WebDriverWait(driver, Duration.ofSeconds(60))
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))));
  }

  void waitForUrl(String part) {
    new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.urlContains(part));
  }

  void waitForText(String css, String text) {
    explained(() ->
        new WebDriverWait(driver, Duration.ofSeconds(60))
            .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text)));
  }

  /**
   * A wait that failed says what the page showed instead (its URL and the text of its main
   * element), so a refusal or an error message is in the test report, not lost with the browser.
   */
  private <T> T explained(java.util.function.Supplier<T> wait) {
    try {
      return wait.get();
    } catch (org.openqa.selenium.TimeoutException e) {
      String shown;
      try {
        List<WebElement> main = driver.findElements(By.tagName("main"));
        shown = main.isEmpty() ? driver.getPageSource() : main.getFirst().getText();
      } catch (RuntimeException unreadable) {
        shown = "(page unreadable: " + unreadable.getMessage() + ")";
      }
      throw new org.openqa.selenium.TimeoutException(
          e.getMessage()
              + "\nPage "
              + driver.getCurrentUrl()
              + " shows:\n"
              + shown.substring(0, Math.min(shown.length(), 3000)),
          e);
    }
  }

  String text(String css) {
    return find(css).getText();
  }

  void type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
  }

  void click(String css) {
    WebElement element = find(css);
    // Bootstrap makes scrolling smooth; a click must not land before the scroll ends.
    script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    element.click();
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Signs in on the authorization server's page (the browser must be on it). */
  void signIn(String user, String password) {
    waitFor("#username");
    type("#username", user);
    type("#password", password);
    click("button[type=submit]");
  }

  void clearCookies() {
    driver.manage().deleteAllCookies();
  }

  byte[] screenshot() {
    return driver.getScreenshotAs(OutputType.BYTES);
  }

  /** The checks every visited page must pass; collects the page for the summary. */
  void checkPage() {
    String where = driver.getCurrentUrl();
    checked.add(where);
    assertThat(PageChecks.consoleErrors(consoleErrors()))
        .as("console errors on " + where)
        .isEmpty();
    assertThat(EnglishWords.in(PageChecks.visibleText(this)))
        .as("English words on " + where)
        .isEmpty();
    assertThat(PageChecks.unlabelledInputs(this))
        .as("inputs without a label on " + where)
        .isEmpty();
    assertThat(PageChecks.tooWide(this)).as("wider than the window on " + where).isEmpty();
  }

  /** With every service up, no panel may say it could not load. */
  void checkNoFailedPanel() {
    assertThat(all(".panel-failed"))
        .as("panels that failed on " + driver.getCurrentUrl())
        .isEmpty();
  }

  List<String> checkedPages() {
    return List.copyOf(checked);
  }

  private List<LogEntry> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  long innerWidth() {
    return (Long) script("return window.innerWidth;");
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> json(String js) {
    return (Map<String, Object>) script(js);
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
