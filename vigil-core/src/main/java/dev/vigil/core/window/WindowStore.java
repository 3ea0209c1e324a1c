package dev.vigil.core.window;

import dev.vigil.core.detector.SavedDetector;
import java.util.List;
import java.util.Map;

/**
 * Where window summaries are kept durably. The summaries are derived from the event log: the
 * watermark says up to which event-log sequence number they include the events, so that after a
 * crash the events after it are replayed (docs/WINDOWS.md). Safe for concurrent use.
 */
public interface WindowStore {

  /** The event-log sequence number the stored summaries include everything up to; 0 at first. */
  long watermark();

  /**
   * Merges each delta into the stored summary of its key (a key not stored yet gets the delta) and
   * sets the watermark, all in one transaction.
   *
   * @throws IllegalArgumentException if the watermark is lower than the stored one
   */
  void mergeAll(Map<WindowKey, WindowSummary> deltas, long watermark);

  /**
   * Like {@link #mergeAll(Map, long)}, and in the same transaction replaces the stored state of
   * each detector given (docs/DETECTORS.md), so detector states and windows always include the same
   * events. This default keeps no detector state and refuses any.
   *
   * @throws UnsupportedOperationException from a store that keeps no detector state, given some
   */
  default void mergeAll(
      Map<WindowKey, WindowSummary> deltas, List<SavedDetector> detectors, long watermark) {
    if (!detectors.isEmpty()) {
      throw new UnsupportedOperationException("this window store keeps no detector states");
    }
    mergeAll(deltas, watermark);
  }

  /** Every stored detector state; this default keeps none. */
  default List<SavedDetector> detectors() {
    return List.of();
  }

  /** The stored windows the query matches, by start then version. */
  List<Window> find(WindowQuery query);

  /**
   * The day roll-ups ({@link DayRollup}) of the stored windows, for the days whose start the query
   * matches, by start then version. Stores keep them beside the base windows; this default derives
   * them from {@link #find} (correct, slower), for stores that do not.
   */
  default List<Window> findDays(WindowQuery query) {
    return DayRollup.of(find(query));
  }
}
