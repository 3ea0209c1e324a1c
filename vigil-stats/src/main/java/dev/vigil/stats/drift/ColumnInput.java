package dev.vigil.stats.drift;

import java.util.Objects;

/**
 * A column to test for drift: its name, kind, and reference and current data. Numeric columns carry
 * {@link ColumnData.Numeric} on both sides; categorical and boolean columns carry {@link
 * ColumnData.Categorical}.
 */
public record ColumnInput(String name, ColumnKind kind, ColumnData reference, ColumnData current) {

  public ColumnInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(current, "current");
    boolean numeric = kind == ColumnKind.NUMERIC;
    if (numeric != (reference instanceof ColumnData.Numeric)
        || numeric != (current instanceof ColumnData.Numeric)) {
      throw new IllegalArgumentException(
          "column " + name + ": " + kind.id() + " data must be on both sides");
    }
  }
}
