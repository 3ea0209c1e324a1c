package dev.vigil.stats.drift;

import dev.vigil.stats.summary.NumericDistribution;
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
    return prefix(upperIndex(x, true));
  }

  /** Number of values {@code < x}. */
  long countBelow(double x) {
    return prefix(upperIndex(x, false));
  }

  /** Quantile with numpy's default linear interpolation between order statistics. */
  double quantile(double q) {
    // numpy's virtual index n q + (alpha + q (1 - alpha - beta)) - 1 with alpha = beta = 1,
    // evaluated in the same order so edges that fall on an order statistic land on it exactly.
    double position = total * q + (1 + q * (1 - 1 - 1)) - 1;
    if (position < 0) {
      return orderStatistic(0);
    }
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
    long[] cum = cumulative();
    int lo = 0;
    int hi = cum.length - 1;
    while (lo < hi) { // first index whose cumulative count exceeds rank
      int mid = (lo + hi) >>> 1;
      if (cum[mid] > rank) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return values[lo];
  }

  /** Index of the first value {@code > x} (inclusive) or {@code >= x} (exclusive). */
  private int upperIndex(double x, boolean inclusive) {
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
