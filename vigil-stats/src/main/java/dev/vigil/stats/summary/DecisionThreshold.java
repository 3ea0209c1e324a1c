package dev.vigil.stats.summary;

/**
 * The rule every decision threshold follows, wherever a score is turned into a predicted class
 * ({@code score >= threshold} predicts 1): the threshold is a finite number in [0, 1].
 */
public final class DecisionThreshold {

  private DecisionThreshold() {}

  /**
   * The threshold, with -0.0 read as 0.0 so that equal thresholds compare and encode equal.
   *
   * @throws IllegalArgumentException naming {@code threshold} when it is not in [0, 1]
   */
  public static double require(double threshold) {
    if (!(threshold >= 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("threshold: must be finite in [0, 1], got " + threshold);
    }
    return threshold + 0.0;
  }
}
