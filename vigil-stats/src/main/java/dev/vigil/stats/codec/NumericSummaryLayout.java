package dev.vigil.stats.codec;

import dev.vigil.stats.summary.Moments;
import dev.vigil.stats.summary.NumericSummary;
import dev.vigil.stats.summary.ValueCounts;

/**
 * Body layout of a {@link NumericSummary}, format version 1, little-endian:
 *
 * <pre>
 * long missing, long nonFinite
 * long count, double mean, double m2, double min, double max
 * byte form: 0 exact values | 1 value counts | 2 KLL sketch
 *   0: count doubles, ascending (count <= EXACT_LIMIT)
 *   1: int k (<= DISTINCT_LIMIT), k doubles ascending, k long counts
 *   2: int length, then DataSketches' KllDoublesSketch serialization
 * </pre>
 */
final class NumericSummaryLayout {

  private static final int EXACT = 0;
  private static final int COUNTED = 1;
  private static final int SKETCHED = 2;

  private NumericSummaryLayout() {}

  static void write(ByteWriter out, NumericSummary summary) {
    out.writeLong(summary.missing());
    out.writeLong(summary.nonFinite());
    Moments m = summary.moments();
    out.writeLong(m.count());
    out.writeDouble(m.mean());
    out.writeDouble(m.m2());
    out.writeDouble(m.min());
    out.writeDouble(m.max());
    if (summary.sortedValues().isPresent()) {
      out.writeByte(EXACT);
      out.writeDoubles(summary.sortedValues().get());
    } else if (summary.valueCounts().isPresent()) {
      ValueCounts counts = summary.valueCounts().get();
      out.writeByte(COUNTED);
      out.writeInt(counts.size());
      out.writeDoubles(counts.values());
      out.writeLongs(counts.counts());
    } else {
      out.writeByte(SKETCHED);
      out.writeSizedBytes(summary.sketchBytes().orElseThrow());
    }
  }

  static NumericSummary read(ByteReader in) {
    long missing = in.readLong("numeric missing");
    long nonFinite = in.readLong("numeric nonFinite");
    Moments moments =
        new Moments(
            in.readLong("numeric count"),
            in.readDouble("numeric mean"),
            in.readDouble("numeric m2"),
            in.readDouble("numeric min"),
            in.readDouble("numeric max"));
    int form = in.readByte("numeric form");
    switch (form) {
      case EXACT -> {
        if (moments.count() > NumericSummary.EXACT_LIMIT) {
          throw new IllegalArgumentException(
              "numeric exact values: count "
                  + moments.count()
                  + " > "
                  + NumericSummary.EXACT_LIMIT);
        }
        double[] sorted = in.readDoubles((int) moments.count(), "numeric exact values");
        return NumericSummary.fromParts(missing, nonFinite, moments, sorted, null, null);
      }
      case COUNTED -> {
        int k = in.readCount("numeric distinct count", NumericSummary.DISTINCT_LIMIT);
        ValueCounts counts =
            new ValueCounts(
                in.readDoubles(k, "numeric distinct values"), in.readLongs(k, "numeric counts"));
        return NumericSummary.fromParts(missing, nonFinite, moments, null, counts, null);
      }
      case SKETCHED -> {
        byte[] sketch = in.readSizedBytes("numeric KLL sketch");
        return NumericSummary.fromParts(missing, nonFinite, moments, null, null, sketch);
      }
      default -> throw new IllegalArgumentException("numeric form: unknown form byte " + form);
    }
  }
}
