package dev.vigil.stats.summary;

import java.util.Optional;

/**
 * An exact {@link NumericDistribution} over distinct values and their counts: every answer equals
 * the one a {@link SortedSample} of the expanded values would give, without expanding them.
 */
public final class CountedValues implements NumericDistribution {

  private final ValueCounts counts;
  private final long[] cumulative;
  private final long total;
  private final Moments moments;

  public CountedValues(ValueCounts counts) {
    this.counts = counts;
    this.cumulative = new long[counts.size()];
    double[] values = counts.values();
    long[] c = counts.counts();
    long running = 0;
    Moments m = Moments.EMPTY;
    for (int i = 0; i < values.length; i++) {
      running += c[i];
      cumulative[i] = running;
      m = m.merge(new Moments(c[i], values[i], 0.0, values[i], values[i]));
    }
    this.total = running;
    this.moments = m;
  }

  @Override
  public long count() {
    return total;
  }

  @Override
  public double min() {
    return moments.min();
  }

  @Override
  public double max() {
    return moments.max();
  }

  @Override
  public double mean() {
    return moments.mean();
  }

  @Override
  public double variance() {
    return moments.variance();
  }

  @Override
  public Optional<double[]> sortedValues() {
    return Optional.empty();
  }

  @Override
  public Optional<ValueCounts> valueCounts() {
    return Optional.of(counts);
  }

  @Override
  public double cdf(double x) {
    return total == 0 ? Double.NaN : (double) countAtMost(x) / total;
  }

  @Override
  public double cdfExclusive(double x) {
    return total == 0 ? Double.NaN : (double) countBelow(x) / total;
  }

  private long countAtMost(double x) {
    int i = firstIndex(x, true);
    return i == 0 ? 0 : cumulative[i - 1];
  }

  private long countBelow(double x) {
    int i = firstIndex(x, false);
    return i == 0 ? 0 : cumulative[i - 1];
  }

  /** First index whose value is {@code > x} (inclusive) or {@code >= x} (exclusive). */
  private int firstIndex(double x, boolean inclusive) {
    double[] values = counts.values();
    int lo = 0;
    int hi = values.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (inclusive ? values[mid] <= x : values[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The value at 0-based position {@code index} of the expanded ascending values. */
  private double orderStatistic(long index) {
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > index) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return counts.values()[lo];
  }

  @Override
  public double quantile(double q) {
    if (total == 0) {
      return Double.NaN;
    }
    // Same arithmetic as SortedSample.quantile (numpy's "linear" method).
    double position = q * (total - 1);
    long below = (long) Math.floor(position);
    if (below >= total - 1) {
      return orderStatistic(total - 1);
    }
    double fraction = position - below;
    double lower = orderStatistic(below);
    double upper = orderStatistic(below + 1);
    double diff = upper - lower;
    return fraction >= 0.5 ? upper - diff * (1 - fraction) : lower + diff * fraction;
  }

  @Override
  public double rankError() {
    return 0.0;
  }
}
