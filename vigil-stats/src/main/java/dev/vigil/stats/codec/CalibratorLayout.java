package dev.vigil.stats.codec;

import dev.vigil.stats.estimate.IsotonicCalibrator;

/**
 * Body layout of an {@link IsotonicCalibrator}, format version 1, little-endian:
 *
 * <pre>
 * int knots (0 for the identity)
 * double[knots] knot scores, increasing
 * double[knots] knot values, non-decreasing in [0, 1]
 * </pre>
 */
final class CalibratorLayout {

  /** More knots than any reference could need; guards allocation on corrupt input. */
  static final int MAX_KNOTS = 1 << 26;

  private CalibratorLayout() {}

  static void write(ByteWriter out, IsotonicCalibrator calibrator) {
    double[] scores = calibrator.knotScores();
    out.writeInt(scores.length);
    out.writeDoubles(scores);
    out.writeDoubles(calibrator.knotValues());
  }

  static IsotonicCalibrator read(ByteReader in) {
    int knots = in.readCount("calibrator knots", MAX_KNOTS);
    double[] scores = in.readDoubles(knots, "calibrator knot scores");
    double[] values = in.readDoubles(knots, "calibrator knot values");
    return IsotonicCalibrator.ofKnots(scores, values);
  }
}
