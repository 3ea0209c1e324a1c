package dev.vigil.stats.codec;

import dev.vigil.stats.summary.PredictionSummary;

/**
 * Body layout of a {@link PredictionSummary}, format version 1, little-endian:
 *
 * <pre>
 * double threshold
 * long predictedPositive
 * the scores as a numeric body ({@link NumericSummaryLayout})
 * </pre>
 */
final class PredictionSummaryLayout {

  private PredictionSummaryLayout() {}

  static void write(ByteWriter out, PredictionSummary summary) {
    out.writeDouble(summary.threshold());
    out.writeLong(summary.predictedPositive());
    NumericSummaryLayout.write(out, summary.scores());
  }

  static PredictionSummary read(ByteReader in) {
    double threshold = in.readDouble("prediction threshold");
    long predictedPositive = in.readLong("prediction predictedPositive");
    return new PredictionSummary(threshold, NumericSummaryLayout.read(in), predictedPositive);
  }
}
