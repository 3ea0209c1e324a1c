package dev.vigil.core.registry;

import java.util.Objects;

/**
 * The rules for names in the registry. Model names follow MLflow, which accepts almost any text: 1
 * to 256 characters without control characters and without '/' (it would break the URL of the
 * model). Only names valid for a monitored model can be served and monitored; see docs/REGISTRY.md.
 */
final class RegistryNames {

  private static final int MAX = 256;

  private RegistryNames() {}

  static String requireText(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank() || value.length() > MAX) {
      throw new IllegalArgumentException(field + " must be 1-" + MAX + " characters, not blank");
    }
    if (value.chars().anyMatch(c -> Character.isISOControl(c) || c == '/')) {
      throw new IllegalArgumentException(
          field + " must not contain '/' nor control characters, was '" + value + "'");
    }
    return value;
  }

  static String requireSha256(String field, String value) {
    if (value != null && !value.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(field + " must be 64 lower-case hexadecimal digits");
    }
    return value;
  }
}
