package dev.vigil.stats.codec;

import dev.vigil.stats.metrics.CalibrationBins;
import dev.vigil.stats.metrics.ConfusionCounts;
import dev.vigil.stats.metrics.LabelledSummary;
import dev.vigil.stats.metrics.LossSums;
import dev.vigil.stats.metrics.ScoreHistogram;
import dev.vigil.stats.metrics.ScorePairs;
import dev.vigil.stats.metrics.ScoreRanking;
import dev.vigil.stats.sum.CompensatedSum;

/**
 * Body layout of a {@link LabelledSummary}, format version 1, little-endian. A compensated sum is
 * written as two doubles, the rounded sum then its compensation.
 *
 * <pre>
 * double threshold
 * long truePositives, long falsePositives, long trueNegatives, long falseNegatives
 * 4 compensated sums: logLoss, logLossSquared, brier, brierSquared
 * calibration bins: 10 long counts, 10 compensated score sums, 10 long label sums
 * byte form: 0 exact pairs | 1 score histogram
 *   0: int n (<= EXACT_LIMIT), n doubles scores, n bytes labels (0 or 1),
 *      sorted by (score, label)
 *   1: 1000 long positive counts, 1000 long negative counts, by score bin
 * </pre>
 */
final class LabelledSummaryLayout {

  private static final int EXACT = 0;
  private static final int HISTOGRAM = 1;

  private LabelledSummaryLayout() {}

  static void write(ByteWriter out, LabelledSummary summary) {
    out.writeDouble(summary.threshold());
    ConfusionCounts c = summary.confusion();
    out.writeLong(c.truePositives());
    out.writeLong(c.falsePositives());
    out.writeLong(c.trueNegatives());
    out.writeLong(c.falseNegatives());
    LossSums losses = summary.losses();
    writeSum(out, losses.logLoss());
    writeSum(out, losses.logLossSquared());
    writeSum(out, losses.brier());
    writeSum(out, losses.brierSquared());
    CalibrationBins bins = summary.calibrationBins();
    out.writeLongs(bins.counts());
    for (CompensatedSum sum : bins.scoreSums()) {
      writeSum(out, sum);
    }
    out.writeLongs(bins.labelSums());
    if (summary.ranking() instanceof ScorePairs pairs) {
      out.writeByte(EXACT);
      out.writeInt((int) pairs.count());
      out.writeDoubles(pairs.scores());
      out.writeBytes(pairs.labels());
    } else {
      ScoreHistogram histogram = (ScoreHistogram) summary.ranking();
      out.writeByte(HISTOGRAM);
      out.writeLongs(histogram.positives());
      out.writeLongs(histogram.negatives());
    }
  }

  private static void writeSum(ByteWriter out, CompensatedSum sum) {
    out.writeDouble(sum.sum());
    out.writeDouble(sum.compensation());
  }

  static LabelledSummary read(ByteReader in) {
    double threshold = in.readDouble("labelled threshold");
    ConfusionCounts confusion =
        new ConfusionCounts(
            in.readLong("labelled truePositives"),
            in.readLong("labelled falsePositives"),
            in.readLong("labelled trueNegatives"),
            in.readLong("labelled falseNegatives"));
    LossSums losses =
        new LossSums(
            readSum(in, "labelled logLoss"),
            readSum(in, "labelled logLossSquared"),
            readSum(in, "labelled brier"),
            readSum(in, "labelled brierSquared"));
    long[] counts = in.readLongs(CalibrationBins.BINS, "labelled calibration counts");
    CompensatedSum[] scoreSums = new CompensatedSum[CalibrationBins.BINS];
    for (int b = 0; b < scoreSums.length; b++) {
      scoreSums[b] = readSum(in, "labelled calibration scoreSums[" + b + "]");
    }
    long[] labelSums = in.readLongs(CalibrationBins.BINS, "labelled calibration labelSums");
    CalibrationBins bins = CalibrationBins.of(counts, scoreSums, labelSums);
    return LabelledSummary.of(threshold, confusion, losses, bins, readRanking(in));
  }

  private static CompensatedSum readSum(ByteReader in, String field) {
    return new CompensatedSum(
        in.readDouble(field + " sum"), in.readDouble(field + " compensation"));
  }

  private static ScoreRanking readRanking(ByteReader in) {
    int form = in.readByte("labelled ranking form");
    switch (form) {
      case EXACT -> {
        int n = in.readCount("labelled pair count", LabelledSummary.EXACT_LIMIT);
        double[] scores = in.readDoubles(n, "labelled pair scores");
        return ScorePairs.ofSorted(scores, in.readBytes(n, "labelled pair labels"));
      }
      case HISTOGRAM -> {
        long[] positives = in.readLongs(ScoreHistogram.BINS, "labelled histogram positives");
        long[] negatives = in.readLongs(ScoreHistogram.BINS, "labelled histogram negatives");
        return ScoreHistogram.of(positives, negatives);
      }
      default ->
          throw new IllegalArgumentException("labelled ranking form: unknown form byte " + form);
    }
  }
}
