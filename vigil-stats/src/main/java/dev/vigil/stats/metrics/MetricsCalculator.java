package dev.vigil.stats.metrics;

import static dev.vigil.stats.metrics.ConfidenceInterval.Z_95;

import dev.vigil.stats.metrics.ConfidenceInterval.Method;
import dev.vigil.stats.sum.CompensatedSum;
import java.util.Optional;

/** Turns sufficient statistics into {@link ClassificationMetrics}; one code path for all inputs. */
final class MetricsCalculator {

  private MetricsCalculator() {}

  static ClassificationMetrics compute(
      double threshold,
      ConfusionCounts c,
      LossSums losses,
      CalibrationBins bins,
      ScoreRanking ranking) {
    long n = c.count();
    long tp = c.truePositives();
    RankingCurve curve =
        ranking instanceof ScorePairs pairs ? pairs.curve() : ((ScoreHistogram) ranking).curve();
    boolean exact = ranking.exact();
    return new ClassificationMetrics(
        threshold,
        c,
        proportion(tp + c.trueNegatives(), n),
        proportion(tp, c.predictedPositives()),
        proportion(tp, c.positives()),
        Metric.of(ratio(2 * tp, 2 * tp + c.falsePositives() + c.falseNegatives())),
        proportion(c.trueNegatives(), c.negatives()),
        rankingMetric(
            curve.rocAuc(), rocAucInterval(curve.rocAuc(), c), exact, curve.rocAucBound()),
        rankingMetric(
            curve.averagePrecision(), Optional.empty(), exact, curve.averagePrecisionBound()),
        meanLoss(losses.logLoss(), losses.logLossSquared(), n),
        meanLoss(losses.brier(), losses.brierSquared(), n),
        Metric.of(bins.expectedCalibrationError()),
        proportion(c.predictedPositives(), n),
        proportion(c.positives(), n));
  }

  private static double ratio(long numerator, long denominator) {
    return denominator == 0 ? 0.0 : (double) numerator / denominator;
  }

  private static Metric proportion(long successes, long trials) {
    return Metric.of(ratio(successes, trials), wilson(successes, trials));
  }

  /** Wilson score interval, as statsmodels' {@code proportion_confint(method="wilson")}. */
  static ConfidenceInterval wilson(long successes, long trials) {
    if (trials == 0) {
      return ConfidenceInterval.undefined(Method.WILSON);
    }
    double n = trials;
    double p = successes / n;
    double z2 = Z_95 * Z_95;
    double denominator = 1 + z2 / n;
    double center = (p + z2 / (2 * n)) / denominator;
    double half = Z_95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
    return new ConfidenceInterval(
        Math.max(0.0, center - half), Math.min(1.0, center + half), Method.WILSON);
  }

  /** Hanley and McNeil (1982): positives are their "abnormal" group, negatives "normal". */
  static Optional<ConfidenceInterval> rocAucInterval(double auc, ConfusionCounts c) {
    if (Double.isNaN(auc)) {
      return Optional.of(ConfidenceInterval.undefined(Method.HANLEY_MCNEIL));
    }
    double positives = c.positives();
    double negatives = c.negatives();
    double q1 = auc / (2 - auc);
    double q2 = 2 * auc * auc / (1 + auc);
    double variance =
        (auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc))
            / (positives * negatives);
    double half = Z_95 * Math.sqrt(Math.max(0.0, variance));
    return Optional.of(
        new ConfidenceInterval(
            Math.max(0.0, auc - half), Math.min(1.0, auc + half), Method.HANLEY_MCNEIL));
  }

  private static Metric rankingMetric(
      double value, Optional<ConfidenceInterval> interval, boolean exact, double bound) {
    double errorBound = exact || Double.isNaN(value) ? 0.0 : bound;
    return new Metric(value, interval, exact, errorBound);
  }

  /** Mean of per-row losses with the normal interval from their sample variance. */
  private static Metric meanLoss(CompensatedSum sum, CompensatedSum sumOfSquares, long rows) {
    if (rows == 0) {
      return Metric.of(Double.NaN, ConfidenceInterval.undefined(Method.NORMAL));
    }
    double n = rows;
    double mean = sum.value() / n;
    if (rows == 1) {
      return Metric.of(mean, ConfidenceInterval.undefined(Method.NORMAL));
    }
    double variance = Math.max(0.0, (sumOfSquares.value() - mean * sum.value()) / (n - 1));
    double half = Z_95 * Math.sqrt(variance / n);
    return Metric.of(mean, new ConfidenceInterval(mean - half, mean + half, Method.NORMAL));
  }
}
