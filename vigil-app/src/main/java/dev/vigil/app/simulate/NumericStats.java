package dev.vigil.app.simulate;

import java.util.Arrays;

/**
 * Of a numeric column's non-blank values: the sample standard deviation, the median, and whether
 * all are whole numbers. A column without values has sd 0 and median NaN.
 */
record NumericStats(double sd, double median, boolean whole) {

  static NumericStats of(double[] values) {
    double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (present.length == 0) {
      return new NumericStats(0, Double.NaN, true);
    }
    double mean = Arrays.stream(present).average().orElse(0);
    double squares = Arrays.stream(present).map(v -> (v - mean) * (v - mean)).sum();
    double sd = present.length > 1 ? Math.sqrt(squares / (present.length - 1)) : 0;
    int mid = present.length / 2;
    double median = present.length % 2 == 1 ? present[mid] : (present[mid - 1] + present[mid]) / 2;
    return new NumericStats(sd, median, Arrays.stream(present).allMatch(v -> v == Math.rint(v)));
  }
}
