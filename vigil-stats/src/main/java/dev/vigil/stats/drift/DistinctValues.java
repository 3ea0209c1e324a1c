package dev.vigil.stats.drift;

import dev.vigil.stats.summary.CategoricalDistribution;
import dev.vigil.stats.summary.NumericDistribution;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The number of distinct values in reference ∪ current, counted up to a cap. Empty when a side
 * keeps neither its values nor their distinct counts (sketches): then there are "many".
 */
final class DistinctValues {

  private DistinctValues() {}

  static OptionalInt union(ColumnData reference, ColumnData current, int cap) {
    if (reference instanceof ColumnData.Numeric r && current instanceof ColumnData.Numeric c) {
      return numeric(r.distribution(), c.distribution(), cap);
    }
    if (reference instanceof ColumnData.Categorical r
        && current instanceof ColumnData.Categorical c) {
      return categorical(r.distribution(), c.distribution(), cap);
    }
    throw new IllegalArgumentException("reference and current are of different kinds");
  }

  static OptionalInt numeric(NumericDistribution r, NumericDistribution c, int cap) {
    Optional<ExactNumeric> er = ExactNumeric.of(r);
    Optional<ExactNumeric> ec = ExactNumeric.of(c);
    if (er.isEmpty() || ec.isEmpty()) {
      return OptionalInt.empty();
    }
    ExactNumeric.Cursor a = er.get().cursor();
    ExactNumeric.Cursor b = ec.get().cursor();
    int distinct = 0;
    while ((a.hasNext() || b.hasNext()) && distinct <= cap) {
      double x = !b.hasNext() || (a.hasNext() && a.peek() <= b.peek()) ? a.peek() : b.peek();
      a.advanceThrough(x);
      b.advanceThrough(x);
      distinct++;
    }
    return OptionalInt.of(distinct);
  }

  static OptionalInt categorical(CategoricalDistribution r, CategoricalDistribution c, int cap) {
    if (!r.isExact() || !c.isExact()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Math.min(CategoryBins.categories(r, c).size(), cap + 1));
  }
}
