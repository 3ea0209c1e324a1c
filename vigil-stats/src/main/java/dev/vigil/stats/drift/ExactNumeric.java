package dev.vigil.stats.drift;

import dev.vigil.stats.summary.NumericDistribution;
import dev.vigil.stats.summary.OrderStatistics;
import dev.vigil.stats.summary.ValueCounts;
import java.util.Optional;

/**
 * An exact view of a numeric distribution: either every value in ascending order or the distinct
 * values with their counts. Answers counts, quantiles and distinct values exactly.
 */
final class ExactNumeric {

  private final double[] values;
  private final long[] counts; // null: every value counts once
  private final long total;
  private long[] cumulative; // lazily, counts only

  private ExactNumeric(double[] values, long[] counts, long total) {
    this.values = values;
    this.counts = counts;
    this.total = total;
  }

  /** The exact view of {@code d}, or empty when it keeps neither values nor distinct counts. */
  static Optional<ExactNumeric> of(NumericDistribution d) {
    Optional<ValueCounts> vc = d.valueCounts();
    Optional<double[]> sorted = d.sortedValues();
    if (vc.isPresent() && (sorted.isEmpty() || vc.get().size() < sorted.get().length)) {
      return Optional.of(new ExactNumeric(vc.get().values(), vc.get().counts(), vc.get().total()));
    }
    return sorted.map(s -> new ExactNumeric(s, null, s.length));
  }

  long count() {
    return total;
  }

  /** Walks the distinct values in ascending order with running counts. */
  Cursor cursor() {
    return new Cursor();
  }

  /** Number of values {@code <= x}. */
  long countAtMost(double x) {
    return prefix(OrderStatistics.countAtMost(values, x));
  }

  /** Number of values {@code < x}. */
  long countBelow(double x) {
    return prefix(OrderStatistics.countBelow(values, x));
  }

  /** Quantile with numpy's default linear interpolation between order statistics. */
  double quantile(double q) {
    return OrderStatistics.linearQuantile(q, total, this::orderStatistic);
  }

  /** Distinct values with counts (built from the values when they are kept one by one). */
  ValueCounts valueCounts() {
    return counts != null ? new ValueCounts(values, counts) : ValueCounts.ofSorted(values);
  }

  /** The number of distinct values, or {@code limit + 1} when there are more than {@code limit}. */
  int distinctUpTo(int limit) {
    if (counts != null) {
      return Math.min(values.length, limit + 1);
    }
    int distinct = 0;
    for (int i = 0; i < values.length && distinct <= limit; i++) {
      if (i == 0 || values[i] != values[i - 1]) {
        distinct++;
      }
    }
    return distinct;
  }

  private double orderStatistic(long rank) {
    if (counts == null) {
      return values[(int) rank];
    }
    return values[OrderStatistics.indexOfRank(cumulative(), rank)];
  }

  private long prefix(int index) {
    if (counts == null) {
      return index;
    }
    return index == 0 ? 0 : cumulative()[index - 1];
  }

  private long[] cumulative() {
    if (cumulative == null) {
      long[] cum = new long[counts.length];
      long running = 0;
      for (int i = 0; i < counts.length; i++) {
        running += counts[i];
        cum[i] = running;
      }
      cumulative = cum;
    }
    return cumulative;
  }

  /** A forward walk over the distinct values; {@link #counted()} is the number of values passed. */
  final class Cursor {
    private int position;
    private long counted;

    boolean hasNext() {
      return position < values.length;
    }

    double peek() {
      return values[position];
    }

    long counted() {
      return counted;
    }

    /** Passes every value {@code <= x}. */
    void advanceThrough(double x) {
      while (position < values.length && values[position] <= x) {
        counted += counts == null ? 1 : counts[position];
        position++;
      }
    }
  }
}
