package dev.vigil.stats.summary;

import org.apache.datasketches.kll.KllDoublesSketch;

/** Checks the parts of a {@link NumericSummary} that come from outside, e.g. decoded bytes. */
final class NumericSummaryParts {

  private NumericSummaryParts() {}

  static NumericSummary check(
      long missing,
      long nonFinite,
      Moments moments,
      double[] sortedValues,
      ValueCounts valueCounts,
      byte[] sketchBytes) {
    if (missing < 0 || nonFinite < 0) {
      throw new IllegalArgumentException(
          "missing and nonFinite must be >= 0: " + missing + ", " + nonFinite);
    }
    int forms = (sortedValues != null ? 1 : 0) + (valueCounts != null ? 1 : 0);
    forms += sketchBytes != null ? 1 : 0;
    if (forms != 1) {
      throw new IllegalArgumentException(
          "exactly one of sortedValues, valueCounts and sketch must be given, not " + forms);
    }
    long count = moments.count();
    if (sortedValues != null) {
      checkSorted(moments, sortedValues);
      return NumericSummary.exact(missing, nonFinite, moments, sortedValues.clone());
    }
    if (count <= NumericSummary.EXACT_LIMIT) {
      throw new IllegalArgumentException(
          "sortedValues must be kept when count <= " + NumericSummary.EXACT_LIMIT + ": " + count);
    }
    if (valueCounts != null) {
      checkCounts(moments, valueCounts);
      return NumericSummary.counted(missing, nonFinite, moments, valueCounts);
    }
    KllDoublesSketch sketch = Sketches.kllFromBytes(sketchBytes);
    if (sketch.getN() != count
        || sketch.getK() != Sketches.KLL_K
        || sketch.getMinItem() != moments.min()
        || sketch.getMaxItem() != moments.max()) {
      throw new IllegalArgumentException(
          "sketch: n, k, min or max disagree with the moments: " + sketch.getN() + " vs " + count);
    }
    return NumericSummary.sketched(missing, nonFinite, moments, sketch);
  }

  private static void checkSorted(Moments moments, double[] sorted) {
    if (sorted.length != moments.count()) {
      throw new IllegalArgumentException(
          "sortedValues: length " + sorted.length + " != count " + moments.count());
    }
    for (int i = 0; i < sorted.length; i++) {
      if (!Double.isFinite(sorted[i]) || (i > 0 && !(sorted[i - 1] <= sorted[i]))) {
        throw new IllegalArgumentException("sortedValues must be finite and ascending at " + i);
      }
    }
    if (sorted.length > 0
        && (sorted[0] != moments.min() || sorted[sorted.length - 1] != moments.max())) {
      throw new IllegalArgumentException("sortedValues: min or max disagree with the moments");
    }
  }

  private static void checkCounts(Moments moments, ValueCounts counts) {
    if (counts.size() > NumericSummary.DISTINCT_LIMIT) {
      throw new IllegalArgumentException(
          "valueCounts: " + counts.size() + " distinct values > " + NumericSummary.DISTINCT_LIMIT);
    }
    double[] values = counts.values();
    if (counts.total() != moments.count()
        || values[0] != moments.min()
        || values[values.length - 1] != moments.max()) {
      throw new IllegalArgumentException(
          "valueCounts: total, min or max disagree with the moments");
    }
  }
}
