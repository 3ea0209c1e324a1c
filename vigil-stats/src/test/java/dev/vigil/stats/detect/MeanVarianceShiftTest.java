package dev.vigil.stats.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** p-values against scipy, the stated false-alarm rate, and detection of real shifts. */
class MeanVarianceShiftTest {

  @Test
  void pValuesEqualScipy() {
    for (JsonNode c : DetectorsBCases.root().get("mean_variance")) {
      WindowComparison w =
          WindowComparison.of(
              DetectorsBCases.doubles(c.get("reference")),
              DetectorsBCases.doubles(c.get("current")));
      double welch = c.get("welch_p").asDouble();
      double levene = c.get("levene_median_p").asDouble();
      assertEquals(welch, w.meanPValue(), 1e-10 * Math.max(welch, 1e-12), "welch " + welch);
      assertEquals(levene, w.variancePValue(), 1e-10 * Math.max(levene, 1e-12), "levene " + levene);
    }
  }

  @Test
  void windowsWithoutSpreadDecideByEquality() {
    double[] ones = {1, 1, 1};
    assertEquals(1.0, WindowComparison.of(ones, ones).meanPValue());
    assertEquals(0.0, WindowComparison.of(ones, new double[] {2, 2, 2}).meanPValue());
    assertEquals(1.0, WindowComparison.of(ones, new double[] {2, 2, 2}).variancePValue());
  }

  /**
   * 4000 independent no-change comparisons at alpha 0.05: the false alarms must not exceed the
   * binomial(4000, 0.05) upper 1e-6 tail (a bound the test can fail by, a stated rate it checks).
   */
  @Test
  void falseAlarmRateIsAtMostAlpha() {
    int runs = 4000;
    int alarms = 0;
    SplittableRandom random = new SplittableRandom(2024);
    for (int r = 0; r < runs; r++) {
      MeanVarianceShift d =
          MeanVarianceShift.of(DetectorParameters.parse(List.of("alpha=0.05", "window_size=50")));
      for (int i = 0; i < 100; i++) {
        if (d.update(gaussian(random)) == DetectorSignal.DRIFT) {
          alarms++;
        }
      }
    }
    // mean 200, sd 13.8: 200 + 4.9 sd ~ 268 leaves a 1e-6 tail.
    assertTrue(alarms <= 268, "false alarms " + alarms + " of " + runs);
    assertTrue(
        alarms >= 132, "false alarms " + alarms + " of " + runs + " (test far too conservative)");
  }

  @Test
  void detectsAMeanShiftAndAVarianceShift() {
    SplittableRandom random = new SplittableRandom(7);
    MeanVarianceShift mean = MeanVarianceShift.of(DetectorParameters.none());
    MeanVarianceShift spread = MeanVarianceShift.of(DetectorParameters.none());
    int meanAt = -1;
    int spreadAt = -1;
    for (int i = 0; i < 1000; i++) {
      double z = gaussian(random);
      if (mean.update(i < 500 ? z : z + 1) == DetectorSignal.DRIFT && meanAt < 0) {
        meanAt = i;
      }
      if (spread.update(i < 500 ? z : 3 * z) == DetectorSignal.DRIFT && spreadAt < 0) {
        spreadAt = i;
      }
    }
    assertEquals(599, meanAt, "first full window after the shift");
    assertEquals(599, spreadAt, "first full window after the shift");
    assertTrue(
        mean.latestComparison().meanPValue() > 0.001 / 2 || mean.signal() == DetectorSignal.DRIFT);
  }

  private static double gaussian(SplittableRandom random) {
    double u = random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
  }
}
