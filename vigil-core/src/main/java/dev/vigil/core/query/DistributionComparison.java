package dev.vigil.core.query;

import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.window.FeatureSummary;
import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.stats.summary.CategoricalSummary;
import dev.vigil.stats.summary.NumericSummary;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link FeatureDistribution} from the reference's and the merged windows' summaries of
 * one feature. Numeric bins follow PSI's binning (vigil-stats {@code Binning.referenceQuantiles}):
 * edges are the distinct reference deciles and a value {@code v} falls in the bin numbered by the
 * edges {@code < v}, so the current side's counts come from its CDF at the edges.
 */
final class DistributionComparison {

  private static final int DECILES = 10;

  private DistributionComparison() {}

  static FeatureDistribution compare(
      QueryScope scope, ColumnSchema column, ReferenceSummary reference, FeatureSummary current) {
    FeatureSummary ref =
        reference.features().getOrDefault(column.name(), DataQuality.emptyOf(column.kind()));
    if (ref.getClass() != current.getClass()) {
      // Only an inconsistent store gets here; compare nothing rather than mix kinds.
      ref = DataQuality.emptyOf(column.kind());
      current = DataQuality.emptyOf(column.kind());
    }
    if (ref instanceof FeatureSummary.Numeric r) {
      NumericSummary c = ((FeatureSummary.Numeric) current).values();
      return new FeatureDistribution(
          scope,
          column.name(),
          column.kind(),
          reference.uploadedAt(),
          r.values().count(),
          share(r.missing(), r.values().count() + r.missing()),
          c.count(),
          share(c.missing(), c.count() + c.missing()),
          r.values().rankError() == 0 && c.rankError() == 0,
          numericBins(r.values(), c),
          List.of(),
          0);
    }
    CategoricalSummary r = ((FeatureSummary.Categorical) ref).values();
    CategoricalSummary c = ((FeatureSummary.Categorical) current).values();
    List<CategoryShare> unseen = unseen(r, c);
    long unseenCount = unseenCount(r, c);
    return new FeatureDistribution(
        scope,
        column.name(),
        column.kind(),
        reference.uploadedAt(),
        r.count(),
        share(r.missing(), r.count() + r.missing()),
        c.count(),
        share(c.missing(), c.count() + c.missing()),
        r.countError() == 0 && c.countError() == 0,
        categoryBins(r, c, unseenCount),
        unseen,
        share(unseenCount, c.count()));
  }

  static List<DistributionBin> numericBins(NumericSummary r, NumericSummary c) {
    if (r.count() == 0) {
      return List.of();
    }
    List<Double> edges = new ArrayList<>();
    for (int i = 1; i < DECILES; i++) {
      double q = r.quantile(i / (double) DECILES);
      if (edges.isEmpty() || q > edges.get(edges.size() - 1)) {
        edges.add(q);
      }
    }
    List<DistributionBin> bins = new ArrayList<>();
    double rBelow = 0;
    double cBelow = 0;
    for (int i = 0; i <= edges.size(); i++) {
      Optional<Double> lower = i == 0 ? Optional.empty() : Optional.of(edges.get(i - 1));
      Optional<Double> upper = i == edges.size() ? Optional.empty() : Optional.of(edges.get(i));
      double rAt = upper.map(r::cdf).orElse(1.0);
      double cAt = c.count() == 0 ? 0 : upper.map(c::cdf).orElse(1.0);
      bins.add(
          new DistributionBin(
              label(lower, upper), lower, upper, clamp(rAt - rBelow), clamp(cAt - cBelow)));
      rBelow = rAt;
      cBelow = cAt;
    }
    return bins;
  }

  private static String label(Optional<Double> lower, Optional<Double> upper) {
    if (lower.isEmpty() && upper.isEmpty()) {
      return "all";
    }
    if (lower.isEmpty()) {
      return "≤ " + text(upper.get());
    }
    if (upper.isEmpty()) {
      return "> " + text(lower.get());
    }
    return "(" + text(lower.get()) + ", " + text(upper.get()) + "]";
  }

  /** Six significant digits: interpolated deciles carry float noise (24.900000000000006). */
  private static String text(double value) {
    return BigDecimal.valueOf(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }

  private static List<DistributionBin> categoryBins(
      CategoricalSummary r, CategoricalSummary c, long unseenCount) {
    List<Map.Entry<String, Long>> ranked = byCountDescending(r.counts());
    List<DistributionBin> bins = new ArrayList<>();
    long refTop = 0;
    long curTop = 0;
    for (Map.Entry<String, Long> e : ranked.subList(0, Math.min(ranked.size(), top()))) {
      long current = c.counts().getOrDefault(e.getKey(), 0L);
      bins.add(
          DistributionBin.category(
              e.getKey(), share(e.getValue(), r.count()), share(current, c.count())));
      refTop += e.getValue();
      curTop += current;
    }
    long refOther = r.count() - refTop;
    long curOther = Math.max(0, c.count() - curTop - unseenCount);
    if (refOther > 0 || curOther > 0) {
      bins.add(
          DistributionBin.category(
              FeatureDistribution.OTHER, share(refOther, r.count()), share(curOther, c.count())));
    }
    return bins;
  }

  private static List<CategoryShare> unseen(CategoricalSummary r, CategoricalSummary c) {
    return byCountDescending(c.counts()).stream()
        .filter(e -> !r.counts().containsKey(e.getKey()))
        .limit(top())
        .map(e -> new CategoryShare(e.getKey(), share(e.getValue(), c.count())))
        .toList();
  }

  private static long unseenCount(CategoricalSummary r, CategoricalSummary c) {
    return c.counts().entrySet().stream()
        .filter(e -> !r.counts().containsKey(e.getKey()))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  private static List<Map.Entry<String, Long>> byCountDescending(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .toList();
  }

  private static int top() {
    return FeatureDistribution.TOP_CATEGORIES;
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static double clamp(double share) {
    return Math.max(0, Math.min(1, share));
  }
}
