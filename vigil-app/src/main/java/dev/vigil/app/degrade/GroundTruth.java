package dev.vigil.app.degrade;

import java.util.SplittableRandom;

/**
 * Manufactured labels: in each period of the schedule exactly {@link AccuracySchedule#correct(int)}
 * rows, drawn at random (seeded), get their prediction as label and the others the opposite class,
 * so the log's predictions score exactly that accuracy on them.
 */
final class GroundTruth {

  private GroundTruth() {}

  static int[] of(int[] predictions, AccuracySchedule schedule, long seed) {
    if (predictions.length != schedule.rows()) {
      throw new IllegalArgumentException("predictions: one per row of the schedule");
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] labels = new int[predictions.length];
    for (int p = 0; p < schedule.periods(); p++) {
      int from = schedule.startRow(p);
      int[] order = shuffled(from, schedule.endRow(p), random);
      int correct = schedule.correct(p);
      for (int k = 0; k < order.length; k++) {
        int row = order[k];
        labels[row] = k < correct ? predictions[row] : 1 - predictions[row];
      }
    }
    return labels;
  }

  /** The rows {@code [from, to)} in a Fisher–Yates order. */
  private static int[] shuffled(int from, int to, SplittableRandom random) {
    int[] rows = new int[to - from];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = from + i;
    }
    for (int i = rows.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = rows[i];
      rows[i] = rows[j];
      rows[j] = t;
    }
    return rows;
  }
}
