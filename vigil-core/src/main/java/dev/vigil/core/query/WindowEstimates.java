package dev.vigil.core.query;

import dev.vigil.core.window.Window;
import dev.vigil.stats.estimate.CbpeEstimator;
import dev.vigil.stats.estimate.EstimatedConfusion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CBPE windows of a query's base windows, each summarized once from its own scores and then
 * merged ({@link EstimatedConfusion} is mergeable): a base window of at most {@link
 * dev.vigil.stats.summary.NumericSummary#EXACT_LIMIT} predictions keeps its exact scores, so a
 * range of such windows is estimated exactly as {@link CbpeEstimator} would on all its scores,
 * however long the range. Merging summaries first would lose the exact scores past that limit.
 */
final class WindowEstimates {

  private record Estimated(Window window, EstimatedConfusion confusion, boolean exact) {}

  private final CbpeEstimator estimator;
  private final List<Estimated> windows;

  WindowEstimates(CbpeEstimator estimator, List<Window> windows) {
    this.estimator = estimator;
    this.windows =
        windows.stream()
            .map(
                w ->
                    new Estimated(
                        w,
                        WindowScores.summarize(estimator, w.summary().scores()),
                        WindowScores.exact(w.summary().scores())))
            .toList();
  }

  /** The estimate of every window together. */
  EstimatedMetrics total() {
    return merged(windows);
  }

  /** One bucket per bucket start that has a window, in time order, as {@link RollUp#buckets}. */
  List<EstimatedBucket> buckets(BucketGranularity granularity, TimeRange range) {
    Map<Instant, List<Estimated>> byStart = new TreeMap<>();
    for (Estimated e : windows) {
      byStart
          .computeIfAbsent(
              granularity.bucketStart(e.window().key().start()), s -> new ArrayList<>())
          .add(e);
    }
    List<EstimatedBucket> buckets = new ArrayList<>(byStart.size());
    byStart.forEach(
        (start, in) -> {
          Instant end = granularity.bucketEnd(start);
          boolean partial = start.isBefore(range.from()) || end.isAfter(range.to());
          buckets.add(new EstimatedBucket(start, end, partial, merged(in)));
        });
    return buckets;
  }

  private EstimatedMetrics merged(List<Estimated> in) {
    EstimatedConfusion confusion = EstimatedConfusion.empty(estimator.threshold());
    boolean exact = true;
    for (Estimated e : in) {
      confusion = confusion.merge(e.confusion());
      exact &= e.exact();
    }
    return EstimatedMetrics.of(estimator, confusion, exact);
  }
}
