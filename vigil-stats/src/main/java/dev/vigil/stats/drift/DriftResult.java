package dev.vigil.stats.drift;

import java.util.Objects;

/**
 * The outcome of one drift test on one column.
 *
 * @param method the test
 * @param statistic the test statistic or distance (may be +infinity, e.g. chi-squared with a new
 *     category)
 * @param pValue the p-value, or NaN for a distance
 * @param threshold the threshold applied
 * @param drifted whether the method's rule says drift at that threshold
 * @param exact whether the statistic was computed from exact values
 * @param errorBound 0 when exact; otherwise the bound stated in docs/STATISTICS.md
 */
public record DriftResult(
    DriftMethod method,
    double statistic,
    double pValue,
    double threshold,
    boolean drifted,
    boolean exact,
    double errorBound) {

  public DriftResult {
    Objects.requireNonNull(method, "method");
    if (Double.isNaN(statistic)) {
      throw new IllegalArgumentException(method.id() + ": statistic is NaN");
    }
    if (exact && errorBound != 0.0) {
      throw new IllegalArgumentException("an exact result has no error bound");
    }
  }

  /** A result whose verdict follows from the method's rule. */
  public static DriftResult of(
      DriftMethod method,
      double statistic,
      double pValue,
      double threshold,
      boolean exact,
      double errorBound) {
    return new DriftResult(
        method,
        statistic,
        pValue,
        threshold,
        method.drifted(statistic, pValue, threshold),
        exact,
        errorBound);
  }

  public boolean hasPValue() {
    return !Double.isNaN(pValue);
  }
}
