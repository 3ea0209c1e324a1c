package dev.vigil.core.query;

import dev.vigil.stats.drift.ColumnKind;
import java.util.Objects;
import java.util.Optional;

/**
 * Data quality of one feature over a bucket or range.
 *
 * @param feature the schema column
 * @param kind the column's kind in the schema
 * @param values well-typed, non-missing values
 * @param missing absent or null values
 * @param typeErrors values of the wrong type for the column (left out of {@code values})
 * @param outOfRange numeric values below the reference's minimum or above its maximum; empty for a
 *     categorical column, or when there is no reference (or it has no value of this feature)
 * @param unseenCategories categorical values whose category the reference never saw; empty for a
 *     numeric column, or when there is no reference (or it has no value of this feature)
 */
public record FeatureQuality(
    String feature,
    ColumnKind kind,
    long values,
    long missing,
    long typeErrors,
    Optional<ReferenceCount> outOfRange,
    Optional<ReferenceCount> unseenCategories) {

  public FeatureQuality {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(outOfRange, "outOfRange");
    Objects.requireNonNull(unseenCategories, "unseenCategories");
  }
}
