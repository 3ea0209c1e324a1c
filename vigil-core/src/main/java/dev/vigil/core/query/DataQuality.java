package dev.vigil.core.query;

import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.core.window.FeatureSummary;
import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.stats.drift.ColumnKind;
import dev.vigil.stats.summary.CategoricalSummary;
import dev.vigil.stats.summary.NumericSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives each schema feature's data quality from a summary's features, and the counts relative to
 * the reference: out-of-range numbers and unseen categories.
 */
public final class DataQuality {

  private DataQuality() {}

  /** One entry per schema column, in schema order; a column the summary lacks counts zeros. */
  public static List<FeatureQuality> of(
      DatasetSchema schema,
      Map<String, FeatureSummary> features,
      Optional<ReferenceSummary> reference) {
    List<FeatureQuality> quality = new ArrayList<>(schema.size());
    for (ColumnSchema column : schema.columns()) {
      FeatureSummary current = features.getOrDefault(column.name(), emptyOf(column.kind()));
      Optional<FeatureSummary> known =
          reference.map(r -> r.features().get(column.name())).filter(f -> valuesOf(f) > 0);
      quality.add(of(column, current, known));
    }
    return quality;
  }

  private static FeatureQuality of(
      ColumnSchema column, FeatureSummary current, Optional<FeatureSummary> reference) {
    Optional<ReferenceCount> outOfRange = Optional.empty();
    Optional<ReferenceCount> unseen = Optional.empty();
    if (current instanceof FeatureSummary.Numeric n
        && reference.orElse(null) instanceof FeatureSummary.Numeric r) {
      outOfRange = Optional.of(outOfRange(n.values(), r.values()));
    } else if (current instanceof FeatureSummary.Categorical c
        && reference.orElse(null) instanceof FeatureSummary.Categorical r) {
      unseen = Optional.of(unseenCategories(c.values(), r.values()));
    }
    return new FeatureQuality(
        column.name(),
        column.kind(),
        valuesOf(current),
        current.missing(),
        current.typeErrors(),
        outOfRange,
        unseen);
  }

  /**
   * Values below the reference's minimum plus values above its maximum, from the current CDF at
   * those two points (exact unless the current summary is a sketch).
   */
  public static ReferenceCount outOfRange(NumericSummary current, NumericSummary reference) {
    if (current.count() == 0) {
      return new ReferenceCount(0, true);
    }
    double below = current.cdfExclusive(reference.min());
    double above = 1.0 - current.cdf(reference.max());
    long count = Math.round((below + above) * current.count());
    return new ReferenceCount(Math.min(count, current.count()), current.isExact());
  }

  /**
   * Values whose category is not among the reference's. Exact when both summaries count every
   * category; with a sketch on either side, an estimate (a sketched reference may have seen a
   * category it no longer tracks; a sketched current side's untracked mass is not counted).
   */
  public static ReferenceCount unseenCategories(
      CategoricalSummary current, CategoricalSummary reference) {
    long unseen = 0;
    for (Map.Entry<String, Long> e : current.counts().entrySet()) {
      if (!reference.counts().containsKey(e.getKey())) {
        unseen += e.getValue();
      }
    }
    return new ReferenceCount(unseen, current.isExact() && reference.isExact());
  }

  static long valuesOf(FeatureSummary feature) {
    return feature instanceof FeatureSummary.Numeric n
        ? n.values().count()
        : ((FeatureSummary.Categorical) feature).values().count();
  }

  static FeatureSummary emptyOf(ColumnKind kind) {
    return kind == ColumnKind.NUMERIC
        ? FeatureSummary.Numeric.empty()
        : FeatureSummary.Categorical.empty();
  }
}
