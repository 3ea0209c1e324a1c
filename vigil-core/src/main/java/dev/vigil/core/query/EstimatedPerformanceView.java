package dev.vigil.core.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of the estimated-performance query: CBPE fitted on the reference's (score, label)
 * pairs, applied to the range's predictions as a whole and per bucket when a granularity was asked.
 * Unavailable (with the reason) when the reference has no usable pairs; then the total is empty and
 * there are no buckets.
 *
 * @param threshold the model's decision threshold the estimates are at
 */
public record EstimatedPerformanceView(
    QueryScope scope,
    double threshold,
    Optional<String> unavailableReason,
    EstimatedMetrics total,
    Optional<BucketGranularity> granularity,
    List<EstimatedBucket> buckets) {

  public EstimatedPerformanceView {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(unavailableReason, "unavailableReason");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(granularity, "granularity");
    buckets = List.copyOf(buckets);
    if (unavailableReason.isPresent() && (!total.metrics().isEmpty() || !buckets.isEmpty())) {
      throw new IllegalArgumentException(
          "unavailableReason: an unavailable estimate has no values");
    }
  }

  public boolean available() {
    return unavailableReason.isEmpty();
  }
}
