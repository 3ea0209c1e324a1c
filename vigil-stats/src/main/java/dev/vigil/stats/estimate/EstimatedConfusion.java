package dev.vigil.stats.estimate;

import dev.vigil.stats.summary.DecisionThreshold;
import java.util.Objects;

/**
 * The expected confusion matrix of a window without labels (docs/ESTIMATION.md): for every row with
 * calibrated probability {@code p} of the positive class, a positive prediction adds {@code p} to
 * the expected true positives and {@code 1 − p} to the false positives, a negative prediction
 * {@code p} to the false negatives and {@code 1 − p} to the true negatives. The sums give the
 * estimated threshold metrics; the {@link ProbabilityRanking} gives the estimated ROC AUC.
 *
 * <p>Invariants: the four sums are finite and non-negative, the positive-prediction sums add up to
 * {@code predictedPositive} and all four to {@code count} (to rounding), the ranking counts {@code
 * count} rows. Merge adds sums and counts (associative and commutative to rounding), {@link
 * #empty(double)} is its identity, and windows at different thresholds cannot be merged.
 */
public final class EstimatedConfusion {

  private final double threshold;
  private final long count;
  private final long predictedPositive;
  private final ExpectedCounts expected;
  private final ProbabilityRanking ranking;

  private EstimatedConfusion(
      double threshold,
      long count,
      long predictedPositive,
      ExpectedCounts expected,
      ProbabilityRanking ranking) {
    this.threshold = threshold;
    this.count = count;
    this.predictedPositive = predictedPositive;
    this.expected = expected;
    this.ranking = ranking;
  }

  /**
   * A window from its state, e.g. as decoded; checks the invariants.
   *
   * @throws IllegalArgumentException naming the inconsistent field
   */
  public static EstimatedConfusion of(
      double threshold,
      long count,
      long predictedPositive,
      ExpectedCounts expected,
      ProbabilityRanking ranking) {
    DecisionThreshold.require(threshold);
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(ranking, "ranking");
    if (count < 0 || predictedPositive < 0 || predictedPositive > count) {
      throw new IllegalArgumentException("predictedPositive: must be in [0, count]");
    }
    double slack = 1e-9 * (count + 1);
    if (Math.abs(expected.truePositive() + expected.falsePositive() - predictedPositive) > slack
        || Math.abs(expected.total() - count) > slack) {
      throw new IllegalArgumentException("expected: sums disagree with the counts");
    }
    if (ranking.count() != count) {
      throw new IllegalArgumentException(
          "ranking: counts " + ranking.count() + " rows, not " + count);
    }
    return new EstimatedConfusion(threshold, count, predictedPositive, expected, ranking);
  }

  /** The window of no rows: the identity of {@link #merge}. */
  public static EstimatedConfusion empty(double threshold) {
    return of(
        DecisionThreshold.require(threshold),
        0,
        0,
        ExpectedCounts.ZERO,
        ProbabilityRanking.empty());
  }

  /**
   * The window of these rows: predicted positive when {@code score >= threshold}, with the
   * calibrated probability {@code calibrator.calibrate(score)}.
   *
   * @throws IllegalArgumentException for a score outside [0, 1]
   */
  public static EstimatedConfusion of(
      double threshold, double[] scores, IsotonicCalibrator calibrator) {
    DecisionThreshold.require(threshold);
    double[] probabilities = new double[scores.length];
    double tp = 0;
    double fp = 0;
    double tn = 0;
    double fn = 0;
    long positives = 0;
    for (int i = 0; i < scores.length; i++) {
      ProbabilityRanking.requireProbability(scores[i], "scores");
      double p = ProbabilityRanking.requireProbability(calibrator.calibrate(scores[i]), "scores");
      probabilities[i] = p;
      if (scores[i] >= threshold) {
        positives++;
        tp += p;
        fp += 1 - p;
      } else {
        fn += p;
        tn += 1 - p;
      }
    }
    return new EstimatedConfusion(
        threshold,
        scores.length,
        positives,
        new ExpectedCounts(tp, fp, tn, fn),
        ProbabilityRanking.of(probabilities));
  }

  /**
   * The window of the rows of both.
   *
   * @throws IllegalArgumentException if the thresholds differ
   */
  public EstimatedConfusion merge(EstimatedConfusion other) {
    if (Double.compare(threshold, other.threshold) != 0) {
      throw new IllegalArgumentException(
          "threshold: cannot merge windows at " + threshold + " and " + other.threshold);
    }
    return new EstimatedConfusion(
        threshold,
        count + other.count,
        predictedPositive + other.predictedPositive,
        expected.plus(other.expected),
        ranking.merge(other.ranking));
  }

  /** The estimated value of a metric, NaN for an empty window (and ROC AUC without a class). */
  public double estimate(EstimatedMetric metric) {
    return switch (metric) {
      case ROC_AUC -> ranking.rocAuc().value();
      case ACCURACY -> count == 0 ? Double.NaN : expected.correct() / count;
      default -> count == 0 ? Double.NaN : metric.fromExpected(expected);
    };
  }

  /** How far the ROC AUC estimate may be from the one on exact probabilities: 0 when exact. */
  public double rocAucBound() {
    return ranking.rocAuc().bound();
  }

  public double threshold() {
    return threshold;
  }

  public long count() {
    return count;
  }

  public long predictedPositive() {
    return predictedPositive;
  }

  public ExpectedCounts expected() {
    return expected;
  }

  public ProbabilityRanking ranking() {
    return ranking;
  }
}
