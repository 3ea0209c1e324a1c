package dev.vigil.stats.codec;

import static dev.vigil.stats.codec.SummaryCodecFixtureTest.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.stats.metrics.CalibrationBins;
import dev.vigil.stats.metrics.ClassificationMetrics;
import dev.vigil.stats.metrics.ConfusionCounts;
import dev.vigil.stats.metrics.LabelledSummary;
import dev.vigil.stats.metrics.LossSums;
import dev.vigil.stats.metrics.ScoreHistogram;
import dev.vigil.stats.metrics.ScorePairs;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The version-1 labelled fixtures written by {@link CodecFixtureGenerator}: n rows with score (i +
 * 0.5) / n and label i % 2 at threshold 0.5. Scores sit mid-bin, so every bin is known by hand:
 * rows i >= n/2 are predicted 1, ECE bin b holds rows [bn/10, (b+1)n/10) and, pairing each row with
 * its mirror, the losses of both classes are the same sums.
 */
class LabelledCodecFixtureTest {

  private static final double REL = 1e-12;

  @Test
  void exactPairs() throws IOException {
    LabelledSummary s = SummaryCodec.decodeLabelled(fixture("labelled-exact.v1.bin"));
    assertEquals(0.5, s.threshold());
    assertEquals(new ConfusionCounts(5, 5, 5, 5), s.confusion());
    // Per ECE bin b: rows 2b (label 0) and 2b + 1 (label 1), scores summing to (2b + 1) / 10.
    CalibrationBins bins = s.calibrationBins();
    for (int b = 0; b < 10; b++) {
      assertEquals(2, bins.counts()[b]);
      assertEquals(1, bins.labelSums()[b]);
      assertEquals((2 * b + 1) / 10.0, bins.scoreSums()[b].value(), 1e-15);
    }
    // Brier per row is ((4k + 1) / 40)^2 for k in 0..9, once per class; log loss -ln((4k+3)/40).
    double brier = 0;
    double brierSquared = 0;
    double log = 0;
    double logSquared = 0;
    for (int k = 0; k < 10; k++) {
      double e = (4 * k + 1) / 40.0;
      double l = -Math.log((4 * k + 3) / 40.0);
      brier += 2 * e * e;
      brierSquared += 2 * e * e * e * e;
      log += 2 * l;
      logSquared += 2 * l * l;
    }
    assertEquals(9860 / 1600.0, brier, 1e-12);
    assertLosses(s.losses(), log, logSquared, brier, brierSquared);
    ScorePairs pairs = (ScorePairs) s.ranking();
    for (int i = 0; i < 20; i++) {
      assertEquals((i + 0.5) / 20, pairs.scores()[i]);
      assertEquals(i % 2, pairs.labels()[i]);
    }
    ClassificationMetrics m = ClassificationMetrics.of(s);
    // Positive 2k + 1 outranks the k + 1 negatives below it: 55 of 100 pairs.
    assertEquals(0.55, m.rocAuc().value(), 1e-15);
    assertTrue(m.rocAuc().exact());
    assertEquals(0.25, m.expectedCalibrationError().value(), 1e-15);
    assertEquals(0.308125, m.brier().value(), 1e-15);
    assertEquals(0.5, m.accuracy().value());
  }

  @Test
  void histogram() throws IOException {
    LabelledSummary s = SummaryCodec.decodeLabelled(fixture("labelled-histogram.v1.bin"));
    assertEquals(0.5, s.threshold());
    assertEquals(new ConfusionCounts(2500, 2500, 2500, 2500), s.confusion());
    // ECE bin b: rows 1000b..1000b+999, score sum (10^6 b + 499500 + 500) / 10^4.
    CalibrationBins bins = s.calibrationBins();
    for (int b = 0; b < 10; b++) {
      assertEquals(1000, bins.counts()[b]);
      assertEquals(500, bins.labelSums()[b]);
      assertEquals(100.0 * b + 50, bins.scoreSums()[b].value(), 1e-9);
    }
    // Brier per row ((2k + 0.5) / 10^4)^2 for k in 0..4999, once per class; log loss
    // -ln((4k + 3) / 20000).
    double log = 0;
    double logSquared = 0;
    double brierSquared = 0;
    for (int k = 0; k < 5000; k++) {
      double l = -Math.log((4 * k + 3) / 20_000.0);
      double e = (2 * k + 0.5) / 10_000;
      log += 2 * l;
      logSquared += 2 * l * l;
      brierSquared += 2 * e * e * e * e;
    }
    // 2 * (4 S2 + 2 S1 + 5000 / 4) / 10^8 with S1 = Σk = 12497500, S2 = Σk² = 41654167500.
    double brier = 2 * (4 * 41_654_167_500.0 + 2 * 12_497_500.0 + 1250) / 1e8;
    assertEquals(3332.833325, brier, 1e-9);
    assertLosses(s.losses(), log, logSquared, brier, brierSquared);
    ScoreHistogram histogram = (ScoreHistogram) s.ranking();
    long[] five = new long[ScoreHistogram.BINS];
    Arrays.fill(five, 5);
    assertArrayEquals(five, histogram.positives());
    assertArrayEquals(five, histogram.negatives());
    ClassificationMetrics m = ClassificationMetrics.of(s);
    // The 5 positives of bin b outrank the 5b negatives below and tie with the 5 of their bin:
    // (25 * Σb + ½ * 1000 * 25) / (5000 * 5000) = (12487500 + 12500) / 25e6 = 0.5. The bound is
    // ½ Σ_b pos_b neg_b / (P N) = 12500 / 25e6.
    assertEquals(0.5, m.rocAuc().value(), 1e-12);
    assertFalse(m.rocAuc().exact());
    assertEquals(0.0005, m.rocAuc().errorBound(), 1e-15);
    // The exact AUC, Σ (k + 1) over 5000 positives / 25e6 = 0.5001, lies within the bound.
    assertTrue(Math.abs(m.rocAuc().value() - 0.5001) <= m.rocAuc().errorBound());
    assertEquals(0.25, m.expectedCalibrationError().value(), 1e-12);
    assertEquals(0.3332833325, m.brier().value(), 1e-12);
  }

  private static void assertLosses(
      LossSums losses, double log, double logSquared, double brier, double brierSquared) {
    assertEquals(log, losses.logLoss().value(), REL * log);
    assertEquals(logSquared, losses.logLossSquared().value(), REL * logSquared);
    assertEquals(brier, losses.brier().value(), REL * brier);
    assertEquals(brierSquared, losses.brierSquared().value(), REL * brierSquared);
  }
}
