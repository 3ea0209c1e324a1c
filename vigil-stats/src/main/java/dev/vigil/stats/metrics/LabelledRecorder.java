package dev.vigil.stats.metrics;

import dev.vigil.stats.summary.DecisionThreshold;
import java.util.Arrays;

/**
 * Records (score, label) rows of a binary classifier on one thread and freezes them into a {@link
 * LabelledSummary}. Keeps the exact pairs while there are at most {@link
 * LabelledSummary#EXACT_LIMIT}, then switches to a score histogram per class.
 */
public final class LabelledRecorder {

  private final double threshold;
  private final LabelledAccumulator accumulator;
  private double[] scores = new double[64];
  private byte[] labels = new byte[64];
  private int size;
  private long[] histogramPositives; // non-null once past the exact limit
  private long[] histogramNegatives;

  /** A recorder predicting 1 when {@code score >= threshold}; the threshold is in [0, 1]. */
  public LabelledRecorder(double threshold) {
    this.threshold = DecisionThreshold.require(threshold);
    this.accumulator = new LabelledAccumulator(threshold);
  }

  /** A recorder at the default threshold 0.5. */
  public LabelledRecorder() {
    this(LabelledSummary.DEFAULT_THRESHOLD);
  }

  /**
   * Records one row.
   *
   * @param score the predicted probability of class 1, finite in [0, 1]
   * @param label the true class, 0 or 1
   * @throws IllegalArgumentException naming {@code score} or {@code label} when out of range
   */
  public void record(double score, int label) {
    requireValid(score, label);
    double s = score + 0.0; // -0.0 becomes 0.0, so equal scores have equal bits
    accumulator.add(s, label);
    if (histogramPositives == null && size == LabelledSummary.EXACT_LIMIT) {
      switchToHistogram();
    }
    if (histogramPositives != null) {
      (label == 1 ? histogramPositives : histogramNegatives)[ScoreHistogram.binOf(s)]++;
    } else {
      appendPair(s, label);
    }
  }

  private void appendPair(double score, int label) {
    if (size == scores.length) {
      scores = Arrays.copyOf(scores, 2 * size);
      labels = Arrays.copyOf(labels, 2 * size);
    }
    scores[size] = score;
    labels[size++] = (byte) label;
  }

  private void switchToHistogram() {
    ScoreHistogram histogram = ScoreHistogram.empty().plus(scores, labels, size);
    histogramPositives = histogram.positives();
    histogramNegatives = histogram.negatives();
    scores = null;
    labels = null;
  }

  static void requireValid(double score, int label) {
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score: must be finite in [0, 1], got " + score);
    }
    if (label != 0 && label != 1) {
      throw new IllegalArgumentException("label: must be 0 or 1, got " + label);
    }
  }

  /** An immutable snapshot of everything recorded so far; recording may continue. */
  public LabelledSummary summary() {
    ScoreRanking ranking =
        histogramPositives != null
            ? ScoreHistogram.of(histogramPositives, histogramNegatives)
            : ScorePairs.sortedCopyOf(scores, labels, size);
    return LabelledSummary.of(
        threshold,
        accumulator.confusion(),
        accumulator.losses(),
        accumulator.calibrationBins(),
        ranking);
  }
}
