package dev.vigil.core.window;

import java.util.Arrays;
import java.util.Objects;

/**
 * The (score, label) pairs of a reference's rows that had both, in row order, kept so that
 * performance can be estimated without labels (CBPE, docs/ESTIMATION.md#live-estimation): all of
 * them up to {@link #CAPACITY}, else a seeded uniform sample of that many.
 *
 * <p>Invariants: scores and labels have the same length, at most {@link #CAPACITY}; scores are in
 * [0, 1]; labels are 0 or 1; {@code seen} (the rows that had both) is at least the length.
 */
public record LabelledScoreSample(long seen, double[] scores, int[] labels) {

  /** The most pairs a reference keeps. */
  public static final int CAPACITY = 20_000;

  private static final LabelledScoreSample NONE =
      new LabelledScoreSample(0, new double[0], new int[0]);

  public LabelledScoreSample {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(labels, "labels");
    if (scores.length != labels.length) {
      throw new IllegalArgumentException("labels: length differs from scores");
    }
    if (scores.length > CAPACITY) {
      throw new IllegalArgumentException("scores: more than " + CAPACITY + " pairs");
    }
    if (seen < scores.length) {
      throw new IllegalArgumentException("seen: " + seen + " is fewer than the pairs kept");
    }
    scores = scores.clone();
    labels = labels.clone();
    for (int i = 0; i < scores.length; i++) {
      if (!(scores[i] >= 0 && scores[i] <= 1)) {
        throw new IllegalArgumentException("scores: must be in [0, 1], got " + scores[i]);
      }
      if (labels[i] != 0 && labels[i] != 1) {
        throw new IllegalArgumentException("labels: must be 0 or 1, got " + labels[i]);
      }
    }
  }

  /** No pairs: the reference had no score or no target column (or was stored before v2). */
  public static LabelledScoreSample none() {
    return NONE;
  }

  /**
   * The sample a reference keeps of these pairs (in row order): all of them up to {@link
   * #CAPACITY}, else the same seeded uniform sample a reference upload keeps.
   *
   * @throws IllegalArgumentException for a score outside [0, 1] or a label other than 0 and 1
   */
  public static LabelledScoreSample sampleOf(double[] scores, int[] labels) {
    if (scores.length != labels.length) {
      throw new IllegalArgumentException("labels: length differs from scores");
    }
    LabelledScoreSampler sampler = new LabelledScoreSampler();
    for (int i = 0; i < scores.length; i++) {
      sampler.add(scores[i], labels[i]);
    }
    return sampler.sample();
  }

  public int size() {
    return scores.length;
  }

  public boolean isEmpty() {
    return scores.length == 0;
  }

  /** How many of the pairs are positive. */
  public long positives() {
    return Arrays.stream(labels).filter(l -> l == 1).count();
  }

  @Override
  public double[] scores() {
    return scores.clone();
  }

  @Override
  public int[] labels() {
    return labels.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LabelledScoreSample other
        && seen == other.seen
        && Arrays.equals(scores, other.scores)
        && Arrays.equals(labels, other.labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(seen, Arrays.hashCode(scores), Arrays.hashCode(labels));
  }

  @Override
  public String toString() {
    return "LabelledScoreSample[seen=" + seen + ", kept=" + scores.length + "]";
  }
}
