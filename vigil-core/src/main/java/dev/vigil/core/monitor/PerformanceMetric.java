package dev.vigil.core.monitor;

import dev.vigil.stats.metrics.ConfusionCounts;
import java.util.Locale;
import java.util.Objects;

/**
 * A classification metric that is a binomial proportion of confusion counts, so a drop can be
 * tested exactly with two samples of successes out of trials. F1 is deliberately absent: it is not
 * a proportion of independent trials ({@code 2tp / (2tp + fp + fn)}), so neither the z-test nor
 * Fisher's test applies to it (docs/DEGRADATION.md).
 */
public enum PerformanceMetric {
  /** (tp + tn) out of all rows. */
  ACCURACY,
  /** tp out of the rows predicted 1. */
  PRECISION,
  /** tp out of the rows labelled 1. */
  RECALL,
  /** tn out of the rows labelled 0. */
  SPECIFICITY;

  /** The successes among {@link #trials(ConfusionCounts)}. */
  public long successes(ConfusionCounts c) {
    return switch (this) {
      case ACCURACY -> c.truePositives() + c.trueNegatives();
      case PRECISION, RECALL -> c.truePositives();
      case SPECIFICITY -> c.trueNegatives();
    };
  }

  /** The rows the metric is a proportion of: its denominator. */
  public long trials(ConfusionCounts c) {
    return switch (this) {
      case ACCURACY -> c.count();
      case PRECISION -> c.predictedPositives();
      case RECALL -> c.positives();
      case SPECIFICITY -> c.negatives();
    };
  }

  /** successes / trials, or NaN without trials. */
  public double value(ConfusionCounts c) {
    long trials = trials(c);
    return trials == 0 ? Double.NaN : (double) successes(c) / trials;
  }

  /** The lower-case name used in settings and JSON, e.g. {@code "accuracy"}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The metric named {@code id} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the accepted ids, also for "f1"
   */
  public static PerformanceMetric fromId(String id) {
    Objects.requireNonNull(id, "metric");
    for (PerformanceMetric m : values()) {
      if (m.id().equalsIgnoreCase(id.strip())) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "metric: unknown '"
            + id
            + "' (accuracy, precision, recall or specificity; F1 is not a proportion)");
  }
}
