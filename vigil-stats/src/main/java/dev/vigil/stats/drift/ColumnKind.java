package dev.vigil.stats.drift;

/** How a column's values are compared: as numbers, or as categories. Booleans are categories. */
public enum ColumnKind {
  NUMERIC,
  CATEGORICAL,
  BOOLEAN;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
