package dev.vigil.stats.codec;

import dev.vigil.stats.detect.HddmWState;
import dev.vigil.stats.detect.HddmWState.Sample;

/**
 * Body layout of an {@link HddmWState}, format version 1, little-endian:
 *
 * <pre>
 * double drift_confidence, warning_confidence, lambda_val
 * 5 samples (total, increaseBefore, increaseAfter, decreaseBefore, decreaseAfter),
 *   each double ewma, double boundCondition
 * double increaseCut, decreaseCut
 * byte flags: bit 0 warning, bit 1 drift, bit 2 two_sided_test,
 *   bits 3..7 whether each sample, in the order above, is initialized
 * </pre>
 */
final class HddmWLayout {

  private HddmWLayout() {}

  static void write(ByteWriter out, HddmWState s) {
    out.writeDouble(s.driftConfidence());
    out.writeDouble(s.warningConfidence());
    out.writeDouble(s.lambda());
    Sample[] samples = samples(s);
    for (Sample sample : samples) {
      out.writeDouble(sample.ewma());
      out.writeDouble(sample.boundCondition());
    }
    out.writeDouble(s.increaseCut());
    out.writeDouble(s.decreaseCut());
    FlagBits.write(
        out,
        s.warning(),
        s.drift(),
        s.twoSided(),
        samples[0].initialized(),
        samples[1].initialized(),
        samples[2].initialized(),
        samples[3].initialized(),
        samples[4].initialized());
  }

  private static Sample[] samples(HddmWState s) {
    return new Sample[] {
      s.total(), s.increaseBefore(), s.increaseAfter(), s.decreaseBefore(), s.decreaseAfter()
    };
  }

  static HddmWState read(ByteReader in) {
    double driftConfidence = in.readDouble("hddm-w drift_confidence");
    double warningConfidence = in.readDouble("hddm-w warning_confidence");
    double lambda = in.readDouble("hddm-w lambda_val");
    double[] ewma = new double[5];
    double[] boundCondition = new double[5];
    for (int i = 0; i < 5; i++) {
      ewma[i] = in.readDouble("hddm-w sample ewma");
      boundCondition[i] = in.readDouble("hddm-w sample boundCondition");
    }
    double increaseCut = in.readDouble("hddm-w increaseCut");
    double decreaseCut = in.readDouble("hddm-w decreaseCut");
    int flags = FlagBits.read(in, "hddm-w flags", 8);
    Sample[] samples = new Sample[5];
    for (int i = 0; i < 5; i++) {
      samples[i] = new Sample(ewma[i], FlagBits.isSet(flags, 3 + i), boundCondition[i]);
    }
    return new HddmWState(
        driftConfidence,
        warningConfidence,
        lambda,
        FlagBits.isSet(flags, 2),
        samples[0],
        samples[1],
        samples[2],
        samples[3],
        samples[4],
        increaseCut,
        decreaseCut,
        FlagBits.isSet(flags, 0),
        FlagBits.isSet(flags, 1));
  }
}
