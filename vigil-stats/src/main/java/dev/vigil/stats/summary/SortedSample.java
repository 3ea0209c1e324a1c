package dev.vigil.stats.summary;

import java.util.Optional;

/**
 * An exact {@link NumericDistribution} over an ascending array of finite values, computed once.
 * Used for raw data (the {@code drift} command) and by summaries while they are small.
 */
public final class SortedSample implements NumericDistribution {

  private final double[] sorted;
  private final double mean;
  private final double variance;
  private final ValueCounts valueCounts;

  private SortedSample(double[] sorted, int distinctLimit) {
    this.sorted = sorted;
    double sum = 0;
    for (double v : sorted) {
      sum += v;
    }
    double m = sorted.length == 0 ? Double.NaN : sum / sorted.length;
    double m2 = 0;
    for (double v : sorted) {
      m2 += (v - m) * (v - m);
    }
    this.mean = m;
    this.variance = sorted.length == 0 ? Double.NaN : m2 / sorted.length;
    this.valueCounts =
        distinctCountAtMost(sorted, distinctLimit) ? ValueCounts.ofSorted(sorted) : null;
  }

  /**
   * Copies, drops non-finite values and sorts. Distinct value counts are kept while there are at
   * most {@code distinctLimit} distinct values.
   */
  public static SortedSample of(double[] values, int distinctLimit) {
    // No stream and a radix sort: this runs on a million values per column side.
    int finite = 0;
    for (double v : values) {
      if (Double.isFinite(v)) {
        finite++;
      }
    }
    double[] sorted = new double[finite];
    int i = 0;
    for (double v : values) {
      if (Double.isFinite(v)) {
        sorted[i++] = v;
      }
    }
    RadixSort.sort(sorted);
    return new SortedSample(sorted, distinctLimit);
  }

  /** As {@link #of(double[], int)} with distinct counts kept at any number of distinct values. */
  public static SortedSample of(double[] values) {
    return of(values, Integer.MAX_VALUE);
  }

  /** Takes ownership of an ascending array of finite values without copying or checking. */
  public static SortedSample ofSortedUnchecked(double[] sorted, int distinctLimit) {
    return new SortedSample(sorted, distinctLimit);
  }

  private static boolean distinctCountAtMost(double[] sorted, int limit) {
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if ((i == 0 || sorted[i] != sorted[i - 1]) && ++distinct > limit) {
        return false;
      }
    }
    return true;
  }

  @Override
  public long count() {
    return sorted.length;
  }

  @Override
  public double min() {
    return sorted.length == 0 ? Double.NaN : sorted[0];
  }

  @Override
  public double max() {
    return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
  }

  @Override
  public double mean() {
    return mean;
  }

  @Override
  public double variance() {
    return variance;
  }

  @Override
  public Optional<double[]> sortedValues() {
    return Optional.of(sorted);
  }

  @Override
  public Optional<ValueCounts> valueCounts() {
    return Optional.ofNullable(valueCounts);
  }

  @Override
  public double cdf(double x) {
    return sorted.length == 0 ? Double.NaN : (double) upperBound(x) / sorted.length;
  }

  @Override
  public double cdfExclusive(double x) {
    return sorted.length == 0 ? Double.NaN : (double) lowerBound(x) / sorted.length;
  }

  /** Number of values {@code <= x}. */
  public int upperBound(double x) {
    return OrderStatistics.countAtMost(sorted, x);
  }

  /** Number of values {@code < x}. */
  public int lowerBound(double x) {
    return OrderStatistics.countBelow(sorted, x);
  }

  @Override
  public double quantile(double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return OrderStatistics.linearQuantile(q, sorted.length, rank -> sorted[(int) rank]);
  }

  @Override
  public double rankError() {
    return 0.0;
  }
}
