package dev.vigil.stats.summary;

import java.util.Arrays;

/**
 * Distinct numeric values in ascending order with their counts.
 *
 * <p>Invariants: {@code values} strictly ascending and finite, {@code counts} positive, same
 * length.
 */
public record ValueCounts(double[] values, long[] counts) {

  public ValueCounts {
    if (values.length != counts.length) {
      throw new IllegalArgumentException("values and counts differ in length");
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i]) || (i > 0 && !(values[i - 1] < values[i]))) {
        throw new IllegalArgumentException("values must be finite and strictly ascending");
      }
      if (counts[i] <= 0) {
        throw new IllegalArgumentException("counts must be positive");
      }
    }
  }

  /** Counts the distinct values of an ascending array. */
  public static ValueCounts ofSorted(double[] sorted) {
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        distinct++;
      }
    }
    double[] values = new double[distinct];
    long[] counts = new long[distinct];
    int j = -1;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        values[++j] = sorted[i];
      }
      counts[j]++;
    }
    return new ValueCounts(values, counts);
  }

  public int size() {
    return values.length;
  }

  public long total() {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    return total;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValueCounts other
        && Arrays.equals(values, other.values)
        && Arrays.equals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(values) + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "ValueCounts" + Arrays.toString(values) + Arrays.toString(counts);
  }
}
