package dev.vigil.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.window.LabelledScoreSample;
import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.stats.SketchRandomness;
import dev.vigil.stats.estimate.CalibrationCheck;
import dev.vigil.stats.estimate.CbpeEstimator;
import dev.vigil.stats.estimate.EstimatedMetric;
import dev.vigil.stats.estimate.MetricEstimate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The estimated-performance query on the bank churn data: reference rows 0..4999 with their labels,
 * the predictions of rows 5000..9999 in five hourly windows of 1000, without labels.
 */
class EstimatedPerformanceQueryTest {

  static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  static final Instant UPLOADED = Instant.parse("2026-11-20T00:00:00Z");
  private static final QueryParameters DAY =
      QueryParameters.of("churn").withRange("2026-11-23T00:00:00Z", "2026-11-23T12:00:00Z");

  private static ChurnScores churn;
  private static CbpeEstimator direct;

  @BeforeAll
  static void fitDirectly() {
    churn = ChurnScores.load();
    direct =
        CbpeEstimator.fit(
            churn.scores(0, 5000),
            churn.labels(0, 5000),
            0.5,
            ReferenceEstimators.chunkSize(5000),
            CalibrationCheck.DEFAULT_SEED);
  }

  static InMemory store(ReferenceSummary reference) {
    InMemory store = new InMemory().withModel(InMemory.churn(WindowGranularity.HOUR));
    for (int w = 0; w < 5; w++) {
      List<Row> rows = new ArrayList<>();
      for (int i = 5000 + 1000 * w; i < 6000 + 1000 * w; i++) {
        rows.add(Row.of(churn.scores()[i], 40, "France", true));
      }
      store.window("1", "2026-11-23T0" + w + ":00:00Z", Summaries.window(0.5, rows));
    }
    return store.reference(reference);
  }

  static ReferenceSummary labelledReference(Instant at) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      rows.add(Row.of(churn.scores()[i], 40, "France", true).labelled(churn.labels()[i], 0));
    }
    return Summaries.reference(at, rows, true, true)
        .withLabelledScores(
            new LabelledScoreSample(5000, churn.scores(0, 5000), churn.labels(0, 5000)));
  }

  @Test
  void eachHourEqualsTheEstimatorAppliedToItsScores() {
    EstimatedPerformanceView view =
        store(labelledReference(UPLOADED))
            .queries(NOW)
            .estimatedPerformance(DAY.withGranularity("hour"));
    assertTrue(view.available());
    assertEquals(0.5, view.threshold());
    assertEquals(5, view.buckets().size());
    for (int w = 0; w < 5; w++) {
      EstimatedMetrics bucket = view.buckets().get(w).estimate();
      assertEquals(1000, bucket.predictions());
      assertTrue(bucket.exact());
      assertSame(
          direct.estimate(direct.summarize(churn.scores(5000 + 1000 * w, 6000 + 1000 * w))),
          bucket,
          1e-12);
    }
  }

  @Test
  void theWholeRangeMergesTheExactWindowsSoItEqualsTheEstimatorOnAllItsScores() {
    EstimatedMetrics total =
        store(labelledReference(UPLOADED)).queries(NOW).estimatedPerformance(DAY).total();
    assertEquals(5000, total.predictions());
    assertTrue(total.exact());
    assertSame(direct.estimate(direct.summarize(churn.scores(5000, 10000))), total, 1e-9);
  }

  @Test
  void aWindowOfFewDistinctScoresIsExactFromItsCounts() {
    double[] rounded = churn.scores(0, 10000);
    for (int i = 0; i < rounded.length; i++) {
      rounded[i] = Math.round(rounded[i] * 100) / 100.0;
    }
    EstimatedMetrics total = oneWindow(rounded).queries(NOW).estimatedPerformance(DAY).total();
    assertTrue(total.exact());
    assertSame(direct.estimate(direct.summarize(rounded)), total, 1e-9);
  }

  /**
   * A window of 10,000 distinct scores keeps only a sketch: the estimate from its quantiles is off
   * by what the sketch's rank error allows. KLL compacts with random coin flips, so the error is
   * checked on 40 seeded sketches; the bound is the one docs/ESTIMATION.md#live-estimation states
   * from the same 40 (precision, the smaller side's metric, came to 0.029 at most).
   */
  @Test
  void aSketchedWindowStaysCloseToTheExactEstimate() {
    double[] scores = churn.scores(0, 10000);
    Map<EstimatedMetric, MetricEstimate> exact = direct.estimate(direct.summarize(scores));
    for (long seed = 1; seed <= 40; seed++) {
      SketchRandomness.seed(seed);
      EstimatedMetrics total = oneWindow(scores).queries(NOW).estimatedPerformance(DAY).total();
      assertFalse(total.exact());
      for (EstimatedMetric metric : EstimatedMetrics.METRICS) {
        double error =
            Math.abs(exact.get(metric).value() - total.metrics().get(metric.key()).value());
        assertTrue(error < 0.03, metric.key() + " off by " + error + " with sketch seed " + seed);
      }
    }
  }

  private static InMemory oneWindow(double[] scores) {
    List<Row> rows = new ArrayList<>();
    for (double score : scores) {
      rows.add(Row.of(score, 40, "France", true));
    }
    return new InMemory()
        .withModel(InMemory.churn(WindowGranularity.HOUR))
        .window("1", "2026-11-23T03:00:00Z", Summaries.window(0.5, rows))
        .reference(labelledReference(UPLOADED));
  }

  private static void assertSame(
      Map<EstimatedMetric, MetricEstimate> expected, EstimatedMetrics got, double tolerance) {
    for (EstimatedMetric metric : EstimatedMetrics.METRICS) {
      MetricEstimate want = expected.get(metric);
      MetricEstimate have = got.metrics().get(metric.key());
      assertEquals(want.value(), have.value(), tolerance, metric.key());
      assertEquals(want.lowerBound(), have.lowerBound(), tolerance, metric.key());
      assertEquals(want.upperBound(), have.upperBound(), tolerance, metric.key());
      assertEquals(want.threshold(), have.threshold(), metric.key());
      assertEquals(want.alert(), have.alert(), metric.key());
    }
  }

  @Test
  void unavailableWithoutPairsOrWithoutReference() {
    ReferenceSummary noPairs =
        labelledReference(UPLOADED).withLabelledScores(LabelledScoreSample.none());
    EstimatedPerformanceView view = store(noPairs).queries(NOW).estimatedPerformance(DAY);
    assertFalse(view.available());
    assertTrue(view.unavailableReason().orElseThrow().contains("no labelled scores"));
    assertTrue(view.total().metrics().isEmpty());
    EstimatedPerformanceView without =
        new InMemory()
            .withModel(InMemory.churn(WindowGranularity.HOUR))
            .queries(NOW)
            .estimatedPerformance(DAY);
    assertEquals("the model has no reference", without.unavailableReason().orElseThrow());
  }

  @Test
  void aNewReferenceIsFittedAgain() {
    InMemory store = store(labelledReference(UPLOADED));
    MonitoringQueries queries = store.queries(NOW);
    double before = queries.estimatedPerformance(DAY).total().metrics().get("accuracy").value();
    // The same scores, with every label flipped: a reference of another upload time.
    int[] flipped = churn.labels(0, 5000);
    for (int i = 0; i < flipped.length; i++) {
      flipped[i] = 1 - flipped[i];
    }
    store.reference(
        labelledReference(UPLOADED.plusSeconds(60))
            .withLabelledScores(new LabelledScoreSample(5000, churn.scores(0, 5000), flipped)));
    double after = queries.estimatedPerformance(DAY).total().metrics().get("accuracy").value();
    assertTrue(Math.abs(after - before) > 0.1, before + " then " + after);
  }
}
