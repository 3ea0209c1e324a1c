package dev.vigil.stats.estimate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EstimatedConfusionTest {

  private static final IsotonicCalibrator IDENTITY = IsotonicCalibrator.identity();

  private static double[] randomScores(long seed, int n) {
    Random random = new Random(seed);
    double[] s = new double[n];
    Arrays.setAll(s, i -> Math.pow(random.nextDouble(), 1 + (seed % 3)));
    return s;
  }

  @Test
  void poolAdjacentViolatorsByHand() {
    // Labels 1,0 | 1,0 pool into 0.5 everywhere; the inner knots add nothing and are dropped.
    IsotonicCalibrator flat =
        IsotonicCalibrator.fit(new double[] {1, 2, 3, 4}, new int[] {1, 0, 1, 0});
    assertArrayEquals(new double[] {1, 4}, flat.knotScores());
    assertArrayEquals(new double[] {0.5, 0.5}, flat.knotValues());
    // 0 | 1,0 pooled to 0.5 | 1; a tied score pools its labels first.
    IsotonicCalibrator c =
        IsotonicCalibrator.fit(new double[] {0.1, 0.2, 0.3, 0.4, 0.4}, new int[] {0, 1, 0, 1, 1});
    assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.4}, c.knotScores());
    assertArrayEquals(new double[] {0, 0.5, 0.5, 1}, c.knotValues());
    assertEquals(0.25, c.calibrate(0.15), 1e-15);
    assertEquals(0.0, c.calibrate(-3));
    assertEquals(1.0, c.calibrate(7));
  }

  @Test
  void mergedWindowsEqualTheWholeWindow() {
    for (long seed = 0; seed < 12; seed++) {
      int n = 50 + (int) (seed * 911);
      double[] scores = randomScores(seed, n);
      int cut = (int) (n * 0.37);
      EstimatedConfusion whole = EstimatedConfusion.of(0.5, scores, IDENTITY);
      EstimatedConfusion merged =
          EstimatedConfusion.empty(0.5)
              .merge(EstimatedConfusion.of(0.5, Arrays.copyOfRange(scores, cut, n), IDENTITY))
              .merge(EstimatedConfusion.of(0.5, Arrays.copyOfRange(scores, 0, cut), IDENTITY));
      assertEquals(whole.count(), merged.count());
      assertEquals(whole.predictedPositive(), merged.predictedPositive());
      assertEquals(whole.ranking().isExact(), merged.ranking().isExact());
      assertArrayEquals(whole.ranking().binCounts(), merged.ranking().binCounts());
      assertArrayEquals(
          whole.ranking().exactProbabilities(), merged.ranking().exactProbabilities());
      for (EstimatedMetric m : EstimatedMetric.values()) {
        assertEquals(whole.estimate(m), merged.estimate(m), 1e-9, m + " seed " + seed);
      }
    }
  }

  @Test
  void binnedRocAucStaysWithinItsBoundOfTheExactEstimate() {
    for (long seed = 0; seed < 6; seed++) {
      double[] scores = randomScores(seed, 20_000);
      EstimatedConfusion binned = EstimatedConfusion.of(0.5, scores, IDENTITY);
      assertFalse(binned.ranking().isExact());
      double[] descending = Arrays.stream(scores).map(s -> -s).sorted().map(s -> -s).toArray();
      double exact = EstimatedRocAuc.ofDescending(descending).value();
      double bound = binned.rocAucBound();
      assertTrue(bound > 0 && bound < 2e-3, "bound " + bound);
      assertEquals(exact, binned.estimate(EstimatedMetric.ROC_AUC), bound, "seed " + seed);
    }
  }

  @Test
  void perfectlyConfidentScoresEstimatePerfectMetrics() {
    EstimatedConfusion w = EstimatedConfusion.of(0.5, new double[] {0, 0, 1, 1, 1}, IDENTITY);
    for (EstimatedMetric m : EstimatedMetric.values()) {
      assertEquals(1.0, w.estimate(m), 1e-12, m.key());
    }
  }

  @Test
  void badInputsAreRejectedByName() {
    EstimatedConfusion a = EstimatedConfusion.empty(0.5);
    EstimatedConfusion b = EstimatedConfusion.empty(0.4);
    assertThrows(IllegalArgumentException.class, () -> a.merge(b));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> EstimatedConfusion.of(0.5, new double[] {1.5}, IDENTITY));
    assertTrue(e.getMessage().startsWith("scores"));
    assertThrows(
        IllegalArgumentException.class,
        () -> IsotonicCalibrator.ofKnots(new double[] {0.5, 0.4}, new double[] {0, 1}));
    assertThrows(
        IllegalArgumentException.class,
        () -> CbpeEstimator.fit(new double[] {0.1}, new int[] {1}, 0.5, 0, false));
    assertTrue(Double.isNaN(a.estimate(EstimatedMetric.ACCURACY)));
  }
}
