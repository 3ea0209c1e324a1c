package dev.vigil.stats.codec;

import dev.vigil.stats.detect.MeanVarianceShiftState;

/**
 * Body layout of a {@link MeanVarianceShiftState}, format version 1, little-endian:
 *
 * <pre>
 * int window_size, double alpha
 * byte signal
 * int n (&lt;= window_size), n doubles: reference window (or the values so far while it fills)
 * int n (&lt; window_size), n doubles: the window being filled
 * double mean p-value, double variance p-value (of the latest comparison)
 * </pre>
 */
final class MeanVarianceShiftLayout {

  private MeanVarianceShiftLayout() {}

  static void write(ByteWriter out, MeanVarianceShiftState s) {
    out.writeInt(s.settings().windowSize());
    out.writeDouble(s.settings().alpha());
    DetectorFields.writeSignal(out, s.signal());
    DetectorFields.writeValues(out, s.reference());
    DetectorFields.writeValues(out, s.current());
    out.writeDouble(s.meanPValue());
    out.writeDouble(s.variancePValue());
  }

  static MeanVarianceShiftState read(ByteReader in) {
    MeanVarianceShiftState.Settings p =
        new MeanVarianceShiftState.Settings(
            in.readInt("mean-variance window_size"), in.readDouble("mean-variance alpha"));
    var signal = DetectorFields.readSignal(in, "mean-variance signal");
    int max = Math.min(p.windowSize(), DetectorFields.MAX_VALUES);
    double[] reference = DetectorFields.readValues(in, "mean-variance reference", max);
    double[] current = DetectorFields.readValues(in, "mean-variance current", max);
    return new MeanVarianceShiftState(
        p,
        signal,
        reference,
        current,
        in.readDouble("mean-variance mean p-value"),
        in.readDouble("mean-variance variance p-value"));
  }
}
