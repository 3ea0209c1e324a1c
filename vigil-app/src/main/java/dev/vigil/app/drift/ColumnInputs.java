package dev.vigil.app.drift;

import dev.vigil.app.csv.TableColumn;
import dev.vigil.stats.drift.ColumnData;
import dev.vigil.stats.drift.ColumnInput;
import dev.vigil.stats.drift.ColumnKind;
import dev.vigil.stats.summary.CategoryCounts;
import dev.vigil.stats.summary.SortedSample;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/** Turns the two sides of a table column into the exact distributions drift tests read. */
public final class ColumnInputs {

  /** Distinct values kept per numeric column, enough for the binned methods' per-value bins. */
  static final int DISTINCT_LIMIT = 128;

  private ColumnInputs() {}

  public static ColumnInput of(TableColumn reference, TableColumn current) {
    if (reference.kind() != current.kind()) {
      throw new IllegalArgumentException(
          "column " + reference.name() + ": kinds differ between reference and current");
    }
    return new ColumnInput(reference.name(), reference.kind(), dataOf(reference), dataOf(current));
  }

  static ColumnData dataOf(TableColumn column) {
    if (column instanceof TableColumn.Numeric numeric) {
      return new ColumnData.Numeric(sortedFinite(numeric.values()));
    }
    return new ColumnData.Categorical(counts((TableColumn.Categorical) column));
  }

  /** Finite values sorted. */
  static SortedSample sortedFinite(double[] values) {
    return SortedSample.of(values, DISTINCT_LIMIT);
  }

  /** Category counts; boolean labels are normalized to {@code true} and {@code false}. */
  static CategoryCounts counts(TableColumn.Categorical column) {
    long[] perCode = column.countsPerCode();
    List<String> labels = column.labels();
    TreeMap<String, Long> counts = new TreeMap<>();
    for (int code = 0; code < perCode.length; code++) {
      if (perCode[code] > 0) {
        String label = labels.get(code);
        if (column.kind() == ColumnKind.BOOLEAN) {
          label = label.strip().toLowerCase(Locale.ROOT);
        }
        counts.merge(label, perCode[code], Long::sum);
      }
    }
    return new CategoryCounts(counts);
  }
}
