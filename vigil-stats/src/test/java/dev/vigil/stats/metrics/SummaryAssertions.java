package dev.vigil.stats.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.stats.sum.CompensatedSum;

/**
 * Equality of summaries: counts, pairs and histograms exactly; compensated sums to a few ulps
 * (their rounding depends on the merge order).
 */
final class SummaryAssertions {

  private SummaryAssertions() {}

  static void assertSameSummary(LabelledSummary expected, LabelledSummary actual) {
    assertEquals(expected.threshold(), actual.threshold());
    assertEquals(expected.confusion(), actual.confusion());
    assertEquals(expected.ranking(), actual.ranking());
    CalibrationBins e = expected.calibrationBins();
    CalibrationBins a = actual.calibrationBins();
    assertArrayEquals(e.counts(), a.counts());
    assertArrayEquals(e.labelSums(), a.labelSums());
    for (int b = 0; b < CalibrationBins.BINS; b++) {
      assertSum(e.scoreSums()[b], a.scoreSums()[b], "scoreSums[" + b + "]");
    }
    assertSum(expected.losses().logLoss(), actual.losses().logLoss(), "logLoss");
    assertSum(expected.losses().logLossSquared(), actual.losses().logLossSquared(), "logLoss²");
    assertSum(expected.losses().brier(), actual.losses().brier(), "brier");
    assertSum(expected.losses().brierSquared(), actual.losses().brierSquared(), "brier²");
  }

  private static void assertSum(CompensatedSum expected, CompensatedSum actual, String what) {
    double e = expected.value();
    double tolerance = 4 * Math.ulp(Math.abs(e)) + Double.MIN_NORMAL;
    assertTrue(
        Math.abs(e - actual.value()) <= tolerance, what + ": " + e + " vs " + actual.value());
  }
}
