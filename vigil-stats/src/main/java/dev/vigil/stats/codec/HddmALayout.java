package dev.vigil.stats.codec;

import dev.vigil.stats.detect.HddmAState;

/**
 * Body layout of an {@link HddmAState}, format version 1, little-endian:
 *
 * <pre>
 * double drift_confidence, warning_confidence
 * long count; double mean; long lowCount; double lowMean; long highCount; double highMean
 * byte flags: bit 0 warning, bit 1 drift, bit 2 two_sided_test
 * </pre>
 */
final class HddmALayout {

  private HddmALayout() {}

  static void write(ByteWriter out, HddmAState s) {
    out.writeDouble(s.driftConfidence());
    out.writeDouble(s.warningConfidence());
    out.writeLong(s.count());
    out.writeDouble(s.mean());
    out.writeLong(s.lowCount());
    out.writeDouble(s.lowMean());
    out.writeLong(s.highCount());
    out.writeDouble(s.highMean());
    FlagBits.write(out, s.warning(), s.drift(), s.twoSided());
  }

  static HddmAState read(ByteReader in) {
    double driftConfidence = in.readDouble("hddm-a drift_confidence");
    double warningConfidence = in.readDouble("hddm-a warning_confidence");
    long count = in.readLong("hddm-a count");
    double mean = in.readDouble("hddm-a mean");
    long lowCount = in.readLong("hddm-a lowCount");
    double lowMean = in.readDouble("hddm-a lowMean");
    long highCount = in.readLong("hddm-a highCount");
    double highMean = in.readDouble("hddm-a highMean");
    int flags = FlagBits.read(in, "hddm-a flags", 3);
    return new HddmAState(
        driftConfidence,
        warningConfidence,
        FlagBits.isSet(flags, 2),
        count,
        mean,
        lowCount,
        lowMean,
        highCount,
        highMean,
        FlagBits.isSet(flags, 0),
        FlagBits.isSet(flags, 1));
  }
}
