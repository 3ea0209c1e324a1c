package dev.vigil.core.alert;

import dev.vigil.core.query.PerformanceView;
import dev.vigil.stats.metrics.ClassificationMetrics;
import dev.vigil.stats.metrics.Metric;
import java.time.Instant;

/** The reading of a performance signal: one metric of the range's labelled predictions. */
final class PerformanceReading {

  private PerformanceReading() {}

  static SignalReading of(PerformanceView view, String metric, Instant now) {
    return view.total()
        .metrics()
        .map(metrics -> SignalReading.of(metric(metrics, metric).value(), now))
        .orElseGet(
            () ->
                SignalReading.absent(
                    "no labelled prediction in the last "
                        + QuerySignalSource.RANGE_HOURS
                        + " hours",
                    now));
  }

  /** The metric of this id; the ids are those of {@link Signal.Performance#METRICS}. */
  static Metric metric(ClassificationMetrics m, String id) {
    return switch (id) {
      case "accuracy" -> m.accuracy();
      case "precision" -> m.precision();
      case "recall" -> m.recall();
      case "f1" -> m.f1();
      case "specificity" -> m.specificity();
      case "roc_auc" -> m.rocAuc();
      case "pr_auc" -> m.prAuc();
      case "log_loss" -> m.logLoss();
      case "brier" -> m.brier();
      case "ece" -> m.expectedCalibrationError();
      default -> throw new IllegalArgumentException("signal: unknown performance metric " + id);
    };
  }
}
