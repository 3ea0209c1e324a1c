package dev.vigil.stats.drift;

import dev.vigil.stats.summary.CategoricalDistribution;
import dev.vigil.stats.summary.NumericDistribution;

/** One side (reference or current) of a column, as numbers or as category counts. */
public sealed interface ColumnData permits ColumnData.Numeric, ColumnData.Categorical {

  /** Number of non-missing values. */
  long count();

  record Numeric(NumericDistribution distribution) implements ColumnData {
    @Override
    public long count() {
      return distribution.count();
    }
  }

  record Categorical(CategoricalDistribution distribution) implements ColumnData {
    @Override
    public long count() {
      return distribution.count();
    }
  }
}
