package dev.vigil.core.alert;

import dev.vigil.core.query.EstimatedPerformanceView;
import dev.vigil.stats.estimate.MetricEstimate;
import java.time.Instant;

/**
 * The readings of the estimated-performance signals: a metric's CBPE estimate over the range, or 1
 * when it lies below its lower alert limit (0 otherwise). Absent when the estimate is unavailable
 * (the reference has no labelled scores) or the range holds no prediction.
 */
final class EstimatedReading {

  private EstimatedReading() {}

  static SignalReading value(EstimatedPerformanceView view, String metric, Instant now) {
    return read(view, metric, now, false);
  }

  static SignalReading drop(EstimatedPerformanceView view, String metric, Instant now) {
    return read(view, metric, now, true);
  }

  private static SignalReading read(
      EstimatedPerformanceView view, String metric, Instant now, boolean drop) {
    if (!view.available()) {
      return SignalReading.absent(view.unavailableReason().orElseThrow(), now);
    }
    MetricEstimate estimate = view.total().metrics().get(metric);
    if (estimate == null) {
      return QuerySignalSource.absentInRange(now);
    }
    if (!drop || Double.isNaN(estimate.value())) {
      return SignalReading.of(estimate.value(), now);
    }
    return SignalReading.of(estimate.value() < estimate.threshold().lower() ? 1 : 0, now);
  }
}
