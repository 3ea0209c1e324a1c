package dev.vigil.core.ingest;

import dev.vigil.core.detector.SavedDetector;
import dev.vigil.core.window.Window;
import dev.vigil.core.window.WindowKey;
import dev.vigil.core.window.WindowQuery;
import dev.vigil.core.window.WindowStore;
import dev.vigil.core.window.WindowSummary;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A window store in memory, counting its merges and able to fail the next one. */
final class MemoryWindowStore implements WindowStore {

  private final Map<WindowKey, WindowSummary> windows = new HashMap<>();
  private final Map<String, SavedDetector> detectors = new TreeMap<>();
  private long watermark;
  private int merges;
  private RuntimeException nextFailure;

  @Override
  public synchronized long watermark() {
    return watermark;
  }

  @Override
  public synchronized void mergeAll(Map<WindowKey, WindowSummary> deltas, long watermark) {
    mergeAll(deltas, List.of(), watermark);
  }

  @Override
  public synchronized void mergeAll(
      Map<WindowKey, WindowSummary> deltas, List<SavedDetector> states, long watermark) {
    if (nextFailure != null) {
      RuntimeException failure = nextFailure;
      nextFailure = null;
      throw failure;
    }
    if (watermark < this.watermark) {
      throw new IllegalArgumentException(
          "watermark " + watermark + " is below the stored " + this.watermark);
    }
    deltas.forEach((key, delta) -> windows.merge(key, delta, WindowSummary::merge));
    states.forEach(d -> detectors.put(d.status().model() + "/" + d.status().stream(), d));
    this.watermark = watermark;
    merges++;
  }

  @Override
  public synchronized List<Window> find(WindowQuery query) {
    return windows.entrySet().stream()
        .filter(e -> query.matches(e.getKey()))
        .map(e -> new Window(e.getKey(), e.getValue()))
        .sorted(
            Comparator.comparing((Window w) -> w.key().start())
                .thenComparing(w -> w.key().modelVersion()))
        .toList();
  }

  /** The stored detector states, by model then stream. */
  @Override
  public synchronized List<SavedDetector> detectors() {
    return List.copyOf(detectors.values());
  }

  synchronized void failNextMerge(RuntimeException failure) {
    nextFailure = failure;
  }

  synchronized int merges() {
    return merges;
  }

  /** Every stored window, whatever its key. */
  synchronized Map<WindowKey, WindowSummary> all() {
    return Map.copyOf(windows);
  }
}
