package dev.vigil.core.query;

import java.util.List;
import java.util.Objects;

/**
 * The answer of the drift query per bucket: the drift of the whole range ({@code total}) and the
 * drift of each bucket of {@code granularity} that holds at least one window, in time order.
 */
public record DriftBucketsView(
    DriftView total, BucketGranularity granularity, List<DriftBucket> buckets) {

  public DriftBucketsView {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(granularity, "granularity");
    buckets = List.copyOf(buckets);
  }
}
