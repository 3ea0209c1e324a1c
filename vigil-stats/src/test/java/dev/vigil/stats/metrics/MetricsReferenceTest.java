package dev.vigil.stats.metrics;

import static dev.vigil.stats.metrics.MetricAssertions.assertMetric;
import static dev.vigil.stats.metrics.MetricAssertions.assertRankFreeMetrics;
import static dev.vigil.stats.metrics.MetricAssertions.assertWithinBound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.stats.metrics.ReferenceCases.Case;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Raw and summary paths against scikit-learn / statsmodels values (metrics_cases.json). */
class MetricsReferenceTest {

  private static final List<Case> CASES = ReferenceCases.load();

  @Test
  void fixtureCoversBothSummaryRepresentations() {
    assertTrue(CASES.stream().anyMatch(c -> c.scores().length > LabelledSummary.EXACT_LIMIT));
    assertTrue(CASES.stream().anyMatch(c -> c.scores().length <= LabelledSummary.EXACT_LIMIT));
  }

  @TestFactory
  Stream<DynamicTest> rawArraysMatchReference() {
    return CASES.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      ClassificationMetrics m =
                          ClassificationMetrics.of(c.scores(), c.labels(), c.threshold());
                      JsonNode e = c.expected();
                      assertEquals(c.scores().length, m.count());
                      assertRankFreeMetrics(e, m);
                      assertMetric(e.get("rocAuc"), m.rocAuc(), "rocAuc");
                      assertMetric(e.get("prAuc"), m.prAuc(), "prAuc");
                      assertTrue(m.rocAuc().exact() && m.prAuc().exact());
                    }));
  }

  @TestFactory
  Stream<DynamicTest> summaryMatchesRawWhileExactAndStaysInBoundsBeyond() {
    return CASES.stream()
        .map(c -> DynamicTest.dynamicTest(c.name(), () -> checkSummary(c, record(c, 0, 1))));
  }

  @TestFactory
  Stream<DynamicTest> mergedPartsMatchReference() {
    return CASES.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      LabelledSummary merged = LabelledSummary.empty(c.threshold());
                      for (int part = 0; part < 3; part++) {
                        merged = record(c, part, 3).merge(merged);
                      }
                      checkSummary(c, merged);
                    }));
  }

  private static void checkSummary(Case c, LabelledSummary summary) {
    ClassificationMetrics m = ClassificationMetrics.of(summary);
    JsonNode e = c.expected();
    assertRankFreeMetrics(e, m);
    if (c.scores().length <= LabelledSummary.EXACT_LIMIT) {
      assertInstanceOf(ScorePairs.class, summary.ranking());
      assertMetric(e.get("rocAuc"), m.rocAuc(), "rocAuc");
      assertMetric(e.get("prAuc"), m.prAuc(), "prAuc");
    } else {
      assertInstanceOf(ScoreHistogram.class, summary.ranking());
      assertWithinBound(e.get("rocAuc"), m.rocAuc(), "rocAuc");
      assertWithinBound(e.get("prAuc"), m.prAuc(), "prAuc");
      assertTrue(m.rocAuc().errorBound() < 0.01, "ROC bound " + m.rocAuc().errorBound());
      assertTrue(m.prAuc().errorBound() < 0.05, "PR bound " + m.prAuc().errorBound());
    }
  }

  @TestFactory
  Stream<DynamicTest> summaryRecordedInOrderEqualsRawWhileExact() {
    return CASES.stream()
        .filter(c -> c.scores().length <= LabelledSummary.EXACT_LIMIT)
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () ->
                        assertEquals(
                            ClassificationMetrics.of(c.scores(), c.labels(), c.threshold()),
                            ClassificationMetrics.of(record(c, 0, 1)))));
  }

  @Test
  void binnedAucsOfRealScoresAreApproximate() {
    Case large =
        CASES.stream().filter(c -> c.name().equals("churn_gradient_boosting")).findFirst().get();
    ClassificationMetrics m = ClassificationMetrics.of(record(large, 0, 1));
    assertFalse(m.rocAuc().exact());
    assertTrue(m.rocAuc().errorBound() > 0);
    assertTrue(m.prAuc().errorBound() > 0);
  }

  /** The summary of rows {@code part, part + parts, ...} of a case. */
  private static LabelledSummary record(Case c, int part, int parts) {
    LabelledRecorder recorder = new LabelledRecorder(c.threshold());
    for (int i = part; i < c.scores().length; i += parts) {
      recorder.record(c.scores()[i], c.labels()[i]);
    }
    return recorder.summary();
  }
}
