package dev.vigil.stats.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * ADWIN's exponential histogram: row {@code i} holds up to {@code maxBuckets + 1} bucket summaries
 * (sum and variance) of 2^i values each, oldest first. Rows only ever exist up to the last
 * non-empty one, except that row 0 always exists.
 */
final class AdwinBuckets {

  private final int capacity;
  private final List<double[]> totals = new ArrayList<>();
  private final List<double[]> variances = new ArrayList<>();
  private final List<Integer> counts = new ArrayList<>();

  AdwinBuckets(int maxBuckets) {
    capacity = maxBuckets + 1;
    addRow();
  }

  int rows() {
    return counts.size();
  }

  int count(int row) {
    return counts.get(row);
  }

  double total(int row, int k) {
    return totals.get(row)[k];
  }

  double variance(int row, int k) {
    return variances.get(row)[k];
  }

  void append(int row, double total, double variance) {
    if (row == rows()) {
      addRow();
    }
    int k = counts.get(row);
    totals.get(row)[k] = total;
    variances.get(row)[k] = variance;
    counts.set(row, k + 1);
  }

  /** Drops the {@code n} oldest buckets of a row. */
  void dropOldest(int row, int n) {
    int k = counts.get(row);
    double[] t = totals.get(row);
    double[] v = variances.get(row);
    System.arraycopy(t, n, t, 0, k - n);
    System.arraycopy(v, n, v, 0, k - n);
    java.util.Arrays.fill(t, k - n, k, 0.0);
    java.util.Arrays.fill(v, k - n, k, 0.0);
    counts.set(row, k - n);
  }

  /** Removes the last row when it has become empty (never row 0). */
  void trimEmptyLastRow() {
    int last = rows() - 1;
    if (counts.get(last) == 0 && last > 0) {
      totals.remove(last);
      variances.remove(last);
      counts.remove(last);
    }
  }

  double[][] totalsCopy() {
    return copy(totals);
  }

  double[][] variancesCopy() {
    return copy(variances);
  }

  static AdwinBuckets of(int maxBuckets, double[][] totals, double[][] variances) {
    AdwinBuckets b = new AdwinBuckets(maxBuckets);
    while (b.rows() < totals.length) {
      b.addRow();
    }
    for (int row = 0; row < totals.length; row++) {
      for (int k = 0; k < totals[row].length; k++) {
        b.append(row, totals[row][k], variances[row][k]);
      }
    }
    return b;
  }

  private double[][] copy(List<double[]> rowsOf) {
    double[][] out = new double[rows()][];
    for (int i = 0; i < rows(); i++) {
      out[i] = java.util.Arrays.copyOf(rowsOf.get(i), counts.get(i));
    }
    return out;
  }

  private void addRow() {
    totals.add(new double[capacity]);
    variances.add(new double[capacity]);
    counts.add(0);
  }
}
