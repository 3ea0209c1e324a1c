package dev.vigil.app.report;

/**
 * One estimated metric of one period: the estimate, its confidence band and the alert limits from
 * the reference's chunk-to-chunk variability (CBPE; docs/ESTIMATION.md). NaN where undefined.
 */
public record EstimatedValue(
    double value, double lower, double upper, double alertLower, double alertUpper) {

  /** Whether the estimate lies outside the alert limits. */
  public boolean alerts() {
    return value < alertLower || value > alertUpper;
  }
}
