package dev.vigil.core.query;

import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.core.window.WindowSummary;
import dev.vigil.stats.drift.DriftOptions;
import java.time.Instant;
import java.util.List;

/**
 * The drift per bucket: each bucket's merged windows compared with the reference as the drift query
 * compares a whole range, over the bucket's part of the range; the total is the buckets merged, so
 * the windows are read once.
 */
final class DriftBuckets {

  /** The most buckets one drift query may test: 31 days of hours. */
  static final long MAX_BUCKETS = 31 * 24;

  private DriftBuckets() {}

  static DriftBucketsView compare(
      QueryScope scope,
      ReferenceSummary reference,
      BucketGranularity granularity,
      List<Bucket> buckets,
      double threshold) {
    WindowSummary total = WindowSummary.empty(threshold);
    for (Bucket bucket : buckets) {
      total = total.merge(bucket.summary());
    }
    List<DriftBucket> drifts =
        buckets.stream()
            .map(
                b ->
                    new DriftBucket(
                        b.start(),
                        b.end(),
                        b.partial(),
                        DriftComparison.compare(
                            clipped(scope, b), reference, b.summary(), DriftOptions.defaults())))
            .toList();
    return new DriftBucketsView(
        DriftComparison.compare(scope, reference, total, DriftOptions.defaults()),
        granularity,
        drifts);
  }

  /** The scope of the bucket's part of the range. */
  private static QueryScope clipped(QueryScope scope, Bucket bucket) {
    TimeRange range = scope.range();
    Instant from = bucket.start().isBefore(range.from()) ? range.from() : bucket.start();
    Instant to = bucket.end().isAfter(range.to()) ? range.to() : bucket.end();
    return new QueryScope(scope.model(), new TimeRange(from, to), scope.segment(), scope.version());
  }

  /**
   * @throws IllegalArgumentException naming {@code granularity} when the range holds more than
   *     {@link #MAX_BUCKETS} buckets of it
   */
  static void requireFew(long buckets, BucketGranularity granularity) {
    if (buckets > MAX_BUCKETS) {
      throw new IllegalArgumentException(
          "granularity: the range holds up to "
              + buckets
              + " "
              + granularity.id()
              + " buckets, more than the "
              + MAX_BUCKETS
              + " a drift query tests; shorten the range or use a coarser granularity");
    }
  }
}
