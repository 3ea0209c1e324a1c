package dev.vigil.stats.summary;

/**
 * The mutable, single-threaded hot path that builds a {@link PredictionSummary} at a fixed decision
 * threshold.
 */
public final class PredictionRecorder {

  private final double threshold;
  private final NumericRecorder scores = new NumericRecorder();
  private long predictedPositive;

  /**
   * @param threshold decision threshold in [0, 1]; a score {@code >= threshold} predicts class 1
   */
  public PredictionRecorder(double threshold) {
    DecisionThreshold.require(threshold);
    this.threshold = threshold;
  }

  /**
   * Records a score.
   *
   * @throws IllegalArgumentException when the score is not a finite number in [0, 1]
   */
  public void record(double score) {
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be finite and in [0, 1]: " + score);
    }
    if (score >= threshold) {
      predictedPositive++;
    }
    scores.record(score);
  }

  /** The summary of everything recorded so far; the recorder stays usable. */
  public PredictionSummary summary() {
    return new PredictionSummary(threshold, scores.summary(), predictedPositive);
  }
}
