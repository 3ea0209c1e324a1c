package dev.vigil.stats.metrics;

import java.util.Arrays;
import java.util.Objects;

/**
 * Exact (score, label) pairs in ascending order of score, then label, so that equal summaries have
 * equal pairs whatever the order of recording or merging. Immutable; arrays are copied in and out.
 */
public final class ScorePairs implements ScoreRanking {

  private static final ScorePairs EMPTY = new ScorePairs(new double[0], new byte[0]);

  private final double[] scores;
  private final byte[] labels;

  private ScorePairs(double[] scores, byte[] labels) {
    this.scores = scores;
    this.labels = labels;
  }

  public static ScorePairs empty() {
    return EMPTY;
  }

  /**
   * Validates and copies pairs already sorted by (score, label): scores finite in [0, 1], labels 0
   * or 1, arrays of equal length.
   */
  public static ScorePairs ofSorted(double[] scores, byte[] labels) {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(labels, "labels");
    if (scores.length != labels.length) {
      throw new IllegalArgumentException("labels: length differs from scores");
    }
    double[] copy = scores.clone();
    for (int i = 0; i < copy.length; i++) {
      LabelledRecorder.requireValid(copy[i], labels[i]);
      copy[i] += 0.0; // -0.0 becomes 0.0, as the recorder stores it
      if (i > 0 && compare(copy, labels, i - 1, copy[i], labels[i]) > 0) {
        throw new IllegalArgumentException("scores: not sorted by (score, label) at " + i);
      }
    }
    return new ScorePairs(copy, labels.clone());
  }

  /** Sorts unsorted pairs; takes ownership of nothing, the inputs are copied. */
  static ScorePairs sortedCopyOf(double[] scores, byte[] labels, int length) {
    long[] keys = new long[length];
    for (int i = 0; i < length; i++) {
      // Bit patterns of non-negative doubles sort like their values and those of [0, 1] fit in
      // 62 bits, so one left shift leaves room for the label as the tie-breaking lowest bit.
      keys[i] = (Double.doubleToLongBits(scores[i] + 0.0) << 1) | labels[i];
    }
    Arrays.sort(keys);
    double[] s = new double[length];
    byte[] l = new byte[length];
    for (int i = 0; i < length; i++) {
      s[i] = Double.longBitsToDouble(keys[i] >>> 1);
      l[i] = (byte) (keys[i] & 1);
    }
    return new ScorePairs(s, l);
  }

  private static int compare(double[] scores, byte[] labels, int i, double score, byte label) {
    int c = Double.compare(scores[i], score);
    return c != 0 ? c : Byte.compare(labels[i], label);
  }

  /** The sorted union of both pairs. */
  ScorePairs merge(ScorePairs other) {
    int n = scores.length + other.scores.length;
    double[] s = new double[n];
    byte[] l = new byte[n];
    int i = 0;
    int j = 0;
    for (int k = 0; k < n; k++) {
      boolean takeThis =
          j == other.scores.length
              || (i < scores.length
                  && compare(scores, labels, i, other.scores[j], other.labels[j]) <= 0);
      if (takeThis) {
        s[k] = scores[i];
        l[k] = labels[i++];
      } else {
        s[k] = other.scores[j];
        l[k] = other.labels[j++];
      }
    }
    return new ScorePairs(s, l);
  }

  public double[] scores() {
    return scores.clone();
  }

  public byte[] labels() {
    return labels.clone();
  }

  @Override
  public long count() {
    return scores.length;
  }

  @Override
  public boolean exact() {
    return true;
  }

  @Override
  public ScoreHistogram toHistogram() {
    return ScoreHistogram.empty().plus(scores, labels, scores.length);
  }

  /** The curve over groups of equal scores, highest first. */
  RankingCurve curve() {
    int n = scores.length;
    long[] pos = new long[n];
    long[] neg = new long[n];
    int groups = 0;
    for (int i = n - 1; i >= 0; i--) {
      if (i == n - 1 || scores[i] != scores[i + 1]) {
        groups++;
      }
      if (labels[i] == 1) {
        pos[groups - 1]++;
      } else {
        neg[groups - 1]++;
      }
    }
    return RankingCurve.sweep(pos, neg, groups);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScorePairs other
        && Arrays.equals(scores, other.scores)
        && Arrays.equals(labels, other.labels);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(scores) + Arrays.hashCode(labels);
  }
}
