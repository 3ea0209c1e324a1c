package dev.vigil.core.schema;

/** What a single text cell holds, as the schema inference rules see it. */
public enum CellClass {
  /** Empty or only whitespace: a missing value. */
  BLANK,
  /** A decimal number, or an infinity. */
  NUMBER,
  /** {@code true} or {@code false}, in any letter case. */
  BOOLEAN,
  /** Anything else. */
  TEXT
}
