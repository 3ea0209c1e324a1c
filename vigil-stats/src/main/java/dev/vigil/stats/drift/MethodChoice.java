package dev.vigil.stats.drift;

import java.util.OptionalInt;

/**
 * Which drift method and threshold a column gets: the options' overrides (per column, then per
 * kind), else Evidently's {@code DataDriftPreset} defaults by column kind, reference size and the
 * number of distinct values in reference ∪ current (docs/STATISTICS.md §2).
 */
final class MethodChoice {

  static final long SMALL_REFERENCE = 1000;

  private MethodChoice() {}

  static DriftMethod method(ColumnInput column, DriftOptions options) {
    DriftMethod perColumn = options.perColumnMethod().get(column.name());
    if (perColumn != null) {
      return perColumn;
    }
    boolean numeric = column.kind() == ColumnKind.NUMERIC;
    return (numeric ? options.numMethod() : options.catMethod()).orElseGet(() -> automatic(column));
  }

  static double threshold(ColumnInput column, DriftMethod method, DriftOptions options) {
    Double perColumn = options.perColumnThreshold().get(column.name());
    if (perColumn != null) {
      return perColumn;
    }
    return options.threshold().orElse(method.defaultThreshold());
  }

  /** Evidently's default test for the column. */
  static DriftMethod automatic(ColumnInput column) {
    OptionalInt unique = DistinctValues.union(column.reference(), column.current(), 5);
    int n = unique.orElse(Integer.MAX_VALUE); // unknown: many
    boolean small = column.reference().count() <= SMALL_REFERENCE;
    if (column.kind() == ColumnKind.NUMERIC) {
      if (small) {
        return n > 5 ? DriftMethod.KS : n > 2 ? DriftMethod.CHI_SQUARE : DriftMethod.Z;
      }
      return n > 5 ? DriftMethod.WASSERSTEIN : DriftMethod.JENSEN_SHANNON;
    }
    if (small) {
      return n > 2 ? DriftMethod.CHI_SQUARE : DriftMethod.Z;
    }
    return DriftMethod.JENSEN_SHANNON;
  }
}
