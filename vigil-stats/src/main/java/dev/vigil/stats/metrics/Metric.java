package dev.vigil.stats.metrics;

import java.util.Optional;

/**
 * The value of one classification metric, its confidence interval where docs/STATISTICS.md §3 gives
 * one, and whether it is exact.
 *
 * <p>Invariant: an exact metric has {@code errorBound == 0}; an approximate one (ROC AUC and PR AUC
 * from a score histogram) has {@code |value - exactValue| <= errorBound}.
 *
 * @param value the metric, NaN when undefined (e.g. an AUC with one class)
 * @param interval the 95 % interval, empty for metrics that carry none
 * @param exact whether the value is computed from exact scores
 * @param errorBound 0 when exact; otherwise the bound on the distance to the exact value
 */
public record Metric(
    double value, Optional<ConfidenceInterval> interval, boolean exact, double errorBound) {

  public Metric {
    if (interval == null) {
      throw new IllegalArgumentException("interval: null (use Optional.empty())");
    }
    if (exact && errorBound != 0.0) {
      throw new IllegalArgumentException("errorBound: an exact metric has no error bound");
    }
    if (errorBound < 0) {
      throw new IllegalArgumentException("errorBound: negative " + errorBound);
    }
  }

  /** An exact metric without interval. */
  public static Metric of(double value) {
    return new Metric(value, Optional.empty(), true, 0.0);
  }

  /** An exact metric with an interval. */
  public static Metric of(double value, ConfidenceInterval interval) {
    return new Metric(value, Optional.of(interval), true, 0.0);
  }
}
