package dev.vigil.core.monitor;

import static dev.vigil.core.monitor.DegradationPolicyTest.accuracyCounts;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.stats.metrics.ConfusionCounts;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded simulations of the rates docs/DEGRADATION.md states. A stable model flags a period with
 * probability at most the significance level α. Periods of one run are correlated (they share the
 * baseline and neighbours), so the independent unit is the run: its share of flagged periods lies
 * in [0, 1] with mean at most α, and Hoeffding's (binomial Chernoff) bound {@code P(mean >= r) <=
 * exp(-runs · KL(r || α))} holds for such shares as it does for Bernoulli trials.
 */
class FalseAlarmRateTest {

  private static final int RUNS = 2000;
  private static final int PERIODS = 50;
  private static final int PERIOD_SIZE = 250;
  private static final int BASELINE_SIZE = 1000;
  private static final double STABLE_ACCURACY = 0.90;

  /** The probability of a spurious test failure: once in a million runs of the suite. */
  private static final double FAILURE_PROBABILITY = 1e-6;

  @Test
  void stableModelOverFiftyPeriodsFlagsAtMostTheDesignedRate() {
    DegradationPolicy policy = DegradationPolicy.defaults();
    double rate = stableFlagRate(policy, new SplittableRandom(20261124));
    double limit = chernoffLimit(policy.significanceLevel(), RUNS);
    assertTrue(rate <= limit, () -> "flag rate " + rate + " above " + limit);
  }

  @Test
  void levelIsRespectedEvenWithoutTheMagnitudeGateAndTheTestsDoFire() {
    // With DEGRADATION_THRESHOLD = 0 every significant drop flags: the level alone bounds the rate.
    DegradationPolicy policy = DegradationPolicy.defaults().withDegradationThreshold(0.0);
    double rate = stableFlagRate(policy, new SplittableRandom(7));
    double alpha = policy.significanceLevel();
    assertTrue(rate <= chernoffLimit(alpha, RUNS), () -> "flag rate " + rate);
    // Two drop tests at α/3 each, near their nominal size: far above zero.
    assertTrue(rate >= alpha / 6, () -> "flag rate " + rate + ": the drop tests never fire");
  }

  @Test
  void dropBeyondTheThresholdOnFiveThousandLabelsIsAlmostAlwaysFlagged() {
    // 0.95 -> 0.88: the 5-point gate is 3.7 standard errors of the difference below the true drop.
    double rate = dropFlagRate(0.95, 0.88, 400, new SplittableRandom(11));
    assertTrue(rate >= 0.97, () -> "flag rate " + rate);
  }

  @Test
  void trueDropOfExactlyTheThresholdIsFlaggedAboutHalfTheTime() {
    // The gate applies to the observed drop, which scatters around the true one.
    double rate = dropFlagRate(0.90, 0.85, 400, new SplittableRandom(13));
    assertTrue(rate > 0.4 && rate < 0.6, () -> "flag rate " + rate);
  }

  private static double stableFlagRate(DegradationPolicy policy, SplittableRandom random) {
    double sumOfShares = 0;
    for (int run = 0; run < RUNS; run++) {
      ConfusionCounts baseline = period(BASELINE_SIZE, STABLE_ACCURACY, random);
      Optional<ConfusionCounts> previous = Optional.empty();
      int flagged = 0;
      for (int i = 0; i < PERIODS; i++) {
        ConfusionCounts current = period(PERIOD_SIZE, STABLE_ACCURACY, random);
        DegradationDecision d = policy.decide(current, previous, Optional.of(baseline));
        flagged += d.status() == DegradationStatus.DEGRADED ? 1 : 0;
        previous = Optional.of(current);
      }
      sumOfShares += (double) flagged / PERIODS;
    }
    return sumOfShares / RUNS;
  }

  private static double dropFlagRate(
      double before, double after, int repetitions, SplittableRandom random) {
    DegradationPolicy policy = DegradationPolicy.defaults();
    int flagged = 0;
    for (int i = 0; i < repetitions; i++) {
      Optional<ConfusionCounts> previous = Optional.of(period(5000, before, random));
      DegradationDecision d =
          policy.decide(period(5000, after, random), previous, Optional.empty());
      flagged +=
          d.flaggedReasons().stream().anyMatch(r -> r.kind() == ReasonKind.DROP_VS_PREVIOUS)
              ? 1
              : 0;
    }
    return (double) flagged / repetitions;
  }

  private static ConfusionCounts period(int size, double accuracy, SplittableRandom random) {
    int correct = 0;
    for (int i = 0; i < size; i++) {
      correct += random.nextDouble() < accuracy ? 1 : 0;
    }
    return accuracyCounts(correct, size);
  }

  /** The smallest r > α with {@code exp(-n · KL(r || α)) <= FAILURE_PROBABILITY}. */
  static double chernoffLimit(double alpha, int n) {
    double target = -Math.log(FAILURE_PROBABILITY) / n;
    double lo = alpha;
    double hi = 1.0;
    for (int i = 0; i < 100; i++) {
      double mid = (lo + hi) / 2;
      if (kullbackLeibler(mid, alpha) < target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return hi;
  }

  private static double kullbackLeibler(double r, double alpha) {
    double tail = r >= 1.0 ? 0.0 : (1 - r) * Math.log((1 - r) / (1 - alpha));
    return r * Math.log(r / alpha) + tail;
  }
}
