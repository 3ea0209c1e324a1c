package dev.vigil.stats.codec;

import dev.vigil.stats.summary.CategoricalSummary;
import java.util.Map;
import java.util.TreeMap;

/**
 * Body layout of a {@link CategoricalSummary}, format version 1, little-endian:
 *
 * <pre>
 * long missing
 * byte form: 0 exact counts | 1 frequent-items sketch
 *   0: int k (<= EXACT_CATEGORY_LIMIT), k times (int length, UTF-8 category, long count),
 *      categories in ascending order
 *   1: int length, then DataSketches' ItemsSketch&lt;String&gt; serialization
 *      (ArrayOfStringsSerDe)
 * </pre>
 */
final class CategoricalSummaryLayout {

  private static final int EXACT = 0;
  private static final int SKETCHED = 1;

  private CategoricalSummaryLayout() {}

  static void write(ByteWriter out, CategoricalSummary summary) {
    out.writeLong(summary.missing());
    if (summary.sketchBytes().isPresent()) {
      out.writeByte(SKETCHED);
      out.writeSizedBytes(summary.sketchBytes().get());
      return;
    }
    out.writeByte(EXACT);
    out.writeInt(summary.counts().size());
    for (Map.Entry<String, Long> e : summary.counts().entrySet()) {
      out.writeString(e.getKey());
      out.writeLong(e.getValue());
    }
  }

  static CategoricalSummary read(ByteReader in) {
    long missing = in.readLong("categorical missing");
    int form = in.readByte("categorical form");
    switch (form) {
      case EXACT -> {
        int k = in.readCount("categorical category count", CategoricalSummary.EXACT_CATEGORY_LIMIT);
        TreeMap<String, Long> counts = new TreeMap<>();
        for (int i = 0; i < k; i++) {
          String category = in.readString("categorical category " + i);
          if (counts.put(category, in.readLong("categorical count " + i)) != null) {
            throw new IllegalArgumentException("categorical category repeated: " + category);
          }
        }
        return CategoricalSummary.exact(missing, counts);
      }
      case SKETCHED -> {
        return CategoricalSummary.fromSketchBytes(
            missing, in.readSizedBytes("categorical frequent-items sketch"));
      }
      default -> throw new IllegalArgumentException("categorical form: unknown form byte " + form);
    }
  }
}
