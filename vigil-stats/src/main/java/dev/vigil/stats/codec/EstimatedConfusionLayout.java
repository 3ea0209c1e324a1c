package dev.vigil.stats.codec;

import dev.vigil.stats.estimate.EstimatedConfusion;
import dev.vigil.stats.estimate.ExpectedCounts;
import dev.vigil.stats.estimate.ProbabilityRanking;

/**
 * Body layout of an {@link EstimatedConfusion}, format version 1, little-endian:
 *
 * <pre>
 * double threshold
 * long count
 * long predictedPositive
 * double expected TP, FP, TN, FN
 * byte ranking kind: 0 exact, 1 binned
 * exact:  int n, double[n] probabilities ascending
 * binned: long[1000] bin counts, double[1000] bin probability sums
 * </pre>
 */
final class EstimatedConfusionLayout {

  private static final int EXACT = 0;
  private static final int BINNED = 1;

  private EstimatedConfusionLayout() {}

  static void write(ByteWriter out, EstimatedConfusion window) {
    out.writeDouble(window.threshold());
    out.writeLong(window.count());
    out.writeLong(window.predictedPositive());
    ExpectedCounts e = window.expected();
    out.writeDoubles(
        new double[] {e.truePositive(), e.falsePositive(), e.trueNegative(), e.falseNegative()});
    ProbabilityRanking ranking = window.ranking();
    if (ranking.isExact()) {
      out.writeByte(EXACT);
      double[] probabilities = ranking.exactProbabilities();
      out.writeInt(probabilities.length);
      out.writeDoubles(probabilities);
    } else {
      out.writeByte(BINNED);
      out.writeLongs(ranking.binCounts());
      out.writeDoubles(ranking.binSums());
    }
  }

  static EstimatedConfusion read(ByteReader in) {
    double threshold = in.readDouble("estimated threshold");
    long count = in.readLong("estimated count");
    long predictedPositive = in.readLong("estimated predictedPositive");
    double[] e = in.readDoubles(4, "estimated expected counts");
    ExpectedCounts expected = new ExpectedCounts(e[0], e[1], e[2], e[3]);
    int kind = in.readByte("estimated ranking kind");
    ProbabilityRanking ranking;
    if (kind == EXACT) {
      int n = in.readCount("estimated exact count", ProbabilityRanking.EXACT_LIMIT);
      ranking = ProbabilityRanking.ofExact(in.readDoubles(n, "estimated probabilities"));
    } else if (kind == BINNED) {
      long[] counts = in.readLongs(ProbabilityRanking.BINS, "estimated bin counts");
      double[] sums = in.readDoubles(ProbabilityRanking.BINS, "estimated bin sums");
      ranking = ProbabilityRanking.ofBins(counts, sums);
    } else {
      throw new IllegalArgumentException("estimated ranking kind: unknown " + kind);
    }
    return EstimatedConfusion.of(threshold, count, predictedPositive, expected, ranking);
  }
}
