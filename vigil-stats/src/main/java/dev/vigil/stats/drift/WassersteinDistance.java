package dev.vigil.stats.drift;

import dev.vigil.stats.sum.RunningSum;
import dev.vigil.stats.summary.NumericDistribution;
import java.util.Optional;

/**
 * First Wasserstein distance {@code W1 = integral |F_r - F_c| dx} ({@code
 * scipy.stats.wasserstein_distance}), raw or divided by {@code max(std(r), 0.001)} with the
 * population standard deviation (Evidently's {@code wasserstein}).
 */
final class WassersteinDistance {

  static final double MIN_STD = 0.001;

  private WassersteinDistance() {}

  static DriftResult test(
      NumericDistribution r, NumericDistribution c, boolean normed, double threshold) {
    DriftMethod method = normed ? DriftMethod.WASSERSTEIN : DriftMethod.WASSERSTEIN_RAW;
    double scale = normed ? Math.max(Math.sqrt(r.variance()), MIN_STD) : 1.0;
    Optional<ExactNumeric> er = ExactNumeric.of(r);
    Optional<ExactNumeric> ec = ExactNumeric.of(c);
    if (er.isPresent() && ec.isPresent()) {
      return DriftResult.of(
          method, exact(er.get(), ec.get()) / scale, Double.NaN, threshold, true, 0);
    }
    EvaluationPoints points = EvaluationPoints.of(r, c);
    double[] x = points.points();
    RunningSum sum = new RunningSum();
    for (int i = 0; i + 1 < x.length; i++) {
      sum.add(Math.abs(r.cdf(x[i]) - c.cdf(x[i])) * (x[i + 1] - x[i]));
    }
    double range = Math.max(r.max(), c.max()) - Math.min(r.min(), c.min());
    double epsilon = r.rankError() + c.rankError() + points.discretisationError();
    return DriftResult.of(
        method, sum.value() / scale, Double.NaN, threshold, false, epsilon * range / scale);
  }

  /** W1 by one merge walk over the distinct values of both sides. */
  static double exact(ExactNumeric r, ExactNumeric c) {
    long n1 = r.count();
    long n2 = c.count();
    ExactNumeric.Cursor a = r.cursor();
    ExactNumeric.Cursor b = c.cursor();
    RunningSum sum = new RunningSum();
    double previous = Double.NaN;
    double gap = 0;
    while (a.hasNext() || b.hasNext()) {
      double x = !b.hasNext() || (a.hasNext() && a.peek() <= b.peek()) ? a.peek() : b.peek();
      if (!Double.isNaN(previous) && gap != 0) {
        // Skipping zero gaps also keeps 0 * infinity (a span wider than Double.MAX_VALUE) out.
        sum.add(gap * (x - previous));
      }
      a.advanceThrough(x);
      b.advanceThrough(x);
      gap = Math.abs((double) a.counted() / n1 - (double) b.counted() / n2);
      previous = x;
    }
    return sum.value();
  }
}
