package dev.vigil.stats.drift;

import dev.vigil.stats.summary.NumericDistribution;
import dev.vigil.stats.summary.ValueCounts;
import java.util.Optional;

/**
 * Evidently's binning of a numeric column ({@code get_binned_data}): Sturges bins over the union
 * when the reference has more than {@link #PER_VALUE_LIMIT} distinct values, else one bin per
 * distinct value of the union. Also the reference-quantile bins of PSI.
 */
final class Binning {

  static final int PER_VALUE_LIMIT = 20;
  private static final int PSI_BINS = 10;

  private Binning() {}

  static BinnedCounts evidently(NumericDistribution r, NumericDistribution c) {
    SideCounts sr = SideCounts.of(r);
    SideCounts sc = SideCounts.of(c);
    Optional<ExactNumeric> er = sr.exact();
    if (er.isPresent() && er.get().distinctUpTo(PER_VALUE_LIMIT) <= PER_VALUE_LIMIT) {
      return perValue(er.get().valueCounts(), sc);
    }
    double[] edges = sturgesEdges(r, c);
    return overEdges(sr, sc, edges);
  }

  /** {@code numpy.histogram_bin_edges(r ∪ c, bins="sturges")}. */
  static double[] sturgesEdges(NumericDistribution r, NumericDistribution c) {
    long n = r.count() + c.count();
    double first = Math.min(r.min(), c.min());
    double last = Math.max(r.max(), c.max());
    double ptp = last - first;
    if (first == last) {
      first -= 0.5;
      last += 0.5;
    }
    double width = ptp / (log2(n) + 1.0);
    int bins = width != 0 ? Math.max(1, (int) Math.ceil((last - first) / width)) : 1;
    double[] edges = new double[bins + 1];
    double step = (last - first) / bins;
    for (int i = 0; i < bins; i++) {
      edges[i] = i * step + first; // numpy.linspace
    }
    edges[bins] = last;
    return edges;
  }

  /** log2 exact at powers of two, where {@code ceil} in Sturges' rule is sensitive to it. */
  private static double log2(long n) {
    return Long.bitCount(n) == 1 ? Long.numberOfTrailingZeros(n) : Math.log(n) / Math.log(2);
  }

  /** Counts in {@code [e_i, e_{i+1})}, the last bin closed, as {@code numpy.histogram}. */
  private static BinnedCounts overEdges(SideCounts r, SideCounts c, double[] edges) {
    int bins = edges.length - 1;
    double[] rc = new double[bins];
    double[] cc = new double[bins];
    for (int i = 0; i < bins; i++) {
      boolean last = i == bins - 1;
      rc[i] = upper(r, edges[i + 1], last) - r.countBelow(edges[i]);
      cc[i] = upper(c, edges[i + 1], last) - c.countBelow(edges[i]);
    }
    return counts(rc, cc, r, c);
  }

  private static double upper(SideCounts s, double edge, boolean closed) {
    return closed ? s.countAtMost(edge) : s.countBelow(edge);
  }

  /**
   * One bin per distinct value of the union. When the current side keeps no distinct values, its
   * values off the reference's are pooled in one extra bin and the result is inexact.
   */
  private static BinnedCounts perValue(ValueCounts r, SideCounts c) {
    Optional<ExactNumeric> ec = c.exact();
    if (ec.isPresent()) {
      return perValue(r, ec.get().valueCounts());
    }
    return perReferenceValue(r, c);
  }

  /** One bin per distinct value of the union of two exact sides. */
  static BinnedCounts perValue(ValueCounts r, ValueCounts cv) {
    {
      int size = unionSize(r.values(), cv.values());
      double[] rc = new double[size];
      double[] cc = new double[size];
      int i = 0;
      int j = 0;
      for (int k = 0; k < size; k++) {
        double x =
            j >= cv.size() || (i < r.size() && r.values()[i] <= cv.values()[j])
                ? r.values()[i]
                : cv.values()[j];
        if (i < r.size() && r.values()[i] == x) {
          rc[k] = r.counts()[i++];
        }
        if (j < cv.size() && cv.values()[j] == x) {
          cc[k] = cv.counts()[j++];
        }
      }
      return new BinnedCounts(rc, cc, r.total(), cv.total(), true, 0.0);
    }
  }

  private static BinnedCounts perReferenceValue(ValueCounts r, SideCounts c) {
    double[] rc = new double[r.size() + 1];
    double[] cc = new double[r.size() + 1];
    double matched = 0;
    for (int i = 0; i < r.size(); i++) {
      rc[i] = r.counts()[i];
      double x = r.values()[i];
      cc[i] = Math.max(0, c.countAtMost(x) - c.countBelow(x));
      matched += cc[i];
    }
    cc[r.size()] = Math.max(0, c.total() - matched);
    double pooled = cc[r.size()] / c.total();
    return new BinnedCounts(rc, cc, r.total(), c.total(), false, 2 * c.rankError() + pooled);
  }

  private static int unionSize(double[] a, double[] b) {
    int i = 0;
    int j = 0;
    int size = 0;
    while (i < a.length || j < b.length) {
      if (j >= b.length || (i < a.length && a[i] < b[j])) {
        i++;
      } else if (i >= a.length || b[j] < a[i]) {
        j++;
      } else {
        i++;
        j++;
      }
      size++;
    }
    return size;
  }

  /**
   * PSI bins: edges {@code unique(numpy.quantile(r, [0.1 .. 0.9]))}; the bin of {@code v} is the
   * number of edges {@code < v}.
   */
  static BinnedCounts referenceQuantiles(NumericDistribution r, NumericDistribution c) {
    SideCounts sr = SideCounts.of(r);
    SideCounts sc = SideCounts.of(c);
    double[] edges = new double[PSI_BINS - 1];
    int unique = 0;
    for (int i = 1; i < PSI_BINS; i++) {
      double q = sr.quantile(i / (double) PSI_BINS);
      if (unique == 0 || q > edges[unique - 1]) {
        edges[unique++] = q;
      }
    }
    int bins = unique + 1;
    double[] rc = new double[bins];
    double[] cc = new double[bins];
    double rBelow = 0;
    double cBelow = 0;
    for (int i = 0; i < unique; i++) {
      double rAt = sr.countAtMost(edges[i]);
      double cAt = sc.countAtMost(edges[i]);
      rc[i] = rAt - rBelow;
      cc[i] = cAt - cBelow;
      rBelow = rAt;
      cBelow = cAt;
    }
    rc[unique] = sr.total() - rBelow;
    cc[unique] = sc.total() - cBelow;
    return counts(rc, cc, sr, sc);
  }

  private static BinnedCounts counts(double[] rc, double[] cc, SideCounts r, SideCounts c) {
    boolean exact = r.isExact() && c.isExact();
    double bound = exact ? 0.0 : 2 * (r.rankError() + c.rankError());
    return new BinnedCounts(rc, cc, r.total(), c.total(), exact, bound);
  }
}
