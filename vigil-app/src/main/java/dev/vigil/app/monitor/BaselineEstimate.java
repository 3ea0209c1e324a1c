package dev.vigil.app.monitor;

import dev.vigil.stats.estimate.CbpeEstimator;
import java.util.Optional;

/**
 * Estimated performance (CBPE, docs/ESTIMATION.md) of periods from their scores alone, fitted on
 * the baseline periods' scores and labels with chunks of the period size; or the reason there is
 * none (no scores, a baseline the estimator refuses). Alert limits (mean ± 3 sd of the metric over
 * the baseline's chunks) exist only with at least two chunks: one chunk has no spread.
 */
final class BaselineEstimate implements PeriodEstimates {

  private final Optional<CbpeEstimator> estimator;
  private final String reason;
  private final boolean limits;

  private BaselineEstimate(Optional<CbpeEstimator> estimator, String reason, boolean limits) {
    this.estimator = estimator;
    this.reason = reason;
    this.limits = limits;
  }

  static BaselineEstimate unavailable(String reason) {
    return new BaselineEstimate(Optional.empty(), reason, false);
  }

  static BaselineEstimate fit(
      double[] scores, int[] labels, double threshold, int chunkSize, long seed) {
    try {
      return new BaselineEstimate(
          Optional.of(CbpeEstimator.fit(scores, labels, threshold, chunkSize, seed)),
          "",
          scores.length > chunkSize);
    } catch (IllegalArgumentException e) {
      return unavailable("the baseline cannot be fitted: " + e.getMessage());
    }
  }

  @Override
  public boolean available() {
    return estimator.isPresent();
  }

  /** Whether the estimates have alert limits: a baseline of two chunks or more. */
  @Override
  public boolean hasLimits() {
    return limits;
  }

  @Override
  public String reason() {
    return reason;
  }

  @Override
  public String fittedOn() {
    return "baseline";
  }

  @Override
  public PeriodEstimate estimate(MonitoredPeriod period) {
    if (estimator.isEmpty()) {
      return PeriodEstimate.none(reason);
    }
    if (period.scores().isEmpty()) {
      return PeriodEstimate.none("the period has no scores");
    }
    CbpeEstimator cbpe = estimator.get();
    return PeriodEstimate.of(cbpe.estimate(cbpe.summarize(period.scores().get())));
  }
}
