package dev.vigil.core.alert;

import dev.vigil.core.monitor.DegradationDecision;
import dev.vigil.core.monitor.DegradationPolicy;
import dev.vigil.core.query.PerformanceStats;
import dev.vigil.stats.metrics.ClassificationMetrics;
import dev.vigil.stats.metrics.ConfusionCounts;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The reading of the degradation signal: the {@link DegradationPolicy}'s decision on the confusion
 * counts of the labelled predictions of the last day, against the absolute threshold and the day
 * before (the reference holds no joint score/target counts, so it gives no baseline). 1 when
 * degraded, 0 when not; absent when the last day has too few labels for the policy.
 */
final class DegradationReading {

  private DegradationReading() {}

  /**
   * @param current the last day's performance
   * @param previous the day before's, read only when the last day has enough labels to be judged
   */
  static SignalReading of(
      DegradationPolicy policy,
      PerformanceStats current,
      Supplier<PerformanceStats> previous,
      Instant now) {
    Optional<ConfusionCounts> counts = confusion(current);
    if (counts.isEmpty()) {
      return SignalReading.absent(
          "no labelled prediction in the last " + QuerySignalSource.RANGE_HOURS + " hours", now);
    }
    long trials = policy.metric().trials(counts.get());
    if (trials < policy.minimumSampleSize()) {
      return tooFewLabels(policy, trials, now);
    }
    DegradationDecision decision =
        policy.decide(counts.get(), confusion(previous.get()), Optional.empty());
    return switch (decision.status()) {
      case DEGRADED -> SignalReading.of(1, now);
      case OK -> SignalReading.of(0, now);
      case INSUFFICIENT_DATA -> tooFewLabels(policy, decision.trials(), now);
    };
  }

  private static Optional<ConfusionCounts> confusion(PerformanceStats stats) {
    return stats.metrics().map(ClassificationMetrics::confusion);
  }

  private static SignalReading tooFewLabels(DegradationPolicy policy, long trials, Instant now) {
    return SignalReading.absent(
        "too few labels in the last "
            + QuerySignalSource.RANGE_HOURS
            + " hours: "
            + trials
            + " for "
            + policy.metric().id()
            + ", the degradation decision needs at least "
            + policy.minimumSampleSize(),
        now);
  }
}
