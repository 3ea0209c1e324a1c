package dev.vigil.stats.metrics;

import dev.vigil.stats.sum.CompensatedSum;
import java.util.Objects;

/**
 * Sums over rows of the per-row log loss and Brier loss and of their squares: enough for the mean
 * loss and its sample variance, and exactly mergeable.
 *
 * @param logLoss Σ −[y·ln(p) + (1−y)·ln(1−p)] with p clipped to [eps, 1−eps]
 * @param logLossSquared Σ of the squared per-row log loss
 * @param brier Σ (p − y)²
 * @param brierSquared Σ (p − y)⁴
 */
public record LossSums(
    CompensatedSum logLoss,
    CompensatedSum logLossSquared,
    CompensatedSum brier,
    CompensatedSum brierSquared) {

  public static final LossSums ZERO =
      new LossSums(
          CompensatedSum.ZERO, CompensatedSum.ZERO, CompensatedSum.ZERO, CompensatedSum.ZERO);

  /** The clipping of scores for log loss, as scikit-learn: the float64 machine epsilon. */
  public static final double LOG_LOSS_EPS = Math.ulp(1.0);

  public LossSums {
    Objects.requireNonNull(logLoss, "logLoss");
    Objects.requireNonNull(logLossSquared, "logLossSquared");
    Objects.requireNonNull(brier, "brier");
    Objects.requireNonNull(brierSquared, "brierSquared");
  }

  public LossSums plus(LossSums other) {
    return new LossSums(
        logLoss.plus(other.logLoss),
        logLossSquared.plus(other.logLossSquared),
        brier.plus(other.brier),
        brierSquared.plus(other.brierSquared));
  }

  /** The log loss of one row. */
  static double logLoss(double score, int label) {
    double p = Math.min(Math.max(score, LOG_LOSS_EPS), 1.0 - LOG_LOSS_EPS);
    return label == 1 ? -Math.log(p) : -Math.log(1.0 - p);
  }

  /** The Brier loss of one row. */
  static double brier(double score, int label) {
    double d = score - label;
    return d * d;
  }
}
