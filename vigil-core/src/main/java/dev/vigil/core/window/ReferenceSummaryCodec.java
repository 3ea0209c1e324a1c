package dev.vigil.core.window;

import dev.vigil.stats.codec.SummaryCodec;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * The versioned binary form of a {@link ReferenceSummary}: magic {@code 0x5652} ("VR"), version 2,
 * then the upload time (microseconds since the epoch), the row count, the features, the scores and
 * the target, each summary a {@link SummaryCodec} encoding, then the (score, label) pairs: the
 * number of rows that had both, and a part of the kept count (int), the scores (doubles) and the
 * labels (one byte each). Version 1 (without the pairs) is still read, as a reference without
 * pairs.
 */
public final class ReferenceSummaryCodec {

  public static final byte VERSION = 2;
  private static final byte OLDEST = 1;
  private static final short MAGIC = 0x5652;

  private ReferenceSummaryCodec() {}

  public static byte[] encode(ReferenceSummary reference) {
    Instant t = reference.uploadedAt();
    long micros =
        Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
    LabelledScoreSample pairs = reference.labelledScores();
    return new SummaryBytes.Writer(MAGIC, VERSION)
        .number(micros)
        .number(reference.rows())
        .features(reference.features())
        .part(SummaryCodec.encode(reference.scores()))
        .part(SummaryCodec.encode(reference.target()))
        .number(pairs.seen())
        .part(pairs(pairs))
        .toBytes();
  }

  public static ReferenceSummary decode(byte[] bytes) {
    SummaryBytes.Reader in =
        new SummaryBytes.Reader(bytes, MAGIC, OLDEST, VERSION, "reference summary");
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
            SummaryCodec.decodeCategorical(in.part()),
            in.version() >= 2 ? pairs(in.number(), in.part()) : LabelledScoreSample.none());
    in.end();
    return reference;
  }

  private static byte[] pairs(LabelledScoreSample pairs) {
    double[] scores = pairs.scores();
    int[] labels = pairs.labels();
    ByteBuffer out = ByteBuffer.allocate(Integer.BYTES + scores.length * (Double.BYTES + 1));
    out.putInt(scores.length);
    for (double score : scores) {
      out.putDouble(score);
    }
    for (int label : labels) {
      out.put((byte) label);
    }
    return out.array();
  }

  private static LabelledScoreSample pairs(long seen, byte[] part) {
    ByteBuffer in = ByteBuffer.wrap(part);
    if (part.length < Integer.BYTES) {
      throw new IllegalArgumentException("reference summary: truncated pairs");
    }
    int kept = in.getInt();
    if (kept < 0
        || kept > LabelledScoreSample.CAPACITY
        || part.length != Integer.BYTES + (long) kept * (Double.BYTES + 1)) {
      throw new IllegalArgumentException("reference summary: bad pair count " + kept);
    }
    double[] scores = new double[kept];
    int[] labels = new int[kept];
    for (int i = 0; i < kept; i++) {
      scores[i] = in.getDouble();
    }
    for (int i = 0; i < kept; i++) {
      labels[i] = in.get();
    }
    return new LabelledScoreSample(seen, scores, labels);
  }
}
