package dev.vigil.stats.codec;

import dev.vigil.stats.detect.EddmState;

/**
 * Body layout of an {@link EddmState}, format version 1, little-endian:
 *
 * <pre>
 * int warm_start; double alpha, beta
 * long count, lastError, errors; double distanceMean, distanceSquares, maxLevel
 * byte flags: bit 0 warning, bit 1 drift
 * </pre>
 */
final class EddmLayout {

  private EddmLayout() {}

  static void write(ByteWriter out, EddmState s) {
    out.writeInt(s.warmStart());
    out.writeDouble(s.alpha());
    out.writeDouble(s.beta());
    out.writeLong(s.count());
    out.writeLong(s.lastError());
    out.writeLong(s.errors());
    out.writeDouble(s.distanceMean());
    out.writeDouble(s.distanceSquares());
    out.writeDouble(s.maxLevel());
    FlagBits.write(out, s.warning(), s.drift());
  }

  static EddmState read(ByteReader in) {
    int warmStart = in.readInt("eddm warm_start");
    double alpha = in.readDouble("eddm alpha");
    double beta = in.readDouble("eddm beta");
    long count = in.readLong("eddm count");
    long lastError = in.readLong("eddm lastError");
    long errors = in.readLong("eddm errors");
    double distanceMean = in.readDouble("eddm distanceMean");
    double distanceSquares = in.readDouble("eddm distanceSquares");
    double maxLevel = in.readDouble("eddm maxLevel");
    int flags = FlagBits.read(in, "eddm flags", 2);
    return new EddmState(
        warmStart,
        alpha,
        beta,
        count,
        lastError,
        errors,
        distanceMean,
        distanceSquares,
        maxLevel,
        FlagBits.isSet(flags, 0),
        FlagBits.isSet(flags, 1));
  }
}
