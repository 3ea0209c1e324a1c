package dev.vigil.stats.estimate;

import java.util.Arrays;
import java.util.Objects;

/**
 * A monotone map from model scores to probabilities, fitted by isotonic regression on labelled
 * reference rows, as scikit-learn's {@code IsotonicRegression(out_of_bounds='clip',
 * increasing=True)} that NannyML's CBPE uses: scores are clipped to the fitted range and linearly
 * interpolated between knots. A calibrator with no knots is the identity (calibration skipped).
 *
 * <p>Invariants: knot scores are finite and strictly increasing, knot values are non-decreasing in
 * [0, 1], both arrays have the same length. Immutable; arrays are copied in and out.
 */
public final class IsotonicCalibrator {

  /** Scores closer than this to the first of a run are one value, as scikit-learn merges them. */
  private static final double MERGE_RESOLUTION = 1e-15;

  private static final IsotonicCalibrator IDENTITY =
      new IsotonicCalibrator(new double[0], new double[0]);

  private final double[] knotScores;
  private final double[] knotValues;

  private IsotonicCalibrator(double[] knotScores, double[] knotValues) {
    this.knotScores = knotScores;
    this.knotValues = knotValues;
  }

  /** The calibrator that leaves scores unchanged. */
  public static IsotonicCalibrator identity() {
    return IDENTITY;
  }

  /**
   * A calibrator from its knots, e.g. as decoded; checks the invariants.
   *
   * @throws IllegalArgumentException naming the bad field
   */
  public static IsotonicCalibrator ofKnots(double[] knotScores, double[] knotValues) {
    Objects.requireNonNull(knotScores, "knotScores");
    Objects.requireNonNull(knotValues, "knotValues");
    if (knotScores.length != knotValues.length) {
      throw new IllegalArgumentException("knotValues: length differs from knotScores");
    }
    for (int i = 0; i < knotScores.length; i++) {
      if (!Double.isFinite(knotScores[i]) || (i > 0 && !(knotScores[i] > knotScores[i - 1]))) {
        throw new IllegalArgumentException("knotScores: not finite and increasing at " + i);
      }
      if (!(knotValues[i] >= 0.0 && knotValues[i] <= 1.0)
          || (i > 0 && knotValues[i] < knotValues[i - 1])) {
        throw new IllegalArgumentException("knotValues: not non-decreasing in [0, 1] at " + i);
      }
    }
    return new IsotonicCalibrator(knotScores.clone(), knotValues.clone());
  }

  /**
   * Fits by pool-adjacent-violators on (score, label) rows: equal scores are first pooled into
   * their mean label, then adjacent blocks whose means decrease are merged into their weighted
   * mean; knots whose value equals both neighbours' are dropped, as they change nothing.
   *
   * @throws IllegalArgumentException for no rows, non-finite scores or labels other than 0 and 1
   */
  public static IsotonicCalibrator fit(double[] scores, int[] labels) {
    LabelledScores rows = LabelledScores.of(scores, labels);
    if (rows.size() == 0) {
      throw new IllegalArgumentException("scores: cannot fit a calibrator on no rows");
    }
    double[] sorted = rows.scoresByScoreThenLabel();
    int[] sortedLabels = rows.labelsByScoreThenLabel();
    PooledBlocks blocks = PooledBlocks.ofDistinctScores(sorted, sortedLabels, MERGE_RESOLUTION);
    blocks.poolAdjacentViolators();
    return blocks.toCalibrator();
  }

  /** The calibrated probability of one score. */
  public double calibrate(double score) {
    int n = knotScores.length;
    if (n == 0) {
      return score;
    }
    if (n == 1) {
      return knotValues[0];
    }
    double x = Math.min(Math.max(score, knotScores[0]), knotScores[n - 1]);
    // scipy's interp1d: the segment [lo, hi] with hi the first knot >= x, hi in [1, n-1].
    int hi = Arrays.binarySearch(knotScores, x);
    hi = hi >= 0 ? Math.max(hi, 1) : Math.min(Math.max(-hi - 1, 1), n - 1);
    int lo = hi - 1;
    double slope = (knotValues[hi] - knotValues[lo]) / (knotScores[hi] - knotScores[lo]);
    return slope * (x - knotScores[lo]) + knotValues[lo];
  }

  /** The calibrated probabilities of scores, in order. */
  public double[] calibrate(double[] scores) {
    double[] out = new double[scores.length];
    for (int i = 0; i < scores.length; i++) {
      out[i] = calibrate(scores[i]);
    }
    return out;
  }

  public boolean isIdentity() {
    return knotScores.length == 0;
  }

  public double[] knotScores() {
    return knotScores.clone();
  }

  public double[] knotValues() {
    return knotValues.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IsotonicCalibrator other
        && Arrays.equals(knotScores, other.knotScores)
        && Arrays.equals(knotValues, other.knotValues);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(knotScores) + Arrays.hashCode(knotValues);
  }
}
