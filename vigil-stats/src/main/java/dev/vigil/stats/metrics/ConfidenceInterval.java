package dev.vigil.stats.metrics;

import java.util.Objects;

/**
 * A two-sided 95 % confidence interval for one metric. Both bounds are NaN when the interval is
 * undefined (for example a proportion with a zero denominator); otherwise {@code lower <= upper}.
 *
 * @param lower the lower bound
 * @param upper the upper bound
 * @param method how the interval was computed
 */
public record ConfidenceInterval(double lower, double upper, Method method) {

  /** The two-sided 95 % standard normal quantile, {@code Φ⁻¹(0.975)}. */
  public static final double Z_95 = 1.959963984540054;

  /** How an interval is computed; docs/STATISTICS.md §3 says which metric uses which. */
  public enum Method {
    /** Wilson score interval for a binomial proportion. */
    WILSON,
    /** Hanley and McNeil (1982) standard error of the ROC AUC, normal interval clipped to [0,1]. */
    HANLEY_MCNEIL,
    /** {@code mean ± z·sd/√n} with the sample standard deviation of per-row values. */
    NORMAL
  }

  public ConfidenceInterval {
    Objects.requireNonNull(method, "method");
    if (Double.isNaN(lower) != Double.isNaN(upper)) {
      throw new IllegalArgumentException("lower and upper: both or neither must be NaN");
    }
    if (lower > upper) {
      throw new IllegalArgumentException("lower: " + lower + " > upper " + upper);
    }
  }

  /** An undefined interval (both bounds NaN). */
  public static ConfidenceInterval undefined(Method method) {
    return new ConfidenceInterval(Double.NaN, Double.NaN, method);
  }

  public boolean isDefined() {
    return !Double.isNaN(lower);
  }

  /**
   * The Wilson score interval of {@code successes} out of {@code trials} (the interval every
   * proportion in {@link ClassificationMetrics} carries); undefined when {@code trials == 0}.
   */
  public static ConfidenceInterval wilson(long successes, long trials) {
    if (successes < 0 || successes > trials) {
      throw new IllegalArgumentException(
          "successes: must be in [0, trials], got " + successes + " of " + trials);
    }
    return MetricsCalculator.wilson(successes, trials);
  }
}
