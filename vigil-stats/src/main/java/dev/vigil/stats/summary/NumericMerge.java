package dev.vigil.stats.summary;

import org.apache.datasketches.kll.KllDoublesSketch;

/**
 * Merging of numeric summaries: the result keeps the most exact form the combined values allow, so
 * the summary of parts has the same form as the summary of the whole.
 */
final class NumericMerge {

  private NumericMerge() {}

  static NumericSummary merge(NumericSummary a, NumericSummary b) {
    if (isEmpty(b)) {
      return a;
    }
    if (isEmpty(a)) {
      return b;
    }
    long missing = a.missing() + b.missing();
    long nonFinite = a.nonFinite() + b.nonFinite();
    if (b.count() == 0 || a.count() == 0) {
      NumericSummary values = b.count() == 0 ? a : b;
      return withCounts(values, missing, nonFinite);
    }
    Moments moments = a.moments().merge(b.moments());
    if (moments.count() <= NumericSummary.EXACT_LIMIT) {
      double[] sorted = mergeSorted(a.sortedValues().get(), b.sortedValues().get());
      return NumericSummary.exact(missing, nonFinite, moments, sorted);
    }
    if (a.valueCounts().isPresent() && b.valueCounts().isPresent()) {
      ValueCounts union = union(a.valueCounts().get(), b.valueCounts().get());
      if (union != null) {
        return NumericSummary.counted(missing, nonFinite, moments, union);
      }
    }
    KllDoublesSketch sketch = Sketches.newKll();
    addTo(sketch, a);
    addTo(sketch, b);
    return NumericSummary.sketched(missing, nonFinite, moments, sketch);
  }

  private static boolean isEmpty(NumericSummary s) {
    return s.count() == 0 && s.missing() == 0 && s.nonFinite() == 0;
  }

  private static NumericSummary withCounts(NumericSummary s, long missing, long nonFinite) {
    if (s.sortedValues().isPresent()) {
      return NumericSummary.exact(missing, nonFinite, s.moments(), s.sortedValues().get());
    }
    if (s.valueCounts().isPresent()) {
      return NumericSummary.counted(missing, nonFinite, s.moments(), s.valueCounts().get());
    }
    return NumericSummary.sketched(missing, nonFinite, s.moments(), s.sketch());
  }

  private static void addTo(KllDoublesSketch sketch, NumericSummary s) {
    if (s.sketch() != null) {
      sketch.merge(s.sketch());
    } else if (s.sortedValues().isPresent()) {
      double[] sorted = s.sortedValues().get();
      sketch.update(sorted, 0, sorted.length);
    } else {
      Sketches.addTo(sketch, s.valueCounts().get());
    }
  }

  static double[] mergeSorted(double[] a, double[] b) {
    double[] out = new double[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length && j < b.length) {
      out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
    }
    System.arraycopy(a, i, out, k, a.length - i);
    System.arraycopy(b, j, out, k + a.length - i, b.length - j);
    return out;
  }

  /** Union of two value counts, or null when it has more than the distinct limit. */
  static ValueCounts union(ValueCounts a, ValueCounts b) {
    double[] av = a.values();
    double[] bv = b.values();
    double[] values = new double[NumericSummary.DISTINCT_LIMIT];
    long[] counts = new long[NumericSummary.DISTINCT_LIMIT];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < av.length || j < bv.length) {
      if (k == values.length) {
        return null;
      }
      if (j == bv.length || (i < av.length && av[i] < bv[j])) {
        values[k] = av[i];
        counts[k++] = a.counts()[i++];
      } else if (i == av.length || bv[j] < av[i]) {
        values[k] = bv[j];
        counts[k++] = b.counts()[j++];
      } else {
        values[k] = av[i];
        counts[k++] = a.counts()[i++] + b.counts()[j++];
      }
    }
    return new ValueCounts(java.util.Arrays.copyOf(values, k), java.util.Arrays.copyOf(counts, k));
  }
}
