package dev.vigil.core.query;

import dev.vigil.core.window.Window;
import dev.vigil.core.window.WindowSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Merges base windows into buckets of a coarser granularity, and into one summary. */
public final class RollUp {

  private RollUp() {}

  /**
   * One bucket per bucket start that has at least one base window, in time order; buckets with no
   * window are left out.
   */
  public static List<Bucket> buckets(
      List<Window> windows, BucketGranularity granularity, TimeRange range) {
    Map<Instant, WindowSummary> merged = new TreeMap<>();
    for (Window window : windows) {
      merged.merge(
          granularity.bucketStart(window.key().start()), window.summary(), WindowSummary::merge);
    }
    List<Bucket> buckets = new ArrayList<>(merged.size());
    merged.forEach(
        (start, summary) -> {
          Instant end = granularity.bucketEnd(start);
          boolean partial = start.isBefore(range.from()) || end.isAfter(range.to());
          buckets.add(new Bucket(start, end, partial, summary));
        });
    return buckets;
  }

  /** Every window merged into one summary; the empty summary at {@code threshold} if none. */
  public static WindowSummary total(List<Window> windows, double threshold) {
    WindowSummary total = WindowSummary.empty(threshold);
    for (Window window : windows) {
      total = total.merge(window.summary());
    }
    return total;
  }
}
