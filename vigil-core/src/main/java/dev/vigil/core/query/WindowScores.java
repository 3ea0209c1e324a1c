package dev.vigil.core.query;

import dev.vigil.stats.estimate.CbpeEstimator;
import dev.vigil.stats.estimate.EstimatedConfusion;
import dev.vigil.stats.estimate.ExpectedCounts;
import dev.vigil.stats.estimate.IsotonicCalibrator;
import dev.vigil.stats.estimate.ProbabilityRanking;
import dev.vigil.stats.summary.NumericSummary;
import dev.vigil.stats.summary.PredictionSummary;
import dev.vigil.stats.summary.ValueCounts;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * The CBPE window ({@link EstimatedConfusion}) of the scores a window summary kept
 * (docs/ESTIMATION.md#live-estimation): the exact scores while the summary holds them (up to {@link
 * NumericSummary#EXACT_LIMIT}), which gives exactly what {@link CbpeEstimator#summarize} gives on
 * the scores; else each distinct score with its count (also exact, up to summation order); else
 * {@link #POINTS} quantiles of the sketch on each side of the threshold, each standing for an equal
 * share of that side's rows (the predicted positive and negative counts stay exact).
 */
final class WindowScores {

  /** Quantile points per side of the threshold when only a sketch of the scores is kept. */
  static final int POINTS = 256;

  private WindowScores() {}

  /** Whether the window's estimate is computed from the exact scores (or their exact counts). */
  static boolean exact(PredictionSummary scores) {
    NumericSummary s = scores.scores();
    return s.sortedValues().isPresent() || s.valueCounts().isPresent();
  }

  static EstimatedConfusion summarize(CbpeEstimator estimator, PredictionSummary scores) {
    NumericSummary s = scores.scores();
    Optional<double[]> sorted = s.sortedValues();
    if (sorted.isPresent()) {
      return estimator.summarize(sorted.get());
    }
    Weighted weighted = new Weighted(estimator);
    Optional<ValueCounts> counts = s.valueCounts();
    if (counts.isPresent()) {
      double[] values = counts.get().values();
      long[] n = counts.get().counts();
      for (int i = 0; i < values.length; i++) {
        weighted.add(values[i], n[i]);
      }
    } else {
      sketched(s, scores, weighted);
    }
    return weighted.confusion(s.count(), scores.predictedPositive());
  }

  /** Negatives fill the ranks below the predicted-negative share, positives those above. */
  private static void sketched(NumericSummary s, PredictionSummary scores, Weighted weighted) {
    double threshold = scores.threshold();
    long negatives = scores.predictedNegative();
    long positives = scores.predictedPositive();
    double negativeShare = (double) negatives / s.count();
    side(
        negatives,
        0,
        negativeShare,
        s,
        score -> Math.min(score, Math.nextDown(threshold)),
        weighted);
    side(positives, negativeShare, 1, s, score -> Math.max(score, threshold), weighted);
  }

  private static void side(
      long rows,
      double fromRank,
      double toRank,
      NumericSummary s,
      DoubleUnaryOperator clamp,
      Weighted weighted) {
    if (rows == 0) {
      return;
    }
    int points = (int) Math.min(rows, POINTS);
    for (int i = 0; i < points; i++) {
      long weight = (i + 1) * rows / points - i * rows / points;
      double rank = fromRank + (toRank - fromRank) * (i + 0.5) / points;
      double score = clamp.applyAsDouble(s.quantile(rank));
      weighted.add(Math.min(1, Math.max(0, score)), weight);
    }
  }

  /** Expected counts and probability bins of scores with integer weights. */
  private static final class Weighted {
    private final double threshold;
    private final IsotonicCalibrator calibrator;
    private final long[] binCounts = new long[ProbabilityRanking.BINS];
    private final double[] binSums = new double[ProbabilityRanking.BINS];
    private double tp;
    private double fp;
    private double tn;
    private double fn;

    Weighted(CbpeEstimator estimator) {
      this.threshold = estimator.threshold();
      this.calibrator = estimator.calibrator();
    }

    void add(double score, long weight) {
      double p = calibrator.calibrate(score);
      if (score >= threshold) {
        tp += weight * p;
        fp += weight * (1 - p);
      } else {
        fn += weight * p;
        tn += weight * (1 - p);
      }
      int bin =
          Math.min((int) Math.floor(ProbabilityRanking.BINS * p), ProbabilityRanking.BINS - 1);
      binCounts[bin] += weight;
      binSums[bin] += weight * p;
    }

    EstimatedConfusion confusion(long count, long predictedPositive) {
      return EstimatedConfusion.of(
          threshold,
          count,
          predictedPositive,
          new ExpectedCounts(tp, fp, tn, fn),
          ProbabilityRanking.ofBins(binCounts, binSums));
    }
  }
}
