package dev.vigil.core.query;

import dev.vigil.core.window.WindowSummary;
import dev.vigil.stats.metrics.ClassificationMetrics;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Realized performance over a set of windows.
 *
 * @param predictions predictions made in the windows
 * @param labelled those whose label has arrived
 * @param labelCoverage {@code labelled / predictions}; empty without predictions
 * @param metrics the metrics of the labelled predictions; empty without any
 * @param labelDelaySeconds count and p50, p90, p99 of label time minus prediction time
 */
public record PerformanceStats(
    long predictions,
    long labelled,
    OptionalDouble labelCoverage,
    Optional<ClassificationMetrics> metrics,
    Optional<Quantiles> labelDelaySeconds) {

  public PerformanceStats {
    Objects.requireNonNull(labelCoverage, "labelCoverage");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(labelDelaySeconds, "labelDelaySeconds");
  }

  public static PerformanceStats of(WindowSummary summary) {
    long n = summary.predictions();
    long labelled = summary.labelledCount();
    return new PerformanceStats(
        n,
        labelled,
        n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) labelled / n),
        labelled == 0
            ? Optional.empty()
            : Optional.of(ClassificationMetrics.of(summary.labelled())),
        Quantiles.of(summary.labelDelaySeconds(), 0.5, 0.9, 0.99));
  }
}
