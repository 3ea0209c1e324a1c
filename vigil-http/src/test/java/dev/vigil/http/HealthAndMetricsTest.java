package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.store.Database;
import dev.vigil.store.JdbcModelStore;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /healthz}, {@code /readyz} and {@code /metrics}. */
class HealthAndMetricsTest {

  private static final String HISTOGRAM = "vigil_http_request_duration_seconds";

  @TempDir Path dataDir;
  private Database database;
  private RunningServer server;
  private final AtomicReference<Readiness> readiness = new AtomicReference<>(Readiness.ok());

  @BeforeEach
  void start() {
    database = Database.openDataDir(dataDir);
    server = new RunningServer(new JdbcModelStore(database), readiness::get, 4096);
  }

  @AfterEach
  void stop() {
    server.close();
    database.close();
  }

  @Test
  void healthzSaysOk() {
    Answer answer = server.get("/healthz");

    assertEquals(200, answer.status());
    assertEquals("{\"status\":\"ok\"}", answer.body());
  }

  @Test
  void readyzIsOkWhenTheStoreAnswers() {
    Answer answer = server.get("/readyz");

    assertEquals(200, answer.status());
    assertEquals("ready", answer.json().get("status").asText());
  }

  @Test
  void readyzIsUnavailableWithTheReasonWhenTheStoreDoesNotAnswer() {
    readiness.set(Readiness.unavailable("the database does not answer"));

    Answer answer = server.get("/readyz");

    assertEquals(503, answer.status());
    assertEquals("unavailable", answer.json().get("status").asText());
    assertEquals("the database does not answer", answer.json().get("reason").asText());
  }

  @Test
  void metricsAreInThePrometheusTextFormat() {
    Answer answer = server.get("/metrics");

    assertEquals(200, answer.status());
    assertEquals("text/plain; version=0.0.4; charset=utf-8", answer.header("Content-Type"));
    PrometheusText text = PrometheusText.parse(answer.body());
    assertEquals("gauge", text.typeOf("jvm_memory_used_bytes"));
    assertEquals("counter", text.typeOf("process_cpu_seconds_total"), text.toString());
    assertTrue(text.helpOf("jvm_threads_current").isPresent());
  }

  @Test
  void requestDurationsAreLabelledByRouteTemplateAndStatus() {
    server.get("/api/v1/models/churn");
    server.get("/api/v1/models/other");
    server.get("/no/such/route/42");

    PrometheusText text = scrapeUntilCounted(HISTOGRAM, "/api/v1/models/{name}", "404", 2);

    assertEquals("histogram", text.typeOf(HISTOGRAM));
    assertTrue(text.helpOf(HISTOGRAM).isPresent());
    String labels = "route=\"/api/v1/models/{name}\",status=\"404\"";
    assertEquals(2.0, text.value(HISTOGRAM + "_bucket{" + labels + ",le=\"+Inf\"}"));
    assertTrue(text.value(HISTOGRAM + "_bucket{" + labels + ",le=\"10.0\"}") <= 2.0);
    assertTrue(text.value(HISTOGRAM + "_sum{" + labels + "}") > 0);
    String unmatched = "route=\"" + HttpMetrics.UNMATCHED + "\",status=\"404\"";
    assertEquals(1.0, text.value(HISTOGRAM + "_count{" + unmatched + "}"));
    assertFalse(text.toString().contains("/api/v1/models/churn"), "raw paths are never labels");
    assertFalse(text.toString().contains("/no/such/route"), "raw paths are never labels");
  }

  /**
   * Javalin records a request after its answer is sent, so a scrape right after may not count it
   * yet; scrape again until it does (or give up after a few seconds).
   */
  private PrometheusText scrapeUntilCounted(
      String histogram, String route, String status, double count) {
    String series = histogram + "_count{route=\"" + route + "\",status=\"" + status + "\"}";
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (true) {
      PrometheusText text = PrometheusText.parse(server.get("/metrics").body());
      if (text.has(series) && text.value(series) >= count || System.nanoTime() > deadline) {
        return text;
      }
      Thread.onSpinWait();
    }
  }
}
