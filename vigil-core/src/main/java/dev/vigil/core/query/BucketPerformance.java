package dev.vigil.core.query;

import java.time.Instant;
import java.util.Objects;

/** Realized performance of the predictions made in one bucket. */
public record BucketPerformance(
    Instant start, Instant end, boolean partial, PerformanceStats performance) {

  public BucketPerformance {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(performance, "performance");
  }

  public static BucketPerformance of(Bucket bucket) {
    return new BucketPerformance(
        bucket.start(), bucket.end(), bucket.partial(), PerformanceStats.of(bucket.summary()));
  }
}
