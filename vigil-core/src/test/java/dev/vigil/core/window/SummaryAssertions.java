package dev.vigil.core.window;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.vigil.stats.metrics.LabelledSummary;
import dev.vigil.stats.summary.CategoricalSummary;
import dev.vigil.stats.summary.NumericSummary;
import dev.vigil.stats.summary.PredictionSummary;
import java.util.Map;

/**
 * Equality of window and reference summaries (which have no equals): counts, category counts,
 * confusion matrices, exact values and quantiles exactly; means to a relative 1e-12 (their rounding
 * depends on the merge order).
 */
final class SummaryAssertions {

  private static final double[] QUANTILES = {0, 0.1, 0.25, 0.5, 0.75, 0.9, 1};

  private SummaryAssertions() {}

  static void assertSameWindows(
      Map<WindowKey, WindowSummary> expected, Map<WindowKey, WindowSummary> actual) {
    assertEquals(expected.keySet(), actual.keySet(), "window keys");
    expected.forEach((key, summary) -> assertSameSummary(summary, actual.get(key), key + ""));
  }

  static void assertSameSummary(WindowSummary expected, WindowSummary actual, String where) {
    assertSamePredictions(expected.scores(), actual.scores(), where + " scores");
    assertSameFeatures(expected.features(), actual.features(), where);
    assertSameLabelled(expected.labelled(), actual.labelled(), where + " labelled");
    assertSameNumeric(
        expected.labelDelaySeconds(), actual.labelDelaySeconds(), where + " labelDelay");
    assertSameNumeric(expected.latencySeconds(), actual.latencySeconds(), where + " latency");
  }

  static void assertSameFeatures(
      Map<String, FeatureSummary> expected, Map<String, FeatureSummary> actual, String where) {
    assertEquals(expected.keySet(), actual.keySet(), where + " feature names");
    expected.forEach(
        (name, e) -> {
          FeatureSummary a = actual.get(name);
          String what = where + " feature " + name;
          assertEquals(e.typeErrors(), a.typeErrors(), what + " typeErrors");
          if (e instanceof FeatureSummary.Numeric n) {
            FeatureSummary.Numeric other = assertInstanceOf(FeatureSummary.Numeric.class, a, what);
            assertSameNumeric(n.values(), other.values(), what);
          } else {
            FeatureSummary.Categorical c = (FeatureSummary.Categorical) e;
            FeatureSummary.Categorical other =
                assertInstanceOf(FeatureSummary.Categorical.class, a, what);
            assertSameCategorical(c.values(), other.values(), what);
          }
        });
  }

  static void assertSamePredictions(PredictionSummary e, PredictionSummary a, String what) {
    assertEquals(e.threshold(), a.threshold(), what + " threshold");
    assertEquals(e.predictedPositive(), a.predictedPositive(), what + " predictedPositive");
    assertSameNumeric(e.scores(), a.scores(), what);
  }

  static void assertSameLabelled(LabelledSummary e, LabelledSummary a, String what) {
    assertEquals(e.threshold(), a.threshold(), what + " threshold");
    assertEquals(e.confusion(), a.confusion(), what + " confusion");
    assertEquals(e.ranking(), a.ranking(), what + " ranking");
    assertArrayEquals(e.calibrationBins().counts(), a.calibrationBins().counts(), what);
  }

  static void assertSameCategorical(CategoricalSummary e, CategoricalSummary a, String what) {
    assertEquals(e.missing(), a.missing(), what + " missing");
    assertEquals(e.count(), a.count(), what + " count");
    assertEquals(e.counts(), a.counts(), what + " counts");
    assertEquals(e.otherCount(), a.otherCount(), what + " other");
  }

  static void assertSameNumeric(NumericSummary e, NumericSummary a, String what) {
    assertEquals(e.count(), a.count(), what + " count");
    assertEquals(e.missing(), a.missing(), what + " missing");
    assertEquals(e.nonFinite(), a.nonFinite(), what + " nonFinite");
    assertEquals(e.sortedValues().isPresent(), a.sortedValues().isPresent(), what + " exact");
    e.sortedValues().ifPresent(v -> assertArrayEquals(v, a.sortedValues().get(), what));
    if (e.count() == 0) {
      return;
    }
    assertEquals(e.min(), a.min(), what + " min");
    assertEquals(e.max(), a.max(), what + " max");
    assertEquals(e.mean(), a.mean(), 1e-12 * Math.max(1, Math.abs(e.mean())), what + " mean");
    for (double q : QUANTILES) {
      assertEquals(e.quantile(q), a.quantile(q), what + " quantile " + q);
    }
  }
}
