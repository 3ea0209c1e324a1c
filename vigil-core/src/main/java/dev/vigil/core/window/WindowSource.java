package dev.vigil.core.window;

import java.util.List;

/**
 * Where queries read base windows: the stored summaries merged with the deltas not flushed yet,
 * read consistently (a flush between the two reads neither drops nor doubles a record).
 */
@FunctionalInterface
public interface WindowSource {

  /** The windows the query matches, by start then version; one entry per key. */
  List<Window> windows(WindowQuery query);

  /**
   * The day roll-ups of the windows of the days whose start the query matches (ask with day-aligned
   * bounds), by start then version. This default rolls {@link #windows} up; a source over a store
   * that keeps day roll-ups reads those instead.
   */
  default List<Window> days(WindowQuery query) {
    return DayRollup.of(windows(query));
  }

  /** The stored windows alone, with the store's own day roll-ups (no pending deltas). */
  static WindowSource of(WindowStore store) {
    return new WindowSource() {
      @Override
      public List<Window> windows(WindowQuery query) {
        return store.find(query);
      }

      @Override
      public List<Window> days(WindowQuery query) {
        return store.findDays(query);
      }
    };
  }
}
