package dev.vigil.stats.codec;

import dev.vigil.stats.detect.DdmState;

/**
 * Body layout of a {@link DdmState}, format version 1, little-endian:
 *
 * <pre>
 * int warm_start; double warning_threshold, drift_threshold
 * long count; double errorRate, minRate, minDeviation, minSum
 * byte flags: bit 0 warning, bit 1 drift
 * </pre>
 */
final class DdmLayout {

  private DdmLayout() {}

  static void write(ByteWriter out, DdmState s) {
    out.writeInt(s.warmStart());
    out.writeDouble(s.warningThreshold());
    out.writeDouble(s.driftThreshold());
    out.writeLong(s.count());
    out.writeDouble(s.errorRate());
    out.writeDouble(s.minRate());
    out.writeDouble(s.minDeviation());
    out.writeDouble(s.minSum());
    FlagBits.write(out, s.warning(), s.drift());
  }

  static DdmState read(ByteReader in) {
    int warmStart = in.readInt("ddm warm_start");
    double warningThreshold = in.readDouble("ddm warning_threshold");
    double driftThreshold = in.readDouble("ddm drift_threshold");
    long count = in.readLong("ddm count");
    double errorRate = in.readDouble("ddm errorRate");
    double minRate = in.readDouble("ddm minRate");
    double minDeviation = in.readDouble("ddm minDeviation");
    double minSum = in.readDouble("ddm minSum");
    int flags = FlagBits.read(in, "ddm flags", 2);
    return new DdmState(
        warmStart,
        warningThreshold,
        driftThreshold,
        count,
        errorRate,
        minRate,
        minDeviation,
        minSum,
        FlagBits.isSet(flags, 0),
        FlagBits.isSet(flags, 1));
  }
}
