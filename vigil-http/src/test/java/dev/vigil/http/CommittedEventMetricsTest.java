package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.vigil.core.event.BatchOutcome;
import dev.vigil.core.event.EventCommit;
import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.model.ClassLabels;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The series of committed predictions and labels, read back from the exposition text. */
class CommittedEventMetricsTest {

  private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");
  private static final MonitoredModel CHURN =
      new MonitoredModel(
          "churn",
          new DatasetSchema(
              List.of(
                  new ColumnSchema("Age", ColumnKind.NUMERIC),
                  new ColumnSchema("Geography", ColumnKind.CATEGORICAL),
                  new ColumnSchema("IsActive", ColumnKind.BOOLEAN))),
          new ClassLabels("churned", List.of("1"), List.of("0")),
          0.3,
          WindowGranularity.HOUR,
          List.of(),
          T);

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final AtomicInteger lookups = new AtomicInteger();
  private final CommittedEventMetrics metrics =
      new CommittedEventMetrics(
          registry,
          name -> {
            lookups.incrementAndGet();
            return name.equals("churn") ? Optional.of(CHURN) : Optional.empty();
          });
  private int ids;

  private PredictionRecord prediction(String version, double score, Map<String, Object> features) {
    return new PredictionRecord("churn", "p-" + ids++, version, T, features, score);
  }

  private PredictionRecord prediction(String version, double score) {
    return prediction(version, score, Map.of("Age", 42.0, "Geography", "France", "IsActive", true));
  }

  private static LabeledPrediction labelled(PredictionRecord prediction, Duration delay) {
    return new LabeledPrediction(
        prediction, new LabelRecord("churn", prediction.predictionId(), 1, T.plus(delay)));
  }

  private void commit(List<PredictionRecord> predictions, List<LabeledPrediction> joined) {
    metrics.committed(
        new EventCommit(
            List.of(new BatchOutcome(predictions.size(), 0, 0)), predictions, joined, 7));
  }

  private PrometheusText text() {
    return PrometheusText.scrape(registry);
  }

  private static String predictions(String version, String predictedClass) {
    return "vigil_predictions_total{class=\""
        + predictedClass
        + "\",model=\"churn\",version=\""
        + version
        + "\"}";
  }

  @Test
  void predictionsAreCountedByVersionAndClassWithTheThresholdItselfPositive() {
    commit(
        List.of(
            prediction("3", 0.3),
            prediction("3", 0.2999),
            prediction("3", 0.9),
            prediction("4", 0.1)),
        List.of());

    PrometheusText text = text();
    assertEquals("counter", text.typeOf("vigil_predictions_total"));
    assertEquals(2, text.value(predictions("3", "1")));
    assertEquals(1, text.value(predictions("3", "0")));
    assertEquals(0, text.value(predictions("4", "1")));
    assertEquals(1, text.value(predictions("4", "0")));
  }

  @Test
  void scoresFallInTwentyBucketsOfWidthFiveHundredthsWithUpperBoundsInclusive() {
    commit(
        List.of(
            prediction("3", 0.0),
            prediction("3", 0.05),
            prediction("3", 0.0501),
            prediction("3", 0.42),
            prediction("3", 1.0)),
        List.of());

    PrometheusText text = text();
    assertEquals("histogram", text.typeOf("vigil_prediction_score"));
    assertEquals(2, text.value(scoreBucket("0.05")));
    assertEquals(3, text.value(scoreBucket("0.1")));
    assertEquals(3, text.value(scoreBucket("0.4")));
    assertEquals(4, text.value(scoreBucket("0.45")));
    assertEquals(4, text.value(scoreBucket("0.95")));
    assertEquals(5, text.value(scoreBucket("1.0")));
    assertEquals(5, text.value(scoreBucket("+Inf")));
    assertEquals(5, text.value("vigil_prediction_score_count{model=\"churn\"}"));
    assertEquals(1.5201, text.value("vigil_prediction_score_sum{model=\"churn\"}"), 1e-12);
    assertFalse(text.has(scoreBucket("0.15000000000000002")), text.toString());
  }

  private static String scoreBucket(String le) {
    return "vigil_prediction_score_bucket{model=\"churn\",le=\"" + le + "\"}";
  }

  @Test
  void joinedLabelsAreCountedByThePredictionsVersionAndTheirDelaysBucketed() {
    List<LabeledPrediction> pairs =
        List.of(
            labelled(prediction("3", 0.5), Duration.ofSeconds(30)),
            labelled(prediction("3", 0.5), Duration.ofSeconds(60)),
            labelled(prediction("3", 0.5), Duration.ofSeconds(-10)),
            labelled(prediction("3", 0.5), Duration.ofHours(2)),
            labelled(prediction("4", 0.5), Duration.ofDays(100)));
    commit(List.of(), pairs);

    PrometheusText text = text();
    assertEquals(4, text.value("vigil_labels_total{model=\"churn\",version=\"3\"}"));
    assertEquals(1, text.value("vigil_labels_total{model=\"churn\",version=\"4\"}"));
    assertEquals(3, text.value(delayBucket("60.0")));
    assertEquals(3, text.value(delayBucket("3600.0")));
    assertEquals(4, text.value(delayBucket("10800.0")));
    assertEquals(4, text.value(delayBucket("7776000.0")));
    assertEquals(5, text.value(delayBucket("+Inf")));
    // The label before its prediction counts as 0 s, so the sum is 30 + 60 + 7200 + 100 days.
    assertEquals(
        30 + 60 + 7200 + 8_640_000.0, text.value("vigil_label_delay_seconds_sum{model=\"churn\"}"));
    // Joined pairs are not new predictions: the version's series exist, at 0.
    assertEquals(0, text.value(predictions("3", "1")));
  }

  private static String delayBucket(String le) {
    return "vigil_label_delay_seconds_bucket{model=\"churn\",le=\"" + le + "\"}";
  }

  @Test
  void theFirstTwentyVersionsGetTheirOwnLabelAndLaterOnesShareOther() {
    List<PredictionRecord> batch = new ArrayList<>();
    for (int v = 0; v < 25; v++) {
      batch.add(prediction("v" + v, 0.1));
    }
    commit(batch, List.of());
    commit(
        List.of(prediction("v0", 0.1), prediction("v24", 0.9)),
        List.of(labelled(prediction("v22", 0.1), Duration.ofMinutes(1))));

    PrometheusText text = text();
    assertEquals(2, text.value(predictions("v0", "0")));
    assertEquals(1, text.value(predictions("v19", "0")));
    assertFalse(text.has(predictions("v20", "0")), text.toString());
    assertEquals(5, text.value(predictions("other", "0")));
    assertEquals(1, text.value(predictions("other", "1")));
    assertEquals(1, text.value("vigil_labels_total{model=\"churn\",version=\"other\"}"));
  }

  @Test
  void missingAndWronglyTypedValuesAreCountedPerSchemaColumnOnly() {
    Map<String, Object> noAge = new HashMap<>();
    noAge.put("Geography", null);
    noAge.put("IsActive", "yes");
    noAge.put("Zip", "75001");
    commit(
        List.of(
            prediction("3", 0.5, noAge),
            prediction("3", 0.5, Map.of("Age", "forty", "Geography", 3.0, "IsActive", true)),
            prediction("3", 0.5, Map.of("Age", true, "Geography", "Spain", "IsActive", 1.0)),
            prediction("3", 0.5, Map.of("Age", " ", "Geography", "", "IsActive", false))),
        List.of());

    PrometheusText text = text();
    assertEquals(2, text.value(feature("missing", "Age")), "absent, and a blank string");
    assertEquals(2, text.value(feature("type_errors", "Age")), "a string and a boolean");
    assertEquals(2, text.value(feature("missing", "Geography")), "null, and an empty string");
    assertEquals(0, text.value(feature("type_errors", "Geography")));
    assertEquals(0, text.value(feature("missing", "IsActive")));
    assertEquals(0, text.value(feature("type_errors", "IsActive")));
    assertFalse(text.has(feature("missing", "Zip")));
    assertFalse(text.toString().contains("Zip"), text.toString());
  }

  private static String feature(String what, String name) {
    return "vigil_feature_" + what + "_total{feature=\"" + name + "\",model=\"churn\"}";
  }

  @Test
  void eachModelIsLookedUpOnceAndAnUnknownOneIsSkippedWithoutThrowing() {
    PredictionRecord ghost = new PredictionRecord("ghost", "g-1", "1", T, Map.of(), 0.5);
    commit(List.of(prediction("3", 0.5), ghost), List.of());
    commit(List.of(prediction("3", 0.5)), List.of());

    PrometheusText text = text();
    assertEquals(2, text.value(predictions("3", "1")));
    assertFalse(text.toString().contains("ghost"));
    assertEquals(2, lookups.get(), "churn once, ghost once per commit it appears in");
  }

  @Test
  void aFailingLookupDoesNotEscapeTheListener() {
    PrometheusRegistry own = new PrometheusRegistry();
    CommittedEventMetrics failing =
        new CommittedEventMetrics(
            own,
            name -> {
              throw new IllegalStateException("the database is gone");
            });

    EventCommit commit = new EventCommit(List.of(), List.of(prediction("3", 0.5)), List.of(), 1);

    assertDoesNotThrow(() -> failing.committed(commit));
    assertFalse(PrometheusText.scrape(own).has(predictions("3", "1")));
  }
}
