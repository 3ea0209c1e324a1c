package dev.vigil.stats.summary;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.datasketches.frequencies.ItemsSketch;

/**
 * The mutable, single-threaded hot path that builds a {@link CategoricalSummary}: exact counts in a
 * hash map until a category beyond {@link CategoricalSummary#EXACT_CATEGORY_LIMIT} arrives, then a
 * frequent-items sketch seeded with those counts.
 */
public final class CategoricalRecorder {

  private final Map<String, long[]> counts = new HashMap<>();
  private ItemsSketch<String> sketch;
  private long missing;

  /** Records a category; null or blank counts as missing. */
  public void record(String category) {
    if (category == null || category.isBlank()) {
      missing++;
    } else if (sketch != null) {
      sketch.update(category);
    } else {
      long[] count = counts.get(category);
      if (count != null) {
        count[0]++;
      } else if (counts.size() < CategoricalSummary.EXACT_CATEGORY_LIMIT) {
        counts.put(category, new long[] {1});
      } else {
        switchToSketch();
        sketch.update(category);
      }
    }
  }

  /** Records a boolean as the category {@code "true"} or {@code "false"}. */
  public void recordBoolean(boolean value) {
    record(value ? "true" : "false");
  }

  /** Records a null or blank value. */
  public void recordMissing() {
    missing++;
  }

  private void switchToSketch() {
    sketch = FrequentItems.newSketch();
    counts.forEach((category, count) -> sketch.update(category, count[0]));
    counts.clear();
  }

  /** The summary of everything recorded so far; the recorder stays usable. */
  public CategoricalSummary summary() {
    if (sketch != null) {
      return CategoricalSummary.sketched(missing, FrequentItems.copy(sketch));
    }
    TreeMap<String, Long> exact = new TreeMap<>();
    counts.forEach((category, count) -> exact.put(category, count[0]));
    return CategoricalSummary.exact(missing, exact);
  }
}
