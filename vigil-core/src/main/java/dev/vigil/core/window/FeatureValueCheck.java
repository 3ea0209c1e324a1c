package dev.vigil.core.window;

import dev.vigil.stats.drift.ColumnKind;

/**
 * Whether a feature value fits its schema column: the one rule of docs/WINDOWS.md by which the
 * windows record a value and {@code /metrics} counts it, so both count alike: null, absent or a
 * blank string is missing; a numeric column takes a {@code Double} (any other value, strings
 * included, is a type error); a categorical or boolean column takes a {@code String}, a {@code
 * Boolean} or a {@code Double}.
 */
public enum FeatureValueCheck {
  FITS,
  MISSING,
  WRONG_TYPE;

  public static FeatureValueCheck of(ColumnKind kind, Object value) {
    if (value == null || value instanceof String s && s.isBlank()) {
      return MISSING;
    }
    if (kind == ColumnKind.NUMERIC) {
      return value instanceof Double ? FITS : WRONG_TYPE;
    }
    return value instanceof String || value instanceof Boolean || value instanceof Double
        ? FITS
        : WRONG_TYPE;
  }
}
