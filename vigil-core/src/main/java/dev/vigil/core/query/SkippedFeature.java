package dev.vigil.core.query;

import java.util.Objects;

/** A feature the drift query did not test, and why (no value on one side). */
public record SkippedFeature(String feature, String reason) {

  public SkippedFeature {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(reason, "reason");
  }
}
