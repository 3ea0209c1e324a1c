package dev.vigil.stats.summary;

import java.util.Optional;

/**
 * A distribution of finite numeric values, exact or sketched, as drift tests read it.
 *
 * <p>Implementations are immutable. When {@link #sortedValues()} is present every other answer is
 * exact and {@link #rankError()} is 0. {@link #valueCounts()} is present whenever the number of
 * distinct values is small, whatever the count.
 */
public interface NumericDistribution {

  /** Number of finite values. */
  long count();

  /** Smallest value; NaN when empty. */
  double min();

  /** Largest value; NaN when empty. */
  double max();

  /** Arithmetic mean; NaN when empty. */
  double mean();

  /** Population variance (divides by n); NaN when empty. */
  double variance();

  /** All values in ascending order when they are kept exactly; the array must not be modified. */
  Optional<double[]> sortedValues();

  /** Distinct values and their counts when there are few of them. */
  Optional<ValueCounts> valueCounts();

  /** Fraction of values {@code <= x}. */
  double cdf(double x);

  /** Fraction of values {@code < x}. */
  double cdfExclusive(double x);

  /**
   * Quantile at {@code q} in [0, 1]; exact distributions interpolate linearly between order
   * statistics as numpy's default does.
   */
  double quantile(double q);

  /** Bound on the error of {@link #cdf} as a fraction of the count; 0 when exact. */
  double rankError();

  /** True when every answer is exact. */
  default boolean isExact() {
    return rankError() == 0.0;
  }
}
