package dev.vigil.stats.estimate;

import java.util.Arrays;

/**
 * The working state of pool-adjacent-violators: blocks of consecutive distinct scores, each with
 * its weight (rows) and weighted label sum, kept as a stack in ascending score order.
 */
final class PooledBlocks {

  private final double[] scores; // distinct scores, ascending
  private final double[] means; // mean label of each distinct score, then of each block
  private final double[] weights;
  private final int[] blockEnd; // exclusive end (in distinct scores) of each block
  private int blocks;

  private PooledBlocks(double[] scores, double[] means, double[] weights) {
    this.scores = scores;
    this.means = means;
    this.weights = weights;
    this.blockEnd = new int[scores.length];
  }

  /**
   * Pools sorted rows into distinct scores; a score less than {@code resolution} above the first of
   * a run joins that run, which keeps the run's first score.
   */
  static PooledBlocks ofDistinctScores(double[] sorted, int[] labels, double resolution) {
    double[] xs = new double[sorted.length];
    double[] ys = new double[sorted.length];
    double[] ws = new double[sorted.length];
    int k = -1;
    for (int i = 0; i < sorted.length; i++) {
      if (k < 0 || sorted[i] - xs[k] >= resolution) {
        xs[++k] = sorted[i];
      }
      ws[k] += 1;
      ys[k] += labels[i];
    }
    int n = k + 1;
    for (int i = 0; i < n; i++) {
      ys[i] /= ws[i];
    }
    return new PooledBlocks(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n), Arrays.copyOf(ws, n));
  }

  /** Merges blocks until their means are non-decreasing. */
  void poolAdjacentViolators() {
    blocks = 0;
    for (int i = 0; i < scores.length; i++) {
      means[blocks] = means[i];
      weights[blocks] = weights[i];
      blockEnd[blocks] = i + 1;
      blocks++;
      while (blocks > 1 && means[blocks - 2] > means[blocks - 1]) {
        int a = blocks - 2;
        int b = blocks - 1;
        double w = weights[a] + weights[b];
        means[a] = (weights[a] * means[a] + weights[b] * means[b]) / w;
        weights[a] = w;
        blockEnd[a] = blockEnd[b];
        blocks--;
      }
    }
  }

  /** Knots at every distinct score, dropping those equal to both neighbours. */
  IsotonicCalibrator toCalibrator() {
    int n = scores.length;
    double[] fitted = new double[n];
    int start = 0;
    for (int b = 0; b < blocks; b++) {
      Arrays.fill(fitted, start, blockEnd[b], means[b]);
      start = blockEnd[b];
    }
    double[] xs = new double[n];
    double[] ys = new double[n];
    int kept = 0;
    for (int i = 0; i < n; i++) {
      boolean inner = i > 0 && i < n - 1;
      if (!inner || fitted[i] != fitted[i - 1] || fitted[i] != fitted[i + 1]) {
        xs[kept] = scores[i];
        ys[kept++] = Math.min(1.0, Math.max(0.0, fitted[i]));
      }
    }
    return IsotonicCalibrator.ofKnots(Arrays.copyOf(xs, kept), Arrays.copyOf(ys, kept));
  }
}
