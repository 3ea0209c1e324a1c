package dev.vigil.app.report;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Data quality of one feature on the current side.
 *
 * @param values well-typed, non-missing values
 * @param missing blank or absent values
 * @param typeErrors values of the wrong type; empty where the source cannot have any (a CSV file
 *     with a non-number in a numeric column is refused when read)
 * @param outOfRange numeric values outside the reference's [min, max]; empty for other kinds
 * @param unseen values of categories the reference never saw; empty for numeric features
 */
public record QualityRow(
    String feature,
    String kind,
    long values,
    long missing,
    OptionalLong typeErrors,
    OptionalLong outOfRange,
    OptionalLong unseen) {

  public QualityRow {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(typeErrors, "typeErrors");
    Objects.requireNonNull(outOfRange, "outOfRange");
    Objects.requireNonNull(unseen, "unseen");
  }

  /** Whether any count here is a problem worth a reader's attention. */
  public boolean flagged() {
    return missing > 0
        || typeErrors.orElse(0) > 0
        || outOfRange.orElse(0) > 0
        || unseen.orElse(0) > 0;
  }
}
