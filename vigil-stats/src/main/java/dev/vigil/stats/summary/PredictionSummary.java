package dev.vigil.stats.summary;

import java.util.Objects;

/**
 * An immutable, mergeable summary of a model's scores: the {@link NumericSummary} of the scores and
 * the number predicted positive at the decision {@code threshold} ({@code score >= threshold}).
 *
 * <p>Invariants: the threshold is in [0, 1]; the scores are finite, in [0, 1], with no missing or
 * non-finite values; {@code 0 <= predictedPositive <= scores.count()}.
 */
public record PredictionSummary(double threshold, NumericSummary scores, long predictedPositive) {

  public PredictionSummary {
    DecisionThreshold.require(threshold);
    Objects.requireNonNull(scores, "scores");
    if (scores.missing() != 0 || scores.nonFinite() != 0) {
      throw new IllegalArgumentException("scores: must have no missing or non-finite values");
    }
    if (scores.count() > 0 && !(scores.min() >= 0.0 && scores.max() <= 1.0)) {
      throw new IllegalArgumentException(
          "scores: must be in [0, 1], got [" + scores.min() + ", " + scores.max() + "]");
    }
    if (predictedPositive < 0 || predictedPositive > scores.count()) {
      throw new IllegalArgumentException(
          "predictedPositive must be in [0, " + scores.count() + "]: " + predictedPositive);
    }
  }

  /** The summary of no predictions at this threshold; the identity of {@link #merge}. */
  public static PredictionSummary empty(double threshold) {
    return new PredictionSummary(threshold, NumericSummary.empty(), 0);
  }

  /** Number of scores below the threshold. */
  public long predictedNegative() {
    return scores.count() - predictedPositive;
  }

  /** Number of predictions. */
  public long count() {
    return scores.count();
  }

  /**
   * The summary of both summaries' predictions.
   *
   * @throws IllegalArgumentException when the thresholds differ
   */
  public PredictionSummary merge(PredictionSummary other) {
    if (Double.compare(threshold, other.threshold) != 0) {
      throw new IllegalArgumentException(
          "threshold: cannot merge summaries at " + threshold + " and " + other.threshold);
    }
    return new PredictionSummary(
        threshold, scores.merge(other.scores), predictedPositive + other.predictedPositive);
  }
}
