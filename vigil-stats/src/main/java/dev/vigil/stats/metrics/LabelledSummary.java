package dev.vigil.stats.metrics;

import dev.vigil.stats.summary.DecisionThreshold;
import java.util.Objects;

/**
 * An immutable, mergeable summary of labelled scores (docs/STATISTICS.md §3): the decision
 * threshold, confusion counts at it, loss sums, calibration bins and a {@link ScoreRanking}.
 *
 * <p>Invariants: every part counts the same rows and the same positives; the ranking is {@link
 * ScorePairs} exactly when there are at most {@link #EXACT_LIMIT} rows, else {@link
 * ScoreHistogram}, so the representation depends only on the rows, not on how they were merged.
 * Merge is associative and commutative (counts exactly, sums to rounding), {@link #empty(double)}
 * is its identity, and summaries with different thresholds cannot be merged.
 */
public final class LabelledSummary {

  /** The most (score, label) pairs kept exactly. */
  public static final int EXACT_LIMIT = 4096;

  public static final double DEFAULT_THRESHOLD = 0.5;

  private final double threshold;
  private final ConfusionCounts confusion;
  private final LossSums losses;
  private final CalibrationBins calibrationBins;
  private final ScoreRanking ranking;

  private LabelledSummary(
      double threshold,
      ConfusionCounts confusion,
      LossSums losses,
      CalibrationBins calibrationBins,
      ScoreRanking ranking) {
    this.threshold = threshold;
    this.confusion = confusion;
    this.losses = losses;
    this.calibrationBins = calibrationBins;
    this.ranking = ranking;
  }

  /**
   * A summary from its state, e.g. as decoded by a codec; checks the invariants above.
   *
   * @throws IllegalArgumentException naming the inconsistent part
   */
  public static LabelledSummary of(
      double threshold,
      ConfusionCounts confusion,
      LossSums losses,
      CalibrationBins calibrationBins,
      ScoreRanking ranking) {
    double t = DecisionThreshold.require(threshold);
    Objects.requireNonNull(confusion, "confusion");
    Objects.requireNonNull(losses, "losses");
    Objects.requireNonNull(calibrationBins, "calibrationBins");
    Objects.requireNonNull(ranking, "ranking");
    long n = confusion.count();
    if (sum(calibrationBins.counts()) != n
        || sum(calibrationBins.labelSums()) != confusion.positives()) {
      throw new IllegalArgumentException("calibrationBins: counts disagree with confusion");
    }
    if (ranking.count() != n || positivesOf(ranking) != confusion.positives()) {
      throw new IllegalArgumentException("ranking: counts disagree with confusion");
    }
    if (ranking.exact() != (n <= EXACT_LIMIT)) {
      throw new IllegalArgumentException(
          "ranking: must be exact pairs exactly when count <= " + EXACT_LIMIT);
    }
    return new LabelledSummary(t, confusion, losses, calibrationBins, ranking);
  }

  /** The summary of no rows at a threshold: the identity of {@link #merge}. */
  public static LabelledSummary empty(double threshold) {
    return of(
        threshold,
        ConfusionCounts.EMPTY,
        LossSums.ZERO,
        CalibrationBins.empty(),
        ScorePairs.empty());
  }

  /** The summary of no rows at the default threshold 0.5. */
  public static LabelledSummary empty() {
    return empty(DEFAULT_THRESHOLD);
  }

  private static long sum(long[] values) {
    long total = 0;
    for (long v : values) {
      total += v;
    }
    return total;
  }

  private static long positivesOf(ScoreRanking ranking) {
    if (ranking instanceof ScorePairs pairs) {
      long positives = 0;
      for (byte label : pairs.labels()) {
        positives += label;
      }
      return positives;
    }
    return sum(((ScoreHistogram) ranking).positives());
  }

  /**
   * The summary of the rows of both.
   *
   * @throws IllegalArgumentException if the thresholds differ
   */
  public LabelledSummary merge(LabelledSummary other) {
    if (Double.compare(threshold, other.threshold) != 0) {
      throw new IllegalArgumentException(
          "threshold: cannot merge summaries at " + threshold + " and " + other.threshold);
    }
    return new LabelledSummary(
        threshold,
        confusion.plus(other.confusion),
        losses.plus(other.losses),
        calibrationBins.plus(other.calibrationBins),
        mergeRankings(ranking, other.ranking));
  }

  private static ScoreRanking mergeRankings(ScoreRanking a, ScoreRanking b) {
    if (a instanceof ScorePairs pa
        && b instanceof ScorePairs pb
        && pa.count() + pb.count() <= EXACT_LIMIT) {
      return pa.merge(pb);
    }
    return a.toHistogram().plus(b.toHistogram());
  }

  public double threshold() {
    return threshold;
  }

  public ConfusionCounts confusion() {
    return confusion;
  }

  public LossSums losses() {
    return losses;
  }

  public CalibrationBins calibrationBins() {
    return calibrationBins;
  }

  public ScoreRanking ranking() {
    return ranking;
  }

  public long count() {
    return confusion.count();
  }
}
