package dev.vigil.stats.metrics;

import dev.vigil.stats.sum.CompensatedSum;
import dev.vigil.stats.sum.RunningSum;

/**
 * The mergeable sufficient statistics of labelled scores, accumulated row by row without
 * allocation: confusion counts at the threshold, loss sums and calibration bins. Shared by the
 * recorder and the raw-array path so that both give bit-identical sums for the same rows.
 */
final class LabelledAccumulator {

  private final double threshold;
  private long truePositives;
  private long falsePositives;
  private long trueNegatives;
  private long falseNegatives;
  private final RunningSum logLoss = new RunningSum();
  private final RunningSum logLossSquared = new RunningSum();
  private final RunningSum brier = new RunningSum();
  private final RunningSum brierSquared = new RunningSum();
  private final long[] binCounts = new long[CalibrationBins.BINS];
  private final RunningSum[] binScores = new RunningSum[CalibrationBins.BINS];
  private final long[] binLabels = new long[CalibrationBins.BINS];

  LabelledAccumulator(double threshold) {
    this.threshold = threshold;
    for (int b = 0; b < binScores.length; b++) {
      binScores[b] = new RunningSum();
    }
  }

  /** Adds one row; the caller has validated it. */
  void add(double score, int label) {
    boolean predictedPositive = score >= threshold;
    if (label == 1) {
      if (predictedPositive) {
        truePositives++;
      } else {
        falseNegatives++;
      }
    } else if (predictedPositive) {
      falsePositives++;
    } else {
      trueNegatives++;
    }
    double log = LossSums.logLoss(score, label);
    logLoss.add(log);
    logLossSquared.add(log * log);
    double squaredError = LossSums.brier(score, label);
    brier.add(squaredError);
    brierSquared.add(squaredError * squaredError);
    int bin = CalibrationBins.binOf(score);
    binCounts[bin]++;
    binScores[bin].add(score);
    binLabels[bin] += label;
  }

  ConfusionCounts confusion() {
    return new ConfusionCounts(truePositives, falsePositives, trueNegatives, falseNegatives);
  }

  LossSums losses() {
    return new LossSums(
        logLoss.toSum(), logLossSquared.toSum(), brier.toSum(), brierSquared.toSum());
  }

  CalibrationBins calibrationBins() {
    CompensatedSum[] sums = new CompensatedSum[CalibrationBins.BINS];
    for (int b = 0; b < sums.length; b++) {
      sums[b] = binScores[b].toSum();
    }
    return CalibrationBins.of(binCounts, sums, binLabels);
  }
}
