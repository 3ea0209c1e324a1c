package dev.vigil.http;

import dev.vigil.stats.drift.ColumnKind;

/**
 * Whether a feature value fits its schema column, by the recording rules of docs/WINDOWS.md so that
 * {@code /metrics} and the windows count alike: null, absent or a blank string is missing; a
 * numeric column takes a {@code Double} (any other value, strings included, is a type error); a
 * categorical or boolean column takes a {@code String}, a {@code Boolean} or a {@code Double}.
 */
enum FeatureValueCheck {
  FITS,
  MISSING,
  WRONG_TYPE;

  static FeatureValueCheck of(ColumnKind kind, Object value) {
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
