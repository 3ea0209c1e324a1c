package dev.vigil.stats.estimate;

/**
 * Alert limits from the reference's chunk-to-chunk variability, as NannyML's {@code
 * StandardDeviationThreshold} with its defaults: the mean of the metric over the reference chunks ±
 * 3 population standard deviations (NaN chunks ignored), a limit past the metric's range [0, 1]
 * replaced by the range's end.
 *
 * @param lower values below it alert
 * @param upper values above it alert
 */
public record StandardDeviationThreshold(double lower, double upper) {

  public static final double MULTIPLIER = 3.0;

  public StandardDeviationThreshold {
    if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
      throw new IllegalArgumentException("lower: must be <= upper, got " + lower + ", " + upper);
    }
  }

  /**
   * The limits of metric values on reference chunks.
   *
   * @throws IllegalArgumentException when no chunk has a value
   */
  public static StandardDeviationThreshold of(double[] chunkValues) {
    double sum = 0;
    int n = 0;
    for (double v : chunkValues) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    if (n == 0) {
      throw new IllegalArgumentException("chunkValues: no reference chunk has a value");
    }
    double mean = sum / n;
    double squares = 0;
    for (double v : chunkValues) {
      if (!Double.isNaN(v)) {
        squares += (v - mean) * (v - mean);
      }
    }
    double std = Math.sqrt(squares / n);
    double lower = mean - MULTIPLIER * std;
    double upper = mean + MULTIPLIER * std;
    return new StandardDeviationThreshold(lower <= 0 ? 0 : lower, upper >= 1 ? 1 : upper);
  }

  /** Whether a value lies outside the limits. */
  public boolean alerts(double value) {
    return value < lower || value > upper;
  }
}
