package dev.vigil.stats.drift;

import dev.vigil.stats.summary.NumericDistribution;
import java.util.Arrays;
import java.util.Optional;

/**
 * Points at which sketch-based tests compare two CDFs: every distinct value of a side kept exactly
 * with few distinct values, else a grid of {@link #GRID} + 1 quantiles. Between neighbouring grid
 * quantiles a side's CDF rises by at most {@code 1/GRID}, the discretisation error the results add
 * to their bound.
 */
final class EvaluationPoints {

  static final int GRID = 4096;

  private final double[] points;
  private final boolean gridded;

  private EvaluationPoints(double[] points, boolean gridded) {
    this.points = points;
    this.gridded = gridded;
  }

  static EvaluationPoints of(NumericDistribution reference, NumericDistribution current) {
    double[] r = sidePoints(reference);
    double[] c = sidePoints(current);
    boolean gridded = r == null || c == null;
    double[] a = r != null ? r : grid(reference);
    double[] b = c != null ? c : grid(current);
    double[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    Arrays.sort(all);
    int distinct = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[distinct - 1]) {
        all[distinct++] = all[i];
      }
    }
    return new EvaluationPoints(Arrays.copyOf(all, distinct), gridded);
  }

  double[] points() {
    return points;
  }

  /** The discretisation error of a CDF comparison on these points. */
  double discretisationError() {
    return gridded ? 1.0 / GRID : 0.0;
  }

  private static double[] sidePoints(NumericDistribution d) {
    Optional<ExactNumeric> exact = ExactNumeric.of(d);
    if (exact.isPresent() && exact.get().distinctUpTo(GRID) <= GRID) {
      return exact.get().valueCounts().values();
    }
    return null;
  }

  private static double[] grid(NumericDistribution d) {
    double[] g = new double[GRID + 1];
    for (int i = 0; i <= GRID; i++) {
      g[i] = d.quantile((double) i / GRID);
    }
    g[0] = d.min();
    g[GRID] = d.max();
    return g;
  }
}
