package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.stats.metrics.ClassificationMetrics;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The windows, drift and performance routes on a real server, on each backend. */
@ParameterizedClass
@EnumSource(Backend.class)
class MonitoringRoutesTest {

  private static final String RANGE = "from=2026-11-22T00:00:00Z&to=2026-11-24T00:00:00Z";
  private static final String WINDOWS = "/api/v1/models/churn/windows?";
  private static final String DRIFT = "/api/v1/models/churn/drift?";
  private static final String PERFORMANCE = "/api/v1/models/churn/performance?";

  @Parameter Backend backend;
  @TempDir Path dataDir;
  private QueryFixture fixture;

  @BeforeEach
  void start() {
    fixture = new QueryFixture(backend, dataDir);
    fixture.standardWindows();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private JsonNode ok(String path) {
    Answer answer = fixture.server.get(path);
    assertEquals(200, answer.status(), answer.body());
    assertTrue(answer.header("Content-Type").startsWith("application/json"));
    return answer.json();
  }

  @Test
  void windowsRollUpPerDayWithScoresQualityAndLatency() {
    fixture.reference();
    JsonNode answer = ok(WINDOWS + RANGE + "&granularity=day");
    assertEquals("churn", answer.get("model").asText());
    assertEquals("2026-11-22T00:00:00Z", answer.get("from").asText());
    assertEquals("day", answer.get("granularity").asText());
    assertEquals("all", answer.get("segment").asText());
    assertTrue(answer.get("version").isNull());
    assertEquals("2026-11-01T00:00:00Z", answer.get("reference_uploaded_at").asText());
    JsonNode sunday = answer.at("/windows/0");
    assertEquals("2026-11-22T00:00:00Z", sunday.get("start").asText());
    assertEquals("2026-11-23T00:00:00Z", sunday.get("end").asText());
    assertFalse(sunday.get("partial").asBoolean());
    assertEquals(3, sunday.get("predictions").asLong());
    assertEquals(2.0 / 3, sunday.get("predicted_positive_rate").asDouble(), 1e-12);
    assertEquals(2, sunday.get("labelled").asLong());
    assertEquals(0.6, sunday.at("/scores/p50").asDouble(), 1e-12);
    assertEquals(3, sunday.at("/scores/count").asLong());
    assertTrue(sunday.at("/scores/exact").asBoolean());
    assertEquals(0.010, sunday.at("/latency_seconds/p99").asDouble(), 1e-12);
    JsonNode age = sunday.at("/data_quality/0");
    assertEquals("Age", age.get("feature").asText());
    assertEquals("numeric", age.get("type").asText());
    assertEquals(2, age.get("values").asLong());
    assertEquals(1, age.get("missing").asLong());
    assertEquals(0, age.get("type_errors").asLong());
    assertEquals(0, age.at("/out_of_range/count").asLong());
    assertTrue(age.get("unseen_categories").isNull());
    assertEquals(1, sunday.at("/data_quality/1/unseen_categories/count").asLong()); // Germany
    JsonNode monday = answer.at("/windows/1");
    assertEquals(2, monday.get("predictions").asLong());
    assertEquals(2, monday.at("/data_quality/0/out_of_range/count").asLong()); // 25 and 70
    assertTrue(monday.get("latency_seconds").isNull());
    assertEquals(2, answer.get("windows").size());
  }

  @Test
  void windowsWithoutReferenceHaveNoDerivedCounts() {
    JsonNode answer = ok(WINDOWS + RANGE);
    assertEquals("hour", answer.get("granularity").asText());
    assertTrue(answer.get("reference_uploaded_at").isNull());
    assertTrue(answer.at("/windows/0/data_quality/0/out_of_range").isNull());
  }

  @Test
  void windowsPerIsoWeekVersionAndSegment() {
    JsonNode weeks =
        ok(WINDOWS + "from=2026-11-16T00:00:00Z&to=2026-11-24T00:00:00Z&granularity=week");
    assertEquals("2026-11-16T00:00:00Z", weeks.at("/windows/0/start").asText());
    assertEquals(3, weeks.at("/windows/0/predictions").asLong());
    assertEquals("2026-11-23T00:00:00Z", weeks.at("/windows/1/start").asText());
    assertTrue(weeks.at("/windows/1/partial").asBoolean());
    JsonNode version = ok(WINDOWS + RANGE + "&granularity=day&version=2");
    assertEquals("2", version.get("version").asText());
    assertEquals(1, version.get("windows").size());
    assertEquals(2, version.at("/windows/0/predictions").asLong());
    JsonNode france = ok(WINDOWS + RANGE + "&segment=Geography%3DFrance");
    assertEquals("Geography=France", france.get("segment").asText());
    assertEquals(1, france.at("/windows/0/predictions").asLong());
  }

  @Test
  void driftPerFeatureWithPredictionAndLabelDrift() {
    fixture.reference();
    JsonNode answer = ok(DRIFT + RANGE);
    assertEquals(4, answer.at("/reference/rows").asLong());
    assertEquals(5, answer.get("predictions").asLong());
    JsonNode age = answer.at("/features/0");
    assertEquals("Age", age.get("feature").asText());
    assertEquals("ks", age.get("method").asText());
    assertTrue(age.get("p_value").isNumber());
    assertEquals(0.05, age.get("threshold").asDouble(), 0);
    assertEquals(4, age.get("reference_count").asLong());
    assertEquals(4, age.get("current_count").asLong());
    assertEquals(3, answer.get("features").size());
    assertEquals(0, answer.get("skipped").size());
    assertEquals(3, answer.at("/dataset/features").asInt());
    assertEquals(0.5, answer.at("/dataset/drift_share_threshold").asDouble(), 0);
    assertEquals("score", answer.at("/prediction/column").asText());
    assertEquals("label", answer.at("/label/column").asText());
    assertEquals(0.5, answer.at("/label/reference_positive_rate").asDouble(), 1e-12);
    assertEquals(0.5, answer.at("/label/current_positive_rate").asDouble(), 1e-12);
  }

  @Test
  void driftNeedsAReference() {
    ErrorAnswers.assertError(fixture.server.get(DRIFT + RANGE), 409, "reference");
  }

  @Test
  void performanceOverTheRangeAndPerDay() {
    JsonNode answer = ok(PERFORMANCE + RANGE);
    assertEquals(5, answer.get("predictions").asLong());
    assertEquals(2, answer.get("labelled").asLong());
    assertEquals(0.4, answer.get("label_coverage").asDouble(), 1e-12);
    ClassificationMetrics expected =
        ClassificationMetrics.of(new double[] {0.9, 0.6}, new int[] {1, 0}, 0.5);
    JsonNode metrics = answer.get("metrics");
    assertEquals(expected.accuracy().value(), metrics.at("/accuracy/value").asDouble(), 1e-12);
    assertEquals(
        expected.accuracy().interval().orElseThrow().lower(),
        metrics.at("/accuracy/ci/lower").asDouble(),
        1e-12);
    assertEquals("wilson", metrics.at("/accuracy/ci/method").asText());
    assertEquals(1.0, metrics.at("/roc_auc/value").asDouble(), 0);
    assertTrue(metrics.at("/f1/ci").isNull());
    assertEquals(1, metrics.at("/confusion/false_positives").asLong());
    assertEquals(3600, answer.at("/label_delay_seconds/p50").asDouble(), 0);
    assertTrue(answer.get("granularity").isNull());
    assertEquals(0, answer.get("buckets").size());

    JsonNode days = ok(PERFORMANCE + RANGE + "&granularity=day");
    assertEquals("day", days.get("granularity").asText());
    assertEquals(2, days.get("buckets").size());
    assertEquals(2, days.at("/buckets/0/labelled").asLong());
    assertTrue(days.at("/buckets/1/metrics").isNull()); // no label on Monday
    assertTrue(days.at("/buckets/1/label_coverage").isNumber());
  }
}
