package dev.vigil.core.schema;

import dev.vigil.stats.drift.ColumnKind;

/**
 * Infers a column's kind from the classes of all its cells: numeric when every non-blank cell is a
 * number, boolean when every non-blank cell is {@code true}/{@code false}, categorical otherwise. A
 * column with no non-blank cell is numeric (and has no values). Mutable; one per column.
 */
public final class KindInference {

  private long numbers;
  private long booleans;
  private long texts;

  public void add(CellClass cell) {
    switch (cell) {
      case NUMBER -> numbers++;
      case BOOLEAN -> booleans++;
      case TEXT -> texts++;
      case BLANK -> {}
    }
  }

  /** The kind of the column given the cells added so far. */
  public ColumnKind kind() {
    if (booleans == 0 && texts == 0) {
      return ColumnKind.NUMERIC;
    }
    return numbers == 0 && texts == 0 ? ColumnKind.BOOLEAN : ColumnKind.CATEGORICAL;
  }

  /** Number of non-blank cells added. */
  public long values() {
    return numbers + booleans + texts;
  }
}
