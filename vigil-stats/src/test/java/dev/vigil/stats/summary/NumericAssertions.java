package dev.vigil.stats.summary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks a numeric summary against the exact truth of the values it summarizes. */
final class NumericAssertions {

  private NumericAssertions() {}

  static void assertClose(double expected, double actual, String what) {
    if (Double.isNaN(expected)) {
      assertTrue(Double.isNaN(actual), what + ": expected NaN, got " + actual);
      return;
    }
    double tolerance = 1e-9 * Math.abs(expected) + 1e-12;
    assertEquals(expected, actual, tolerance, what);
  }

  private static void assertNear(double expected, double actual, double tolerance, String what) {
    if (Double.isNaN(expected)) {
      assertTrue(Double.isNaN(actual), what + ": expected NaN, got " + actual);
    } else {
      assertEquals(expected, actual, tolerance, what);
    }
  }

  /**
   * The summary must describe {@code raw}: counts, min and max exactly, mean and variance to 1e-9
   * relative, its exact form and answers exactly, its sketch answers within its rank error.
   */
  static void assertDescribes(double[] raw, NumericSummary summary) {
    double[] finite = NumericData.finiteSorted(raw);
    SortedSample truth = SortedSample.of(finite);
    long missing = java.util.Arrays.stream(raw).filter(Double::isNaN).count();
    assertEquals(missing, summary.missing(), "missing");
    assertEquals(raw.length - missing - finite.length, summary.nonFinite(), "nonFinite");
    assertEquals(finite.length, summary.count(), "count");
    assertEquals(truth.min(), summary.min(), 0.0, "min");
    assertEquals(truth.max(), summary.max(), 0.0, "max");
    double scale = finite.length == 0 ? 0 : Math.max(Math.abs(truth.min()), Math.abs(truth.max()));
    assertNear(truth.mean(), summary.mean(), 1e-9 * scale + 1e-12, "mean");
    // Variance of values of size s is computed with rounding error about 1e-16 * s^2.
    assertNear(
        truth.variance(),
        summary.variance(),
        1e-9 * truth.variance() + 1e-20 * scale * scale,
        "variance");
    boolean exactLimit = finite.length <= NumericSummary.EXACT_LIMIT;
    boolean fewDistinct = truth.valueCounts().get().size() <= NumericSummary.DISTINCT_LIMIT;
    assertEquals(exactLimit, summary.sortedValues().isPresent(), "exact values kept");
    assertEquals(fewDistinct, summary.valueCounts().isPresent(), "value counts kept");
    assertEquals(!exactLimit && !fewDistinct, summary.sketchBytes().isPresent(), "sketch kept");
    summary.sortedValues().ifPresent(s -> assertArrayEquals(finite, s, "sorted values"));
    if (fewDistinct) {
      assertEquals(truth.valueCounts().get(), summary.valueCounts().get(), "value counts");
    }
    assertAnswers(truth, summary);
  }

  private static void assertAnswers(SortedSample truth, NumericSummary summary) {
    double error = summary.rankError();
    assertEquals(!summary.sketchBytes().isPresent(), error == 0.0, "exact iff no sketch");
    for (double q = 0; q <= 1.0; q += 0.125) {
      double x = truth.quantile(q);
      if (error == 0.0) {
        assertEquals(truth.quantile(q), summary.quantile(q), 0.0, "quantile " + q);
        assertEquals(truth.cdf(x), summary.cdf(x), 0.0, "cdf at " + x);
        assertEquals(truth.cdfExclusive(x), summary.cdfExclusive(x), 0.0, "cdfExclusive at " + x);
      } else {
        assertEquals(truth.cdf(x), summary.cdf(x), error, "cdf at " + x);
        assertEquals(truth.cdfExclusive(x), summary.cdfExclusive(x), error, "cdfExclusive " + x);
        double quantile = summary.quantile(q);
        double slack = error + 1.0 / truth.count();
        assertTrue(truth.cdf(quantile) >= q - slack, "rank of quantile " + q + " too low");
        assertTrue(
            truth.cdfExclusive(quantile) <= q + slack, "rank of quantile " + q + " too high");
      }
    }
  }
}
