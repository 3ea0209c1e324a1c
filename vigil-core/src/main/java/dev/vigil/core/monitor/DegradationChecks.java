package dev.vigil.core.monitor;

import dev.vigil.stats.metrics.ConfidenceInterval;
import dev.vigil.stats.metrics.ConfusionCounts;
import dev.vigil.stats.significance.Alternative;
import dev.vigil.stats.significance.ExactBinomialTest;
import dev.vigil.stats.significance.FisherExactTest;
import dev.vigil.stats.significance.SignificanceResult;
import dev.vigil.stats.significance.TwoByTwoTable;
import dev.vigil.stats.significance.TwoProportionZTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The checks of one period under a {@link DegradationPolicy}. */
final class DegradationChecks {

  /** Below this smallest expected cell count the z-test's normal approximation is not trusted. */
  static final double MINIMUM_EXPECTED_COUNT = 5.0;

  /** Slack for the rounding of two ratios, so a drop of exactly the threshold counts. */
  private static final double ROUNDING = 1e-12;

  private final DegradationPolicy policy;
  private final PerformanceMetric metric;
  private final long successes;
  private final long trials;
  private final double value;

  DegradationChecks(DegradationPolicy policy, ConfusionCounts current) {
    this.policy = policy;
    this.metric = policy.metric();
    this.successes = metric.successes(current);
    this.trials = metric.trials(current);
    this.value = metric.value(current);
  }

  DegradationDecision decide(
      Optional<ConfusionCounts> previous, Optional<ConfusionCounts> baseline) {
    ConfidenceInterval interval = ConfidenceInterval.wilson(successes, trials);
    if (trials < policy.minimumSampleSize()) {
      return new DegradationDecision(
          DegradationStatus.INSUFFICIENT_DATA, metric, value, trials, interval, List.of());
    }
    Optional<ConfusionCounts> comparablePrevious = previous.filter(this::largeEnough);
    Optional<ConfusionCounts> comparableBaseline = baseline.filter(this::largeEnough);
    int tests =
        1 + (comparablePrevious.isPresent() ? 1 : 0) + (comparableBaseline.isPresent() ? 1 : 0);
    double level = policy.significanceLevel() / tests;
    List<DegradationReason> reasons = new ArrayList<>();
    reasons.add(belowThreshold(level));
    comparablePrevious.ifPresent(p -> reasons.add(drop(ReasonKind.DROP_VS_PREVIOUS, p, level)));
    comparableBaseline.ifPresent(b -> reasons.add(drop(ReasonKind.DROP_VS_BASELINE, b, level)));
    policy.referenceBand().ifPresent(band -> reasons.add(outsideBand(band)));
    boolean degraded = reasons.stream().anyMatch(DegradationReason::flags);
    return new DegradationDecision(
        degraded ? DegradationStatus.DEGRADED : DegradationStatus.OK,
        metric,
        value,
        trials,
        interval,
        reasons);
  }

  private boolean largeEnough(ConfusionCounts other) {
    return metric.trials(other) >= policy.minimumSampleSize();
  }

  private DegradationReason belowThreshold(double level) {
    double threshold = policy.absoluteThreshold();
    SignificanceResult test = ExactBinomialTest.less(successes, trials, threshold);
    return new DegradationReason(
        ReasonKind.BELOW_THRESHOLD,
        value,
        threshold,
        threshold - value,
        0.0,
        value < threshold,
        Optional.of(test),
        level,
        test.significantAt(level));
  }

  private DegradationReason drop(ReasonKind kind, ConfusionCounts earlier, double level) {
    long earlierSuccesses = metric.successes(earlier);
    long earlierTrials = metric.trials(earlier);
    double earlierValue = metric.value(earlier);
    SignificanceResult test = dropTest(earlierSuccesses, earlierTrials);
    double drop = earlierValue - value;
    double limit = policy.degradationThreshold();
    return new DegradationReason(
        kind,
        value,
        earlierValue,
        drop,
        limit,
        drop > 0 && drop >= limit - ROUNDING,
        Optional.of(test),
        level,
        test.significantAt(level));
  }

  /** One-sided: is the earlier proportion greater than the current one? */
  private SignificanceResult dropTest(long earlierSuccesses, long earlierTrials) {
    TwoByTwoTable table =
        TwoByTwoTable.ofSamples(earlierSuccesses, earlierTrials, successes, trials);
    if (table.minimumExpectedCount() < MINIMUM_EXPECTED_COUNT) {
      return FisherExactTest.test(table, Alternative.GREATER);
    }
    return TwoProportionZTest.test(
        earlierSuccesses, earlierTrials, successes, trials, Alternative.GREATER);
  }

  private DegradationReason outsideBand(ReferenceBand band) {
    boolean below = band.isBelow(value);
    return new DegradationReason(
        ReasonKind.OUTSIDE_REFERENCE_BAND,
        value,
        band.lower(),
        band.lower() - value,
        0.0,
        below,
        Optional.empty(),
        Double.NaN,
        below);
  }
}
