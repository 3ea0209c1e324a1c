package dev.vigil.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * A CSV-mode report opened from disk in Debian's headless chromium (skipped without it, except in
 * CI): it renders its charts, logs no error and fetches nothing. The screenshot goes to
 * target/report.png (docs/img/report.png holds a copy).
 */
class ReportBrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path dir;

  @Test
  void opensOfflineWithItsChartsDrawn() throws Exception {
    Path out = Path.of("target", "report.html").toAbsolutePath();
    ReportRun run =
        ReportRun.of(
            "--reference", ChurnFiles.country("France", dir.resolve("fr.csv")).toString(),
            "--current", ChurnFiles.country("Germany", dir.resolve("de.csv")).toString(),
            "--target", "Exited",
            "--score", "score",
            "--exclude", "Surname,Geography,predicted",
            "--id", "RowNumber",
            "--id", "CustomerId",
            "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    ChromeDriver driver = open();
    try {
      driver.get(out.toUri().toString());
      long drawn =
          (Long)
              driver.executeScript(
                  "return [...document.querySelectorAll('svg')]"
                      + ".filter(s => s.getBoundingClientRect().width > 100"
                      + " && s.querySelectorAll('rect,polyline,circle').length > 0).length");
      assertTrue(drawn > 10, drawn + " charts drawn");
      assertEquals(
          0L,
          driver.executeScript("return performance.getEntriesByType('resource').length"),
          "nothing fetched");
      List<?> errors =
          driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
              .toList();
      assertTrue(errors.isEmpty(), errors.toString());
      driver.manage().window().setSize(new Dimension(1200, 2200));
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          Path.of("target", "report.png"),
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      driver.quit();
    }
  }

  private static ChromeDriver open() {
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
        "--window-size=1200,2200",
        "--hide-scrollbars");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, Level.ALL.getName()));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }
}
