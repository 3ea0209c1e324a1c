package dev.vigil.stats.estimate;

import dev.vigil.stats.metrics.ConfusionCounts;
import java.util.Arrays;
import java.util.Objects;

/** Validated reference rows: finite scores with 0/1 labels, of equal length. */
record LabelledScores(double[] scores, int[] labels) {

  static LabelledScores of(double[] scores, int[] labels) {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(labels, "labels");
    if (scores.length != labels.length) {
      throw new IllegalArgumentException("labels: length differs from scores");
    }
    for (int i = 0; i < scores.length; i++) {
      if (!Double.isFinite(scores[i])) {
        throw new IllegalArgumentException("scores: not finite at " + i + ": " + scores[i]);
      }
      if (labels[i] != 0 && labels[i] != 1) {
        throw new IllegalArgumentException("labels: must be 0 or 1, got " + labels[i] + " at " + i);
      }
    }
    return new LabelledScores(scores.clone(), labels.clone());
  }

  int size() {
    return scores.length;
  }

  long positives() {
    long p = 0;
    for (int label : labels) {
      p += label;
    }
    return p;
  }

  /** The confusion counts of the predictions {@code score >= threshold}. */
  ConfusionCounts confusionAt(double threshold) {
    long tp = 0;
    long fp = 0;
    long tn = 0;
    long fn = 0;
    for (int i = 0; i < scores.length; i++) {
      boolean predicted = scores[i] >= threshold;
      boolean actual = labels[i] == 1;
      if (predicted) {
        tp += actual ? 1 : 0;
        fp += actual ? 0 : 1;
      } else {
        fn += actual ? 1 : 0;
        tn += actual ? 0 : 1;
      }
    }
    return new ConfusionCounts(tp, fp, tn, fn);
  }

  /** Row indices in ascending (score, label) order. */
  int[] orderByScoreThenLabel() {
    Integer[] order = new Integer[scores.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(
        order,
        (a, b) -> {
          int c = Double.compare(scores[a] + 0.0, scores[b] + 0.0);
          return c != 0 ? c : Integer.compare(labels[a], labels[b]);
        });
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  double[] scoresByScoreThenLabel() {
    int[] order = orderByScoreThenLabel();
    double[] out = new double[order.length];
    Arrays.setAll(out, i -> scores[order[i]]);
    return out;
  }

  int[] labelsByScoreThenLabel() {
    int[] order = orderByScoreThenLabel();
    int[] out = new int[order.length];
    Arrays.setAll(out, i -> labels[order[i]]);
    return out;
  }

  /** The rows {@code from..to-1}. */
  LabelledScores slice(int from, int to) {
    return new LabelledScores(
        Arrays.copyOfRange(scores, from, to), Arrays.copyOfRange(labels, from, to));
  }

  /**
   * Exact ROC AUC (Mann-Whitney, ties count ½), NaN when a class is missing, as scikit-learn's
   * {@code roc_auc_score}.
   */
  double rocAuc() {
    int[] order = orderByScoreThenLabel();
    long positives = positives();
    long negatives = size() - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    double concordant = 0;
    long negativesBelow = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      long tiedPos = 0;
      long tiedNeg = 0;
      while (j < order.length && scores[order[j]] == scores[order[i]]) {
        if (labels[order[j++]] == 1) {
          tiedPos++;
        } else {
          tiedNeg++;
        }
      }
      concordant += tiedPos * (negativesBelow + 0.5 * tiedNeg);
      negativesBelow += tiedNeg;
      i = j;
    }
    return concordant / ((double) positives * negatives);
  }
}
