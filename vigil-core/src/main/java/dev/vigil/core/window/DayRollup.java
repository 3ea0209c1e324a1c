package dev.vigil.core.window;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rolls base windows up to UTC days: one window per (model, version, segment, day) whose summary is
 * the merge of that day's base windows. The stores keep these roll-ups beside the base windows so a
 * query over months reads one row a day instead of 24 or 1,440.
 */
public final class DayRollup {

  private static final Comparator<Window> START_THEN_VERSION =
      Comparator.comparing((Window w) -> w.key().start())
          .thenComparing(w -> w.key().modelVersion());

  private DayRollup() {}

  /** The day deltas of base-window deltas, by day key. */
  public static Map<WindowKey, WindowSummary> ofDeltas(Map<WindowKey, WindowSummary> deltas) {
    Map<WindowKey, WindowSummary> days = new HashMap<>();
    deltas.forEach((key, summary) -> days.merge(key.day(), summary, WindowSummary::merge));
    return days;
  }

  /** The day windows of base windows, sorted by start then version. */
  public static List<Window> of(Collection<Window> windows) {
    Map<WindowKey, WindowSummary> days = new HashMap<>();
    for (Window w : windows) {
      days.merge(w.key().day(), w.summary(), WindowSummary::merge);
    }
    List<Window> out = new ArrayList<>(days.size());
    days.forEach((key, summary) -> out.add(new Window(key, summary)));
    out.sort(START_THEN_VERSION);
    return out;
  }
}
