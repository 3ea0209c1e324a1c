package dev.vigil.stats.drift;

import dev.vigil.stats.drift.ks.TwoSampleKsWalk;
import dev.vigil.stats.summary.NumericDistribution;
import java.util.Optional;

/**
 * Two-sample two-sided Kolmogorov-Smirnov test, as {@code scipy.stats.ks_2samp(method="auto")}:
 * exact p-value while both samples have at most {@link TwoSampleKsWalk#EXACT_LIMIT} values, else
 * {@code kstwo.sf(D, round(n1 n2 / (n1 + n2)))}. From exact inputs D comes from one merge walk of
 * the two distinct-value sequences; from sketches it is the largest CDF gap on {@link
 * EvaluationPoints}.
 */
final class KolmogorovSmirnovTest {

  private KolmogorovSmirnovTest() {}

  static DriftResult test(NumericDistribution r, NumericDistribution c, double threshold) {
    Optional<ExactNumeric> er = ExactNumeric.of(r);
    Optional<ExactNumeric> ec = ExactNumeric.of(c);
    if (er.isPresent() && ec.isPresent()) {
      return exact(er.get(), ec.get(), threshold);
    }
    EvaluationPoints points = EvaluationPoints.of(r, c);
    double d = 0;
    for (double x : points.points()) {
      d = Math.max(d, Math.abs(r.cdf(x) - c.cdf(x)));
    }
    double p = TwoSampleKsWalk.asymptoticPValue(r.count(), c.count(), d);
    double bound = r.rankError() + c.rankError() + points.discretisationError();
    return DriftResult.of(DriftMethod.KS, d, p, threshold, false, bound);
  }

  private static DriftResult exact(ExactNumeric r, ExactNumeric c, double threshold) {
    TwoSampleKsWalk walk = new TwoSampleKsWalk(r.count(), c.count());
    ExactNumeric.Cursor a = r.cursor();
    ExactNumeric.Cursor b = c.cursor();
    while (a.hasNext() || b.hasNext()) {
      double x = !b.hasNext() || (a.hasNext() && a.peek() <= b.peek()) ? a.peek() : b.peek();
      a.advanceThrough(x);
      b.advanceThrough(x);
      walk.step(a.counted(), b.counted());
    }
    return DriftResult.of(DriftMethod.KS, walk.statistic(), walk.pValue(), threshold, true, 0.0);
  }
}
