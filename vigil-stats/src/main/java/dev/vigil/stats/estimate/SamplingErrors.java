package dev.vigil.stats.estimate;

import dev.vigil.stats.metrics.ConfusionCounts;
import java.util.EnumMap;
import java.util.Map;

/**
 * NannyML's sampling-error model ({@code nannyml.sampling_error.binary_classification}): from the
 * labelled reference, per metric, the standard deviation {@code σ} of a per-row contribution and
 * the fraction {@code f} of rows that contribute; the standard error of the metric on a window of
 * {@code n} rows is {@code σ / sqrt(n·f)}. Contributions: accuracy, 1 per correct row (f = 1);
 * precision, 1 per TP and 0 per FP; recall, TP vs FN; specificity, TN vs FP; F1, TP vs FP and FN
 * scaled by {@code (TP+FP+FN) / (TP + ½(FP+FN))}; ROC AUC, for each positive the share of negatives
 * ranked below it (after swapping classes when positives are the majority), f the positive rate.
 */
public final class SamplingErrors {

  private final Map<EstimatedMetric, double[]> components; // metric -> {σ, f}

  private SamplingErrors(Map<EstimatedMetric, double[]> components) {
    this.components = components;
  }

  static SamplingErrors of(LabelledScores reference, double threshold) {
    ConfusionCounts counts = reference.confusionAt(threshold);
    long tp = counts.truePositives();
    long fp = counts.falsePositives();
    long tn = counts.trueNegatives();
    long fn = counts.falseNegatives();
    double n = reference.size();
    Map<EstimatedMetric, double[]> c = new EnumMap<>(EstimatedMetric.class);
    c.put(EstimatedMetric.ACCURACY, new double[] {binaryStd(tp + tn, tp + tn + fp + fn), 1.0});
    c.put(EstimatedMetric.PRECISION, new double[] {binaryStd(tp, tp + fp), (tp + fp) / n});
    c.put(EstimatedMetric.RECALL, new double[] {binaryStd(tp, tp + fn), (tp + fn) / n});
    c.put(EstimatedMetric.SPECIFICITY, new double[] {binaryStd(tn, tn + fp), (tn + fp) / n});
    double relevant = tp + fp + fn;
    double f1Scale = relevant / ((fp + fn) * 0.5 + tp);
    c.put(EstimatedMetric.F1, new double[] {f1Scale * binaryStd(tp, tp + fp + fn), relevant / n});
    c.put(EstimatedMetric.ROC_AUC, rocAucComponents(reference));
    return new SamplingErrors(c);
  }

  /** The population standard deviation of {@code ones} ones among {@code size} values. */
  private static double binaryStd(long ones, long size) {
    if (size == 0) {
      return Double.NaN;
    }
    double q = (double) ones / size;
    return Math.sqrt(q * (1 - q));
  }

  private static double[] rocAucComponents(LabelledScores reference) {
    boolean swap = 2 * reference.positives() > reference.size();
    double[] scores = reference.scores().clone();
    int[] labels = reference.labels().clone();
    for (int i = 0; swap && i < scores.length; i++) {
      scores[i] = 1 - scores[i];
      labels[i] = 1 - labels[i];
    }
    LabelledScores rows = new LabelledScores(scores, labels);
    int[] order = rows.orderByScoreThenLabel();
    long positives = rows.positives();
    long negatives = rows.size() - positives;
    // NannyML lists the distinct non-zero ranks of positives, so a positive ranked first is left
    // out and the later ones are credited one negative more; kept for agreement.
    double sum = 0;
    double sumSquares = 0;
    int kept = 0;
    for (int rank = 1; rank < order.length; rank++) {
      if (labels[order[rank]] == 1) {
        double share = (double) (rank - kept) / negatives;
        sum += share;
        sumSquares += share * share;
        kept++;
      }
    }
    double mean = sum / kept;
    double std = Math.sqrt(Math.max(0.0, sumSquares / kept - mean * mean));
    return new double[] {std, (double) positives / rows.size()};
  }

  /** The standard error of a metric on a window of {@code n} rows; NaN for no rows. */
  public double standardError(EstimatedMetric metric, long n) {
    double[] c = components.get(metric);
    return n == 0 ? Double.NaN : c[0] / Math.sqrt(n * c[1]);
  }
}
