package dev.vigil.stats.metrics;

/**
 * Confusion matrix counts of binary predictions at a decision threshold. All counts are
 * non-negative.
 *
 * @param truePositives label 1, predicted 1
 * @param falsePositives label 0, predicted 1
 * @param trueNegatives label 0, predicted 0
 * @param falseNegatives label 1, predicted 0
 */
public record ConfusionCounts(
    long truePositives, long falsePositives, long trueNegatives, long falseNegatives) {

  public static final ConfusionCounts EMPTY = new ConfusionCounts(0, 0, 0, 0);

  public ConfusionCounts {
    requireNonNegative(truePositives, "truePositives");
    requireNonNegative(falsePositives, "falsePositives");
    requireNonNegative(trueNegatives, "trueNegatives");
    requireNonNegative(falseNegatives, "falseNegatives");
  }

  private static void requireNonNegative(long count, String field) {
    if (count < 0) {
      throw new IllegalArgumentException(field + ": negative " + count);
    }
  }

  public long count() {
    return truePositives + falsePositives + trueNegatives + falseNegatives;
  }

  /** Rows whose true label is 1. */
  public long positives() {
    return truePositives + falseNegatives;
  }

  /** Rows whose true label is 0. */
  public long negatives() {
    return trueNegatives + falsePositives;
  }

  /** Rows predicted 1. */
  public long predictedPositives() {
    return truePositives + falsePositives;
  }

  public ConfusionCounts plus(ConfusionCounts other) {
    return new ConfusionCounts(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        trueNegatives + other.trueNegatives,
        falseNegatives + other.falseNegatives);
  }
}
