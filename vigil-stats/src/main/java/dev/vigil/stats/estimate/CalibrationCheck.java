package dev.vigil.stats.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * NannyML's rule for whether isotonic calibration helps ({@code nannyml.calibration
 * .needs_calibration}): never with a single class or a reference ROC AUC above 0.999; otherwise
 * over 10 stratified shuffle splits (10% test), a calibrator is fitted on each training part and
 * applied to its test part, and calibration is needed when the expected calibration error of all
 * test parts together, in 10 equal-count bins of sorted scores, is lower after than before.
 *
 * <p>The splits come from {@link SplittableRandom} seeded with {@link #DEFAULT_SEED}, not from
 * numpy's generator, so the test parts differ from NannyML's; the decision agrees with NannyML's
 * whenever the ECE gap is not at the mercy of the draw (checked on the reference fixtures).
 */
public final class CalibrationCheck {

  public static final long DEFAULT_SEED = 42L;
  static final int SPLITS = 10;
  static final double TEST_FRACTION = 0.1;
  static final int BINS = 10;
  static final double NEAR_PERFECT_AUC = 0.999;

  private CalibrationCheck() {}

  /** The decision with the default seed. */
  public static boolean needsCalibration(double[] scores, int[] labels) {
    return needsCalibration(scores, labels, DEFAULT_SEED);
  }

  /**
   * Whether calibrating these reference rows lowers the expected calibration error.
   *
   * @throws IllegalArgumentException for non-finite scores, bad labels, or too few rows to split
   */
  public static boolean needsCalibration(double[] scores, int[] labels, long seed) {
    LabelledScores rows = LabelledScores.of(scores, labels);
    long positives = rows.positives();
    if (positives == 0 || positives == rows.size() || rows.rocAuc() > NEAR_PERFECT_AUC) {
      return false;
    }
    int n = rows.size();
    int testSize = (int) Math.ceil(TEST_FRACTION * n);
    if (testSize < 2 || n - testSize < 2) {
      throw new IllegalArgumentException("scores: " + n + " rows are too few to split");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Double> raw = new ArrayList<>();
    List<Double> calibrated = new ArrayList<>();
    List<Integer> truth = new ArrayList<>();
    for (int s = 0; s < SPLITS; s++) {
      boolean[] inTest = stratifiedTestMask(labels, positives, testSize, random);
      IsotonicCalibrator calibrator = fitOn(rows, inTest, false);
      for (int i = 0; i < n; i++) {
        if (inTest[i]) {
          raw.add(scores[i]);
          calibrated.add(calibrator.calibrate(scores[i]));
          truth.add(labels[i]);
        }
      }
    }
    int[] y = truth.stream().mapToInt(Integer::intValue).toArray();
    double before = expectedCalibrationError(toArray(raw), y);
    double after = expectedCalibrationError(toArray(calibrated), y);
    return before > after;
  }

  private static double[] toArray(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static IsotonicCalibrator fitOn(LabelledScores rows, boolean[] mask, boolean keep) {
    int count = 0;
    for (boolean m : mask) {
      count += m == keep ? 1 : 0;
    }
    double[] s = new double[count];
    int[] l = new int[count];
    int k = 0;
    for (int i = 0; i < mask.length; i++) {
      if (mask[i] == keep) {
        s[k] = rows.scores()[i];
        l[k++] = rows.labels()[i];
      }
    }
    return IsotonicCalibrator.fit(s, l);
  }

  /** A test part with each class in proportion (largest remainder), drawn without replacement. */
  static boolean[] stratifiedTestMask(
      int[] labels, long positives, int testSize, SplittableRandom random) {
    int n = labels.length;
    double exactPositives = (double) testSize * positives / n;
    int testPositives = (int) Math.floor(exactPositives);
    if (exactPositives - testPositives > 0.5) {
      testPositives++;
    }
    testPositives = Math.max(1, Math.min(testPositives, testSize - 1));
    boolean[] mask = new boolean[n];
    pick(labels, 1, testPositives, mask, random);
    pick(labels, 0, testSize - testPositives, mask, random);
    return mask;
  }

  private static void pick(int[] labels, int label, int count, boolean[] mask, SplittableRandom r) {
    int[] members = new int[labels.length];
    int m = 0;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] == label) {
        members[m++] = i;
      }
    }
    for (int k = 0; k < count; k++) { // partial Fisher-Yates
      int j = k + r.nextInt(m - k);
      int chosen = members[j];
      members[j] = members[k];
      members[k] = chosen;
      mask[chosen] = true;
    }
  }

  /**
   * ECE over equal-count bins of rows sorted by score (NannyML's {@code _get_bin_index_edges}:
   * width {@code n / bins} with {@code bins} lowered to {@code n / 2} when {@code n <= 2 bins}, as
   * many bins of that width as fit, the last one taking the rest).
   */
  static double expectedCalibrationError(double[] scores, int[] labels) {
    int n = scores.length;
    int bins = n <= 2 * BINS ? n / 2 : BINS;
    if (bins < 2) {
      throw new IllegalArgumentException("scores: cannot split " + n + " rows into 2 bins");
    }
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
    int width = n / bins;
    int binsOfWidth = n / width;
    double ece = 0;
    for (int b = 0; b < binsOfWidth; b++) {
      int from = b * width;
      int to = b == binsOfWidth - 1 ? n : from + width;
      double scoreSum = 0;
      double labelSum = 0;
      for (int i = from; i < to; i++) {
        scoreSum += scores[order[i]];
        labelSum += labels[order[i]];
      }
      int size = to - from;
      ece += (double) size / n * Math.abs(scoreSum / size - labelSum / size);
    }
    return ece;
  }
}
