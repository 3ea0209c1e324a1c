package dev.vigil.core.window;

import dev.vigil.stats.codec.SummaryCodec;

/**
 * The versioned binary form of a {@link WindowSummary}, as stored by the window store: magic {@code
 * 0x5657} ("VW"), version 1, then the scores, the features, the labelled summary, the label delays
 * and the latencies, each part a {@link SummaryCodec} encoding. Decoding checks every part's
 * invariants; bad bytes give an IllegalArgumentException.
 */
public final class WindowSummaryCodec {

  public static final byte VERSION = 1;
  private static final short MAGIC = 0x5657;

  private WindowSummaryCodec() {}

  public static byte[] encode(WindowSummary summary) {
    return new SummaryBytes.Writer(MAGIC, VERSION)
        .part(SummaryCodec.encode(summary.scores()))
        .features(summary.features())
        .part(SummaryCodec.encode(summary.labelled()))
        .part(SummaryCodec.encode(summary.labelDelaySeconds()))
        .part(SummaryCodec.encode(summary.latencySeconds()))
        .toBytes();
  }

  public static WindowSummary decode(byte[] bytes) {
    SummaryBytes.Reader in = new SummaryBytes.Reader(bytes, MAGIC, VERSION, "window summary");
    WindowSummary summary =
        new WindowSummary(
            SummaryCodec.decodePrediction(in.part()),
            in.features(),
            SummaryCodec.decodeLabelled(in.part()),
            SummaryCodec.decodeNumeric(in.part()),
            SummaryCodec.decodeNumeric(in.part()));
    in.end();
    return summary;
  }
}
