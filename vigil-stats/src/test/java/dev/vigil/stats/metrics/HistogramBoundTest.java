package dev.vigil.stats.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** ROC AUC and PR AUC from the score histogram stay within their bounds of the exact values. */
class HistogramBoundTest {

  private static final double ROUNDING = 1e-12;

  @Property(tries = 400)
  void binnedAucsAreWithinTheirBounds(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 6000) int size) {
    LabelledRows rows = LabelledRows.generate(seed, size);
    byte[] labels = new byte[size];
    for (int i = 0; i < size; i++) {
      labels[i] = (byte) rows.labels()[i];
    }
    ScorePairs pairs = ScorePairs.sortedCopyOf(rows.scores(), labels, size);
    RankingCurve exact = pairs.curve();
    RankingCurve binned = pairs.toHistogram().curve();
    if (Double.isNaN(exact.rocAuc())) {
      assertTrue(Double.isNaN(binned.rocAuc()) && Double.isNaN(binned.averagePrecision()));
      return;
    }
    assertTrue(
        Math.abs(binned.rocAuc() - exact.rocAuc()) <= binned.rocAucBound() + ROUNDING,
        "ROC AUC " + binned.rocAuc() + " vs " + exact.rocAuc() + ", bound " + binned.rocAucBound());
    assertTrue(
        Math.abs(binned.averagePrecision() - exact.averagePrecision())
            <= binned.averagePrecisionBound() + ROUNDING,
        "AP "
            + binned.averagePrecision()
            + " vs "
            + exact.averagePrecision()
            + ", bound "
            + binned.averagePrecisionBound());
  }

  @Property(tries = 50)
  void scoresInDistinctBinsGiveExactValuesAndZeroBounds(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 1000) int bins) {
    Random random = new Random(seed);
    double[] scores = new double[bins];
    byte[] labels = new byte[bins];
    for (int b = 0; b < bins; b++) {
      scores[b] = (b + 0.5) / 1000;
      labels[b] = (byte) (b < 2 ? b : random.nextInt(2));
    }
    ScorePairs pairs = ScorePairs.sortedCopyOf(scores, labels, bins);
    RankingCurve binned = pairs.toHistogram().curve();
    assertEquals(pairs.curve().rocAuc(), binned.rocAuc(), ROUNDING);
    assertEquals(pairs.curve().averagePrecision(), binned.averagePrecision(), ROUNDING);
    assertEquals(0.0, binned.rocAucBound());
    assertEquals(0.0, binned.averagePrecisionBound(), ROUNDING);
  }
}
