package dev.vigil.stats.codec;

import dev.vigil.stats.detect.IksState;

/**
 * Body layout of an {@link IksState}, format version 1, little-endian:
 *
 * <pre>
 * int window_size, double alpha, long seed
 * byte signal, long priority generator state
 * int n (&lt;= window_size), n doubles: reference window, oldest first
 * int n, n doubles: current window, oldest first
 * </pre>
 */
final class IksLayout {

  private IksLayout() {}

  static void write(ByteWriter out, IksState s) {
    IksState.Settings p = s.settings();
    out.writeInt(p.windowSize());
    out.writeDouble(p.alpha());
    out.writeLong(p.seed());
    DetectorFields.writeSignal(out, s.signal());
    out.writeLong(s.randomState());
    DetectorFields.writeValues(out, s.reference());
    DetectorFields.writeValues(out, s.current());
  }

  static IksState read(ByteReader in) {
    IksState.Settings p =
        new IksState.Settings(
            in.readInt("iks window_size"), in.readDouble("iks alpha"), in.readLong("iks seed"));
    var signal = DetectorFields.readSignal(in, "iks signal");
    long random = in.readLong("iks random state");
    int max = Math.min(p.windowSize(), DetectorFields.MAX_VALUES);
    double[] reference = DetectorFields.readValues(in, "iks reference", max);
    double[] current = DetectorFields.readValues(in, "iks current", max);
    return new IksState(p, signal, random, reference, current);
  }
}
