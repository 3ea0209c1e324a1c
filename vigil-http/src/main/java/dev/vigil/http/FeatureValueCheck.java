package dev.vigil.http;

import dev.vigil.stats.drift.ColumnKind;

/**
 * Whether a feature value fits its schema column, as the data-quality counters see it: absent or
 * {@code null} is missing; a numeric column expects a number (a {@code Double}); a categorical or
 * boolean column takes a string, a boolean or a number (compared as text), so every stored value
 * fits it.
 */
enum FeatureValueCheck {
  FITS,
  MISSING,
  WRONG_TYPE;

  static FeatureValueCheck of(ColumnKind kind, Object value) {
    if (value == null) {
      return MISSING;
    }
    if (kind == ColumnKind.NUMERIC && !(value instanceof Double)) {
      return WRONG_TYPE;
    }
    return FITS;
  }
}
