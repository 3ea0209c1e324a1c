package dev.vigil.stats.drift;

import dev.vigil.stats.summary.CategoricalDistribution;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One bin per category of reference ∪ current, in sorted order; when either side is sketched, one
 * more bin holds the mass not attributed to a tracked category ("other"), and the counts carry the
 * bound {@code countError_r / n_r + countError_c / n_c}.
 */
final class CategoryBins {

  private CategoryBins() {}

  /** The categories of reference ∪ current in sorted order (tracked ones only). */
  static List<String> categories(CategoricalDistribution r, CategoricalDistribution c) {
    TreeSet<String> all = new TreeSet<>(r.counts().keySet());
    all.addAll(c.counts().keySet());
    return new ArrayList<>(all);
  }

  static BinnedCounts of(CategoricalDistribution r, CategoricalDistribution c) {
    List<String> keys = categories(r, c);
    boolean exact = r.isExact() && c.isExact();
    int bins = keys.size() + (exact ? 0 : 1);
    double[] rc = new double[bins];
    double[] cc = new double[bins];
    for (int i = 0; i < keys.size(); i++) {
      rc[i] = r.counts().getOrDefault(keys.get(i), 0L);
      cc[i] = c.counts().getOrDefault(keys.get(i), 0L);
    }
    if (!exact) {
      rc[bins - 1] = r.otherCount();
      cc[bins - 1] = c.otherCount();
    }
    double bound =
        exact ? 0.0 : (double) r.countError() / r.count() + (double) c.countError() / c.count();
    return new BinnedCounts(rc, cc, r.count(), c.count(), exact, bound);
  }
}
