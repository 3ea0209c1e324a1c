package dev.vigil.app.dashboard;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven by Debian's chromedriver (no browser download). Without them
 * the test is skipped on a workstation and fails in CI (where {@code .ci/run} installs them).
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  static Browser open() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String missing =
          "needs " + CHROMIUM + " and " + CHROMEDRIVER + " (Debian: chromium chromium-driver)";
      if (System.getenv("CI") != null) {
        fail(missing);
      }
      Assumptions.abort(missing);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1440,2400",
        "--hide-scrollbars");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, Level.ALL.getName()));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new Browser(new ChromeDriver(service, options));
  }

  /** Opens the URL as a new document (not a hash change of the current one) and waits for it. */
  void load(String url) {
    driver.get("about:blank");
    driver.get(url);
    awaitLoads(1);
  }

  /** Waits until the page finished its n-th load (app.js counts them on body's data-loads). */
  void awaitLoads(int n) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d ->
                Integer.parseInt(
                        String.valueOf(script("return document.body.dataset.loads || '0'")))
                    >= n);
  }

  Object script(String js, Object... args) {
    return driver.executeScript(js, args);
  }

  /** The console's errors since the last call (warnings and info are not errors). */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Clicks the element at (x, y) pixels from its top-left corner, the way a user's mouse would. */
  void click(String id, double x, double y) {
    WebElement element = driver.findElement(By.id(id));
    script("arguments[0].scrollIntoView({block: 'center'})", element);
    Dimension size = element.getSize();
    new Actions(driver)
        .moveToElement(
            element,
            (int) Math.round(x - size.getWidth() / 2.0),
            (int) Math.round(y - size.getHeight() / 2.0))
        .click()
        .perform();
  }

  /** A screenshot of the top {@code height} pixels of the page, 1440 wide. */
  void screenshot(Path file, int height) {
    driver.manage().window().setSize(new Dimension(1440, height));
    try {
      Files.createDirectories(file.getParent());
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          file,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
