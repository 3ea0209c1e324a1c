package dev.vigil.stats.metrics;

import java.util.Random;

/**
 * Random labelled rows for property tests, drawn from a seed in one of several shapes: spread-out
 * scores, heavy ties, scores crowded into a few histogram bins, and bins in which every positive
 * outranks every negative (the worst case for the histogram bounds).
 */
record LabelledRows(double[] scores, int[] labels) {

  static LabelledRows generate(long seed, int size) {
    Random random = new Random(seed);
    int shape = random.nextInt(5);
    double positiveRate = random.nextDouble();
    double[] scores = new double[size];
    int[] labels = new int[size];
    for (int i = 0; i < size; i++) {
      labels[i] = random.nextDouble() < positiveRate ? 1 : 0;
      scores[i] = score(shape, labels[i], random);
    }
    return new LabelledRows(scores, labels);
  }

  private static double score(int shape, int label, Random random) {
    double u = random.nextDouble();
    switch (shape) {
      case 0:
        return Math.min(1.0, 0.25 * label + 0.75 * u);
      case 1:
        return Math.round(u * 20) / 20.0;
      case 2:
        return 0.5 + 0.004 * u + 0.001 * label;
      case 3:
        // Inside each of a few bins, positives sit at its top and negatives at its bottom.
        return (300 + random.nextInt(3)) / 1000.0 + (label == 1 ? 0.0009 : 0.0001 * u);
      default:
        return random.nextInt(10) == 0 ? label : u;
    }
  }

  LabelledSummary summarize(double threshold, int from, int to) {
    LabelledRecorder recorder = new LabelledRecorder(threshold);
    for (int i = from; i < to; i++) {
      recorder.record(scores[i], labels[i]);
    }
    return recorder.summary();
  }

  int size() {
    return scores.length;
  }
}
