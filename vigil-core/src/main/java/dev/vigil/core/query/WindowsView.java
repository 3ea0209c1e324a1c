package dev.vigil.core.query;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of the windows query: the scope, the bucket granularity, when the reference that data
 * quality was compared with was uploaded (empty without reference), and the non-empty buckets in
 * time order.
 */
public record WindowsView(
    QueryScope scope,
    BucketGranularity granularity,
    Optional<Instant> referenceUploadedAt,
    List<BucketStats> buckets) {

  public WindowsView {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(referenceUploadedAt, "referenceUploadedAt");
    buckets = List.copyOf(buckets);
  }
}
