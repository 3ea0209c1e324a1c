package dev.vigil.core.query;

import dev.vigil.stats.drift.ColumnKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The answer of the distribution query: one feature of the range's merged windows (the current
 * side) beside the same feature in the reference, as bars.
 *
 * <p>Numeric: the bins are the reference's deciles, the bins PSI uses (docs/STATISTICS.md), so each
 * holds about a tenth of the reference. Categorical and boolean: the reference's {@link
 * #TOP_CATEGORIES} most frequent categories, then {@code "(other)"} for the rest of the reference's
 * categories; categories the reference never saw are in {@code unseen}, not in a bin. Missing
 * shares are of all rows of a side (values and missing), bin shares of its non-missing values.
 *
 * @param referenceValues non-missing values of the feature in the reference
 * @param currentValues non-missing values of the feature in the range
 * @param exact false when a sketched summary makes some share approximate
 * @param unseenShare share of the current values in categories the reference never saw (0 for a
 *     numeric feature)
 */
public record FeatureDistribution(
    QueryScope scope,
    String feature,
    ColumnKind kind,
    Instant referenceUploadedAt,
    long referenceValues,
    double referenceMissingShare,
    long currentValues,
    double currentMissingShare,
    boolean exact,
    List<DistributionBin> bins,
    List<CategoryShare> unseen,
    double unseenShare) {

  /** How many of the reference's categories get a bar of their own. */
  public static final int TOP_CATEGORIES = 20;

  /** The label of the bar pooling the reference's other categories. */
  public static final String OTHER = "(other)";

  public FeatureDistribution {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(referenceUploadedAt, "referenceUploadedAt");
    bins = List.copyOf(bins);
    unseen = List.copyOf(unseen);
    DistributionBin.checkShare("referenceMissingShare", referenceMissingShare);
    DistributionBin.checkShare("currentMissingShare", currentMissingShare);
    DistributionBin.checkShare("unseenShare", unseenShare);
  }
}
