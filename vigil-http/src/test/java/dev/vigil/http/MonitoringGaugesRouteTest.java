package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcModelStore;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The gauges as a server serves them on {@code /metrics}: equal to the drift and performance
 * routes' answers (on each backend), and registered only when the server has windows and
 * references.
 */
class MonitoringGaugesRouteTest {

  @TempDir Path dataDir;

  private static JsonNode ok(QueryFixture fixture, String path) {
    Answer answer = fixture.server.get(path);
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void metricsServeWhatTheDriftAndPerformanceRoutesAnswer(Backend backend) {
    try (QueryFixture fixture = new QueryFixture(backend, dataDir)) {
      fixture.standardWindows();
      fixture.reference();
      // The drift route's default range: the 24 hours before the fixture's clock.
      JsonNode drift = ok(fixture, "/api/v1/models/churn/drift");
      // The latest day with a label: the 22nd (the 23rd has predictions without labels).
      JsonNode performance =
          ok(
              fixture,
              "/api/v1/models/churn/performance?from=2026-11-22T00:00:00Z&to=2026-11-23T00:00:00Z");
      Answer metrics = fixture.server.get("/metrics");
      assertEquals(200, metrics.status());
      PrometheusText text = PrometheusText.parse(metrics.body());

      assertEquals(3, drift.get("features").size());
      for (JsonNode feature : drift.get("features")) {
        String labels =
            "{feature=\""
                + feature.get("feature").asText()
                + "\",method=\""
                + feature.get("method").asText()
                + "\",model=\"churn\"}";
        assertEquals(
            feature.get("statistic").asDouble(), text.value("vigil_feature_drift" + labels));
      }
      assertEquals(
          drift.at("/dataset/drift_share").asDouble(),
          text.value("vigil_drift_share{model=\"churn\"}"));
      assertEquals(
          drift.at("/prediction/statistic").asDouble(),
          text.value(
              "vigil_prediction_drift{method=\""
                  + drift.at("/prediction/method").asText()
                  + "\",model=\"churn\"}"));
      for (String metric : List.of("accuracy", "f1", "roc_auc", "brier")) {
        assertEquals(
            performance.at("/metrics/" + metric + "/value").asDouble(),
            text.value("vigil_performance{metric=\"" + metric + "\",model=\"churn\"}"),
            metric);
      }
      assertEquals(
          performance.get("labelled").asDouble(),
          text.value("vigil_performance_labelled{model=\"churn\"}"));
      assertEquals(
          (double) Instant.parse("2026-11-22T00:00:00Z").getEpochSecond(),
          text.value("vigil_performance_window_start_seconds{model=\"churn\"}"));
    }
  }

  @Test
  void registeredOnlyWhenTheServerHasWindowsAndReferences() {
    try (Database database = Database.openDataDir(dataDir)) {
      JdbcModelStore models = new JdbcModelStore(database);
      EventStores stores =
          new EventStores(
              models, UnusedStores.PREDICTIONS, UnusedStores.LABELS, UnusedStores.KSERVE_EVENTS);
      ServerSettings settings = new ServerSettings("127.0.0.1", 0, 1 << 20);
      PrometheusRegistry wired = new PrometheusRegistry();
      new HttpServer(
          stores, new MemoryMonitoring(models).sources(), Readiness::ok, wired, settings);
      PrometheusRegistry notWired = new PrometheusRegistry();
      new HttpServer(stores, Readiness::ok, notWired, settings);

      // A registered collector reports its families even with no sample in them.
      assertTrue(families(wired).contains("vigil_feature_drift"), families(wired).toString());
      assertTrue(families(wired).contains("vigil_performance"));
      assertFalse(families(notWired).contains("vigil_feature_drift"));
      assertFalse(families(notWired).contains("vigil_performance"));
    }
  }

  private static List<String> families(PrometheusRegistry registry) {
    return registry.scrape().stream()
        .map(MetricSnapshot::getMetadata)
        .map(m -> m.getName())
        .toList();
  }
}
