package dev.vigil.stats.codec;

import dev.vigil.stats.detect.KswinState;

/**
 * Body layout of a {@link KswinState}, format version 1, little-endian:
 *
 * <pre>
 * double alpha, int window_size, int stat_size, long seed
 * byte signal, long seen, double p_value
 * int n (&lt;= window_size), n doubles: the window, oldest first
 * 624 ints: Mersenne Twister state, int index (0..624)
 * </pre>
 */
final class KswinLayout {

  private static final int TWISTER_WORDS = 624;

  private KswinLayout() {}

  static void write(ByteWriter out, KswinState s) {
    KswinState.Settings p = s.settings();
    out.writeDouble(p.alpha());
    out.writeInt(p.windowSize());
    out.writeInt(p.statSize());
    out.writeLong(p.seed());
    DetectorFields.writeSignal(out, s.signal());
    out.writeLong(s.seen());
    out.writeDouble(s.pValue());
    DetectorFields.writeValues(out, s.window());
    for (int word : s.randomState()) {
      out.writeInt(word);
    }
    out.writeInt(s.randomIndex());
  }

  static KswinState read(ByteReader in) {
    KswinState.Settings p =
        new KswinState.Settings(
            in.readDouble("kswin alpha"),
            in.readInt("kswin window_size"),
            in.readInt("kswin stat_size"),
            in.readLong("kswin seed"));
    var signal = DetectorFields.readSignal(in, "kswin signal");
    long seen = in.readLong("kswin seen");
    double pValue = in.readDouble("kswin p-value");
    double[] window = DetectorFields.readValues(in, "kswin window", p.windowSize());
    int[] words = new int[TWISTER_WORDS];
    for (int i = 0; i < TWISTER_WORDS; i++) {
      words[i] = in.readInt("kswin random state");
    }
    int index = in.readInt("kswin random index");
    return new KswinState(p, signal, seen, pValue, window, words, index);
  }
}
