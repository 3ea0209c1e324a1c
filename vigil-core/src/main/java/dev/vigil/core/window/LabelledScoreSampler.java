package dev.vigil.core.window;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Keeps a uniform sample of at most {@link LabelledScoreSample#CAPACITY} (score, label) pairs of a
 * stream of rows (reservoir sampling, algorithm R, seeded with {@link #SEED} so that the same rows
 * give the same sample), and gives it back in row order: CBPE's alert limits come from consecutive
 * chunks of the reference. Not thread-safe.
 */
final class LabelledScoreSampler {

  /** The seed of the sample, fixed so that a reference uploaded twice keeps the same pairs. */
  static final long SEED = 20_261_123L;

  private final int capacity;
  private final SplittableRandom random = new SplittableRandom(SEED);
  private final long[] rows;
  private final double[] scores;
  private final int[] labels;
  private long seen;

  LabelledScoreSampler() {
    this(LabelledScoreSample.CAPACITY);
  }

  LabelledScoreSampler(int capacity) {
    this.capacity = capacity;
    this.rows = new long[capacity];
    this.scores = new double[capacity];
    this.labels = new int[capacity];
  }

  void add(double score, int label) {
    long index = seen++;
    int slot;
    if (index < capacity) {
      slot = (int) index;
    } else {
      long pick = random.nextLong(index + 1);
      if (pick >= capacity) {
        return;
      }
      slot = (int) pick;
    }
    rows[slot] = index;
    scores[slot] = score;
    labels[slot] = label;
  }

  LabelledScoreSample sample() {
    int kept = (int) Math.min(seen, capacity);
    Integer[] order = new Integer[kept];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Long.compare(rows[a], rows[b]));
    double[] s = new double[kept];
    int[] l = new int[kept];
    for (int i = 0; i < kept; i++) {
      s[i] = scores[order[i]];
      l[i] = labels[order[i]];
    }
    return new LabelledScoreSample(seen, s, l);
  }
}
