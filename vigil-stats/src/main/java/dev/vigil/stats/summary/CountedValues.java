package dev.vigil.stats.summary;

import java.util.Optional;

/**
 * An exact {@link NumericDistribution} over distinct values and their counts: every answer equals
 * the one a {@link SortedSample} of the expanded values would give, without expanding them.
 */
public final class CountedValues implements NumericDistribution {

  private final ValueCounts counts;
  private final long[] cumulative;
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
    this.moments = m;
  }

  @Override
  public long count() {
    return moments.count();
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
    return moments.count() == 0 ? Double.NaN : (double) countAtMost(x) / moments.count();
  }

  @Override
  public double cdfExclusive(double x) {
    return moments.count() == 0 ? Double.NaN : (double) countBelow(x) / moments.count();
  }

  private long countAtMost(double x) {
    return prefix(OrderStatistics.countAtMost(counts.values(), x));
  }

  private long countBelow(double x) {
    return prefix(OrderStatistics.countBelow(counts.values(), x));
  }

  /** The number of values before distinct value {@code index}. */
  private long prefix(int index) {
    return index == 0 ? 0 : cumulative[index - 1];
  }

  @Override
  public double quantile(double q) {
    if (moments.count() == 0) {
      return Double.NaN;
    }
    double[] values = counts.values();
    return OrderStatistics.linearQuantile(
        q, moments.count(), rank -> values[OrderStatistics.indexOfRank(cumulative, rank)]);
  }

  @Override
  public double rankError() {
    return 0.0;
  }
}
