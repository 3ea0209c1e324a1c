package dev.vigil.stats.metrics;

import java.util.Arrays;
import java.util.Objects;

/**
 * Counts of rows per true class in 1000 equal-width score bins, bin of {@code s} = {@code
 * min(floor(1000 s), 999)}. Scores in one bin count as ties, so AUCs from it are approximate.
 * Immutable; arrays are copied in and out.
 */
public final class ScoreHistogram implements ScoreRanking {

  /** The number of score bins. */
  public static final int BINS = 1000;

  private static final ScoreHistogram EMPTY = new ScoreHistogram(new long[BINS], new long[BINS]);

  private final long[] positives;
  private final long[] negatives;

  private ScoreHistogram(long[] positives, long[] negatives) {
    this.positives = positives;
    this.negatives = negatives;
  }

  public static ScoreHistogram empty() {
    return EMPTY;
  }

  /** Validates and copies: 1000 non-negative counts per class. */
  public static ScoreHistogram of(long[] positives, long[] negatives) {
    requireCounts(positives, "positives");
    requireCounts(negatives, "negatives");
    return new ScoreHistogram(positives.clone(), negatives.clone());
  }

  private static void requireCounts(long[] counts, String field) {
    Objects.requireNonNull(counts, field);
    if (counts.length != BINS) {
      throw new IllegalArgumentException(field + ": length " + counts.length + ", expected 1000");
    }
    for (long c : counts) {
      if (c < 0) {
        throw new IllegalArgumentException(field + ": negative count " + c);
      }
    }
  }

  /** The histogram bin of a score in [0, 1]. */
  static int binOf(double score) {
    return Math.min((int) Math.floor(BINS * score), BINS - 1);
  }

  /** This histogram plus the first {@code length} pairs. */
  ScoreHistogram plus(double[] scores, byte[] labels, int length) {
    long[] pos = positives.clone();
    long[] neg = negatives.clone();
    for (int i = 0; i < length; i++) {
      (labels[i] == 1 ? pos : neg)[binOf(scores[i])]++;
    }
    return new ScoreHistogram(pos, neg);
  }

  ScoreHistogram plus(ScoreHistogram other) {
    long[] pos = new long[BINS];
    long[] neg = new long[BINS];
    for (int b = 0; b < BINS; b++) {
      pos[b] = positives[b] + other.positives[b];
      neg[b] = negatives[b] + other.negatives[b];
    }
    return new ScoreHistogram(pos, neg);
  }

  public long[] positives() {
    return positives.clone();
  }

  public long[] negatives() {
    return negatives.clone();
  }

  @Override
  public long count() {
    long n = 0;
    for (int b = 0; b < BINS; b++) {
      n += positives[b] + negatives[b];
    }
    return n;
  }

  @Override
  public boolean exact() {
    return false;
  }

  @Override
  public ScoreHistogram toHistogram() {
    return this;
  }

  /** The curve over bins, highest first. */
  RankingCurve curve() {
    long[] pos = new long[BINS];
    long[] neg = new long[BINS];
    for (int b = 0; b < BINS; b++) {
      pos[b] = positives[BINS - 1 - b];
      neg[b] = negatives[BINS - 1 - b];
    }
    return RankingCurve.sweep(pos, neg, BINS);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreHistogram other
        && Arrays.equals(positives, other.positives)
        && Arrays.equals(negatives, other.negatives);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(positives) + Arrays.hashCode(negatives);
  }
}
