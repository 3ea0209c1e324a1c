package dev.vigil.app.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.app.serve.FreePortSettings;
import dev.vigil.app.serve.MonitoringServer;
import dev.vigil.app.serve.ServeSettings;
import dev.vigil.http.ApiToken;
import dev.vigil.http.ApiTokens;
import dev.vigil.http.Scope;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * With API tokens configured the page itself is open, the API is not: the dashboard asks for a
 * token on the first 401, and with a read token it loads.
 */
class DashboardTokenTest {

  private static final String TOKEN = "dashboard-secret";

  @Test
  void asksForATokenAndUsesIt(@TempDir Path dir) throws Exception {
    try (Browser browser = Browser.open();
        MonitoringServer server = MonitoringServer.start(settings(dir))) {
      String base = "http://127.0.0.1:" + server.port();
      browser.load(base + "/");
      assertTrue(
          String.valueOf(browser.script("return window.vigil.error")).contains("token"),
          "the API's 401 message");
      // The browser logs the refused API call itself; nothing else may fail.
      for (String error : browser.consoleErrors()) {
        assertTrue(error.contains("/api/v1/models") && error.contains("401"), error);
      }

      browser.driver.findElement(By.id("token")).sendKeys(TOKEN);
      browser.driver.findElement(By.cssSelector("#token-form button")).click();
      browser.awaitLoads(2);
      assertNull(browser.script("return window.vigil.error"));
      assertTrue(
          browser.driver.findElement(By.id("app")).getText().contains("No monitored model yet"));
      assertEquals(List.of(), browser.consoleErrors());
    }
  }

  private static ServeSettings settings(Path dir) throws Exception {
    String sha256 =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(TOKEN.getBytes(StandardCharsets.UTF_8)));
    return FreePortSettings.of(dir)
        .withTokens(new ApiTokens(List.of(new ApiToken("dashboard", sha256, Set.of(Scope.READ)))));
  }
}
