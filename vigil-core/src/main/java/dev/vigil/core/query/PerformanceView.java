package dev.vigil.core.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of the performance query: the whole range, and per bucket when a granularity was asked
 * (empty granularity, empty list otherwise).
 */
public record PerformanceView(
    QueryScope scope,
    PerformanceStats total,
    Optional<BucketGranularity> granularity,
    List<BucketPerformance> buckets) {

  public PerformanceView {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(granularity, "granularity");
    buckets = List.copyOf(buckets);
  }
}
