package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.http.serving.ServingSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The serving series in {@code /metrics}: latency by model, version and protocol, rows, SLA
 * violations, and the served predictions dropped. Not storage: SQLite alone.
 */
class ServingMetricsTest {

  private static final String ONE_ROW = "{\"instances\": [[40, \"France\", true]]}";
  private static final String TWO_ROWS =
      "{\"inputs\": [{\"name\": \"m\", \"datatype\": \"FP64\", \"shape\": [2, 3],"
          + " \"data\": [40, 1, 1, 50, 2, 0]}]}";

  @TempDir Path dataDir;

  @Test
  void latencyRowsAndViolationsOfAnSlaNoRequestMeets() {
    // No request is answered within a nanosecond.
    try (ServingFixture fixture =
        new ServingFixture(
            Backend.SQLITE, dataDir, new ServingSettings(Duration.ofNanos(1), true, 100))) {
      assertEquals(200, fixture.post("/v1/models/churn:predict", ONE_ROW).status());
      assertEquals(200, fixture.post("/v2/models/churn/infer", TWO_ROWS).status());
      assertEquals(200, fixture.post("/v2/models/churn/versions/1/infer", TWO_ROWS).status());
      assertEquals(404, fixture.post("/v2/models/ghost/infer", TWO_ROWS).status());
      PrometheusText metrics = fixture.metrics();
      assertEquals("histogram", metrics.typeOf("vigil_inference_duration_seconds"));
      assertEquals(
          1,
          metrics.value(
              "vigil_inference_duration_seconds_count{model=\"churn\",protocol=\"v1\",version=\"2\"}"));
      assertEquals(
          1,
          metrics.value(
              "vigil_inference_duration_seconds_count{model=\"churn\",protocol=\"v2\",version=\"2\"}"));
      assertEquals(
          1,
          metrics.value(
              "vigil_inference_duration_seconds_bucket{model=\"churn\",protocol=\"v2\",version=\"1\",le=\"+Inf\"}"));
      assertEquals(3, metrics.value("vigil_inference_rows_total{model=\"churn\",version=\"2\"}"));
      assertEquals(2, metrics.value("vigil_inference_rows_total{model=\"churn\",version=\"1\"}"));
      assertEquals(
          2, metrics.value("vigil_inference_sla_violations_total{model=\"churn\",version=\"2\"}"));
      assertEquals(
          1, metrics.value("vigil_inference_sla_violations_total{model=\"churn\",version=\"1\"}"));
    }
  }

  @Test
  void noViolationWithinAGenerousSlaAndTooManyRowsAreRefused() {
    try (ServingFixture fixture =
        new ServingFixture(
            Backend.SQLITE, dataDir, new ServingSettings(Duration.ofHours(1), true, 1))) {
      assertEquals(200, fixture.post("/v1/models/churn:predict", ONE_ROW).status());
      Answer tooMany = fixture.post("/v2/models/churn/infer", TWO_ROWS);
      assertEquals(400, tooMany.status(), tooMany.body());
      assertEquals("inputs[0].shape", tooMany.json().get("field").asText());
      PrometheusText metrics = fixture.metrics();
      assertEquals(
          0, metrics.value("vigil_inference_sla_violations_total{model=\"churn\",version=\"2\"}"));
    }
  }

  @Test
  void predictionsOfAnUnmonitoredModelAreAnsweredAndCountedAsDropped() {
    try (ServingFixture fixture = new ServingFixture(Backend.SQLITE, dataDir)) {
      assertEquals(200, fixture.post("/v1/models/unmonitored:predict", ONE_ROW).status());
      assertEquals(200, fixture.post("/v2/models/unmonitored/infer", TWO_ROWS).status());
      assertEquals(
          3,
          fixture
              .metrics()
              .value(
                  "vigil_served_predictions_dropped_total{model=\"unmonitored\",reason=\"not_monitored\"}"));
    }
  }

  @Test
  void withMonitoringOffNothingIsRecorded() {
    try (ServingFixture fixture =
        new ServingFixture(
            Backend.SQLITE, dataDir, new ServingSettings(Duration.ofHours(1), false, 100))) {
      assertEquals(200, fixture.post("/v2/models/churn/infer", TWO_ROWS).status());
      fixture.settle();
      assertEquals(0, fixture.stored("churn"));
    }
  }
}
