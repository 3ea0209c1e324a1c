package dev.vigil.stats.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.stats.codec.SummaryCodec;

/** Saves a detector through the codec's bytes and restores it, as a restarted server would. */
final class Snapshots {

  private Snapshots() {}

  /** A detector restored from the encoded state of {@code d}; checks the state round-trips. */
  static ChangeDetector throughCodec(ChangeDetector d) {
    if (d instanceof PageHinkley p) {
      PageHinkleyState s = SummaryCodec.decodePageHinkley(SummaryCodec.encode(p.state()));
      assertEquals(p.state(), s);
      return PageHinkley.restore(s);
    }
    if (d instanceof Ddm p) {
      DdmState s = SummaryCodec.decodeDdm(SummaryCodec.encode(p.state()));
      assertEquals(p.state(), s);
      return Ddm.restore(s);
    }
    if (d instanceof Eddm p) {
      EddmState s = SummaryCodec.decodeEddm(SummaryCodec.encode(p.state()));
      assertEquals(p.state(), s);
      return Eddm.restore(s);
    }
    if (d instanceof HddmA p) {
      HddmAState s = SummaryCodec.decodeHddmA(SummaryCodec.encode(p.state()));
      assertEquals(p.state(), s);
      return HddmA.restore(s);
    }
    if (d instanceof HddmW p) {
      HddmWState s = SummaryCodec.decodeHddmW(SummaryCodec.encode(p.state()));
      assertEquals(p.state(), s);
      return HddmW.restore(s);
    }
    throw new IllegalArgumentException("no codec for " + d.method());
  }

  /** The signal of every update of a fresh detector over {@code values}. */
  static DetectorSignal[] signals(ChangeDetector d, double[] values, int from, int to) {
    DetectorSignal[] out = new DetectorSignal[to - from];
    for (int i = from; i < to; i++) {
      out[i - from] = d.update(values[i]);
    }
    return out;
  }
}
