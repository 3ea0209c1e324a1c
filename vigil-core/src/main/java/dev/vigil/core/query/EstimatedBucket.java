package dev.vigil.core.query;

import java.time.Instant;
import java.util.Objects;

/** Performance estimated without labels on the predictions made in one bucket. */
public record EstimatedBucket(
    Instant start, Instant end, boolean partial, EstimatedMetrics estimate) {

  public EstimatedBucket {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(estimate, "estimate");
  }
}
