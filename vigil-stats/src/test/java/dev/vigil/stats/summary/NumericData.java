package dev.vigil.stats.summary;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Deterministic numeric test columns of several shapes, generated from a seed. */
final class NumericData {

  /** Shapes of column: few distinct integers, continuous, with special values, bimodal. */
  static final int SHAPES = 4;

  private NumericData() {}

  static double[] column(long seed, int size, int shape) {
    SplittableRandom random = new SplittableRandom(seed);
    int levels = 1 + random.nextInt(20);
    double[] values = new double[size];
    for (int i = 0; i < size; i++) {
      values[i] =
          switch (shape) {
            case 0 -> random.nextInt(levels);
            case 1 -> 1e3 + 50 * gaussian(random);
            case 2 -> special(random);
            default -> random.nextBoolean() ? gaussian(random) : 1e6 + gaussian(random);
          };
    }
    return values;
  }

  private static double special(SplittableRandom random) {
    double u = random.nextDouble();
    if (u < 0.1) {
      return Double.NaN;
    }
    if (u < 0.12) {
      return random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
    if (u < 0.17) {
      return random.nextBoolean() ? -0.0 : 0.0;
    }
    return random.nextInt(200) - 100;
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller; SplittableRandom has no nextGaussian on Java 17.
    double u = 1.0 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  /** The finite values, -0.0 folded into 0.0, ascending: what an exact summary must hold. */
  static double[] finiteSorted(double[] values) {
    double[] finite =
        Arrays.stream(values).filter(Double::isFinite).map(v -> v + 0.0).sorted().toArray();
    return finite;
  }

  static NumericSummary summarize(double[] values, int from, int to) {
    NumericRecorder recorder = new NumericRecorder();
    for (int i = from; i < to; i++) {
      recorder.record(values[i]);
    }
    return recorder.summary();
  }
}
