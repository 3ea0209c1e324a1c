package dev.vigil.core.window;

import dev.vigil.stats.codec.SummaryCodec;
import java.time.Instant;

/**
 * The versioned binary form of a {@link ReferenceSummary}: magic {@code 0x5652} ("VR"), version 1,
 * then the upload time (microseconds since the epoch), the row count, the features, the scores and
 * the target, each summary a {@link SummaryCodec} encoding.
 */
public final class ReferenceSummaryCodec {

  public static final byte VERSION = 1;
  private static final short MAGIC = 0x5652;

  private ReferenceSummaryCodec() {}

  public static byte[] encode(ReferenceSummary reference) {
    Instant t = reference.uploadedAt();
    long micros =
        Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
    return new SummaryBytes.Writer(MAGIC, VERSION)
        .number(micros)
        .number(reference.rows())
        .features(reference.features())
        .part(SummaryCodec.encode(reference.scores()))
        .part(SummaryCodec.encode(reference.target()))
        .toBytes();
  }

  public static ReferenceSummary decode(byte[] bytes) {
    SummaryBytes.Reader in = new SummaryBytes.Reader(bytes, MAGIC, VERSION, "reference summary");
    long micros = in.number();
    long rows = in.number();
    ReferenceSummary reference =
        new ReferenceSummary(
            Instant.ofEpochSecond(0)
                .plusSeconds(Math.floorDiv(micros, 1_000_000L))
                .plusNanos(Math.floorMod(micros, 1_000_000L) * 1000),
            rows,
            in.features(),
            SummaryCodec.decodePrediction(in.part()),
            SummaryCodec.decodeCategorical(in.part()));
    in.end();
    return reference;
  }
}
