package dev.vigil.stats.estimate;

/**
 * One estimated metric of one window, with NannyML's confidence band and alert limits.
 *
 * @param value the estimate (NaN when it cannot be estimated)
 * @param standardError the sampling error of the metric on a window of this size
 * @param lowerBound {@code value − 3·standardError}, at least 0
 * @param upperBound {@code value + 3·standardError}, at most 1
 * @param threshold the alert limits from the reference chunks
 * @param alert whether the value lies outside the limits
 */
public record MetricEstimate(
    double value,
    double standardError,
    double lowerBound,
    double upperBound,
    StandardDeviationThreshold threshold,
    boolean alert) {

  /** The half-width of the confidence band in standard errors (NannyML's SAMPLING_ERROR_RANGE). */
  public static final double BAND_WIDTH = 3.0;

  static MetricEstimate of(double value, double standardError, StandardDeviationThreshold limits) {
    return new MetricEstimate(
        value,
        standardError,
        Math.max(0.0, value - BAND_WIDTH * standardError),
        Math.min(1.0, value + BAND_WIDTH * standardError),
        limits,
        limits.alerts(value));
  }
}
