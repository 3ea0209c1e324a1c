package dev.vigil.core.query;

import java.time.Instant;
import java.util.Objects;

/**
 * The drift of one bucket of a drift-per-bucket query: the bucket's bounds and whether the query's
 * range covers only part of it, and the drift of its merged windows against the reference, whose
 * scope is the bucket's part of the range (so it equals the whole-range drift query over that
 * part).
 */
public record DriftBucket(Instant start, Instant end, boolean partial, DriftView drift) {

  public DriftBucket {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(drift, "drift");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start, were " + start + " and " + end);
    }
  }
}
