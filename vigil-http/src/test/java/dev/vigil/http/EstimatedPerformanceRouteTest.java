package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.stats.estimate.CalibrationCheck;
import dev.vigil.stats.estimate.CbpeEstimator;
import dev.vigil.stats.estimate.EstimatedMetric;
import dev.vigil.stats.estimate.MetricEstimate;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code GET .../performance/estimated} on a real server, on each backend, after a reference with
 * scores and targets was uploaded through the reference route.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class EstimatedPerformanceRouteTest {

  private static final String ESTIMATED =
      "/api/v1/models/churn/performance/estimated?from=2026-11-22T00:00:00Z&to=2026-11-24T00:00:00Z";
  private static final int ROWS = 400;

  @Parameter Backend backend;
  @TempDir Path dataDir;
  private QueryFixture fixture;
  private final double[] scores = new double[ROWS];
  private final int[] labels = new int[ROWS];

  @BeforeEach
  void start() {
    fixture = new QueryFixture(backend, dataDir);
    fixture.standardWindows();
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < ROWS; i++) {
      scores[i] = ((i * 37) % 100 + 0.5) / 100;
      labels[i] = random.nextDouble() < scores[i] ? 1 : 0;
    }
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private void uploadReference(boolean withTarget) {
    StringBuilder csv = new StringBuilder("Age,Geography,IsActive,score,Exited\n");
    for (int i = 0; i < ROWS; i++) {
      csv.append(30 + i % 40)
          .append(i % 2 == 0 ? ",France," : ",Spain,")
          .append(i % 3 == 0)
          .append(',')
          .append(scores[i])
          .append(',')
          .append(labels[i] == 1 ? "Yes" : "No")
          .append('\n');
    }
    String query = "?score_column=score" + (withTarget ? "&target_column=Exited" : "");
    Answer put =
        fixture.server.put("/api/v1/models/churn/reference" + query, "text/csv", csv.toString());
    assertEquals(200, put.status(), put.body());
  }

  private JsonNode ok(String path) {
    Answer answer = fixture.server.get(path);
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }

  @Test
  void estimatesTheRangeAndEachDayAsCbpeOnTheUploadedPairs() {
    uploadReference(true);
    JsonNode answer = ok(ESTIMATED + "&granularity=day");
    assertEquals("churn", answer.get("model").asText());
    assertTrue(answer.get("available").asBoolean());
    assertFalse(answer.has("reason"));
    assertEquals(0.5, answer.get("threshold").asDouble());
    assertEquals(5, answer.get("predictions").asLong());
    assertTrue(answer.get("exact").asBoolean());
    CbpeEstimator direct =
        CbpeEstimator.fit(scores, labels, 0.5, ROWS / 10, CalibrationCheck.DEFAULT_SEED);
    assertMetrics(
        direct.estimate(direct.summarize(new double[] {0.9, 0.2, 0.6, 0.4, 0.7})),
        answer.get("metrics"));
    assertEquals(2, answer.get("buckets").size());
    JsonNode sunday = answer.at("/buckets/0");
    assertEquals("2026-11-22T00:00:00Z", sunday.get("start").asText());
    assertEquals(3, sunday.get("predictions").asLong());
    assertMetrics(
        direct.estimate(direct.summarize(new double[] {0.9, 0.2, 0.6})), sunday.get("metrics"));
  }

  private static void assertMetrics(Map<EstimatedMetric, MetricEstimate> expected, JsonNode got) {
    assertEquals(5, got.size(), got.toString());
    for (String name : new String[] {"accuracy", "precision", "recall", "f1", "roc_auc"}) {
      MetricEstimate want = expected.get(EstimatedMetric.valueOf(name.toUpperCase()));
      JsonNode metric = got.get(name);
      assertEquals(want.value(), metric.get("value").asDouble(), 1e-12, name);
      assertEquals(want.standardError(), metric.get("standard_error").asDouble(), 1e-12, name);
      assertEquals(want.lowerBound(), metric.get("lower").asDouble(), 1e-12, name);
      assertEquals(want.upperBound(), metric.get("upper").asDouble(), 1e-12, name);
      assertEquals(want.threshold().lower(), metric.get("alert_lower").asDouble(), 1e-12, name);
      assertEquals(want.threshold().upper(), metric.get("alert_upper").asDouble(), 1e-12, name);
      assertEquals(want.alert(), metric.get("alert").asBoolean(), name);
    }
  }

  @Test
  void unavailableWithAReasonWithoutReferenceOrWithoutTargets() {
    JsonNode none = ok(ESTIMATED);
    assertFalse(none.get("available").asBoolean());
    assertEquals("the model has no reference", none.get("reason").asText());
    assertEquals(0, none.get("metrics").size());
    assertEquals(0, none.get("buckets").size());

    uploadReference(false);
    JsonNode scoresOnly = ok(ESTIMATED + "&granularity=day");
    assertFalse(scoresOnly.get("available").asBoolean());
    assertTrue(scoresOnly.get("reason").asText().contains("no labelled scores"));
    assertEquals(0, scoresOnly.get("buckets").size());
  }

  @Test
  void refusesWhatThePerformanceRouteRefuses() {
    assertEquals(404, fixture.server.get("/api/v1/models/nope/performance/estimated").status());
    Answer bad = fixture.server.get(ESTIMATED + "&granularity=fortnight");
    assertEquals(400, bad.status(), bad.body());
    assertEquals("granularity", bad.json().get("field").asText());
    Answer unknown = fixture.server.get(ESTIMATED + "&feature=Age");
    assertEquals(400, unknown.status());
  }
}
