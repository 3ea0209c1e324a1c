package dev.vigil.app.report;

import dev.vigil.app.csv.TableColumn;
import dev.vigil.app.drift.ColumnInputs;
import dev.vigil.stats.drift.ColumnData;
import dev.vigil.stats.summary.CategoryCounts;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Data quality of a CSV column's current side against its reference side: blanks, values outside
 * the reference's range, categories the reference never saw. A CSV file has no type errors to
 * count: a non-number in a numeric column is refused when the file is read.
 */
final class CsvQuality {

  private CsvQuality() {}

  static QualityRow of(TableColumn reference, TableColumn current) {
    long values = current.size() - current.missing();
    if (reference instanceof TableColumn.Numeric r && current instanceof TableColumn.Numeric c) {
      return new QualityRow(
          current.name(),
          current.kind().id(),
          values,
          current.missing(),
          OptionalLong.empty(),
          outOfRange(r.values(), c.values()),
          OptionalLong.empty());
    }
    var input = ColumnInputs.of(reference, current);
    Set<String> known = counts(input.reference()).counts().keySet();
    long unseen =
        counts(input.current()).counts().entrySet().stream()
            .filter(e -> !known.contains(e.getKey()))
            .mapToLong(java.util.Map.Entry::getValue)
            .sum();
    return new QualityRow(
        current.name(),
        current.kind().id(),
        values,
        current.missing(),
        OptionalLong.empty(),
        OptionalLong.empty(),
        known.isEmpty() ? OptionalLong.empty() : OptionalLong.of(unseen));
  }

  /** Current values below the reference's minimum or above its maximum; empty without one. */
  private static OptionalLong outOfRange(double[] reference, double[] current) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : reference) {
      if (!Double.isNaN(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (min > max) {
      return OptionalLong.empty();
    }
    long outside = 0;
    for (double v : current) {
      if (v < min || v > max) {
        outside++;
      }
    }
    return OptionalLong.of(outside);
  }

  private static CategoryCounts counts(ColumnData data) {
    return (CategoryCounts) ((ColumnData.Categorical) data).distribution();
  }
}
