package dev.vigil.stats.metrics;

import dev.vigil.stats.sum.CompensatedSum;
import java.util.Arrays;
import java.util.Objects;

/**
 * Per ECE bin (10 equal-width score bins, bin of {@code s} = {@code min(floor(10 s), 9)}): the
 * number of rows, the sum of their scores and the number of positive labels. Immutable; the arrays
 * passed in and returned are copies.
 */
public final class CalibrationBins {

  /** The number of ECE bins. */
  public static final int BINS = 10;

  private static final CalibrationBins EMPTY = new CalibrationBins(new long[BINS], emptySums());

  private final long[] counts;
  private final CompensatedSum[] scoreSums;
  private final long[] labelSums;

  private CalibrationBins(long[] counts, CompensatedSum[] scoreSums) {
    this(counts, scoreSums, new long[BINS]);
  }

  private CalibrationBins(long[] counts, CompensatedSum[] scoreSums, long[] labelSums) {
    this.counts = counts;
    this.scoreSums = scoreSums;
    this.labelSums = labelSums;
  }

  /** Validates and copies: 10 bins each, non-negative counts, label sums at most the counts. */
  public static CalibrationBins of(long[] counts, CompensatedSum[] scoreSums, long[] labelSums) {
    requireLength(counts, "counts");
    requireLength(scoreSums, "scoreSums");
    requireLength(labelSums, "labelSums");
    for (int b = 0; b < BINS; b++) {
      Objects.requireNonNull(scoreSums[b], "scoreSums");
      if (counts[b] < 0 || labelSums[b] < 0 || labelSums[b] > counts[b]) {
        throw new IllegalArgumentException(
            "labelSums: bin " + b + " needs 0 <= labelSums <= counts");
      }
    }
    return new CalibrationBins(counts.clone(), scoreSums.clone(), labelSums.clone());
  }

  public static CalibrationBins empty() {
    return EMPTY;
  }

  private static void requireLength(Object[] array, String field) {
    requireLength(Objects.requireNonNull(array, field).length, field);
  }

  private static void requireLength(long[] array, String field) {
    requireLength(Objects.requireNonNull(array, field).length, field);
  }

  private static void requireLength(int length, String field) {
    if (length != BINS) {
      throw new IllegalArgumentException(field + ": length " + length + ", expected " + BINS);
    }
  }

  static CompensatedSum[] emptySums() {
    CompensatedSum[] sums = new CompensatedSum[BINS];
    Arrays.fill(sums, CompensatedSum.ZERO);
    return sums;
  }

  /** The ECE bin of a score in [0, 1]. */
  static int binOf(double score) {
    return Math.min((int) Math.floor(BINS * score), BINS - 1);
  }

  public long[] counts() {
    return counts.clone();
  }

  public CompensatedSum[] scoreSums() {
    return scoreSums.clone();
  }

  public long[] labelSums() {
    return labelSums.clone();
  }

  public CalibrationBins plus(CalibrationBins other) {
    long[] c = new long[BINS];
    CompensatedSum[] s = new CompensatedSum[BINS];
    long[] l = new long[BINS];
    for (int b = 0; b < BINS; b++) {
      c[b] = counts[b] + other.counts[b];
      s[b] = scoreSums[b].plus(other.scoreSums[b]);
      l[b] = labelSums[b] + other.labelSums[b];
    }
    return new CalibrationBins(c, s, l);
  }

  /** Expected calibration error Σ_b |Σ score_b − Σ label_b| / n; NaN when there are no rows. */
  public double expectedCalibrationError() {
    long n = 0;
    double total = 0;
    for (int b = 0; b < BINS; b++) {
      n += counts[b];
      // Subtract the label count before adding the compensation: the two nearly cancel.
      total += Math.abs((scoreSums[b].sum() - labelSums[b]) + scoreSums[b].compensation());
    }
    return n == 0 ? Double.NaN : total / n;
  }
}
