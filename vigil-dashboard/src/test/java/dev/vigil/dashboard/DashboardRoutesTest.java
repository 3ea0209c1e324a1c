package dev.vigil.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.http.ApiException;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The page, its scripts and ECharts come from the jar; nothing else is reachable. */
class DashboardRoutesTest {

  private Javalin app;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.routes.exception(
                  ApiException.class, (e, ctx) -> ctx.status(e.status()).result(e.field()));
              new DashboardRoutes().register(config.routes);
            });
    app.start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void rootIsThePageThatLoadsOnlyLocalScripts() throws Exception {
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(page.body().contains("src=\"/static/echarts.min.js\""), page.body());
    assertTrue(page.body().contains("src=\"/static/app.js\""), page.body());
    assertTrue(!page.body().contains("http://") && !page.body().contains("https://"));
  }

  @Test
  void servesTheVendoredEChartsAndTheModules() throws Exception {
    HttpResponse<String> echarts = get("/static/echarts.min.js");
    assertEquals(200, echarts.statusCode());
    assertTrue(
        echarts.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    assertTrue(echarts.body().length() > 500_000, "the whole minified library");
    for (String module : new String[] {"app.js", "api.js", "route.js", "model.js", "style.css"}) {
      assertEquals(200, get("/static/" + module).statusCode(), module);
    }
  }

  @Test
  void unknownFilesAndOtherResourcesAreNotFound() throws Exception {
    assertEquals(404, get("/static/nope.js").statusCode());
    assertEquals(404, get("/static/DashboardRoutes.class").statusCode());
    assertEquals(404, get("/static/..%2Findex.html").statusCode());
    assertEquals("path", get("/static/nope.js").body());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
