package dev.vigil.stats.summary;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** An exact {@link CategoricalDistribution}: every category with its count. */
public record CategoryCounts(SortedMap<String, Long> counts) implements CategoricalDistribution {

  public CategoryCounts {
    TreeMap<String, Long> copy = new TreeMap<>();
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      if (e.getKey() == null || e.getValue() == null || e.getValue() <= 0) {
        throw new IllegalArgumentException("category counts must be positive: " + e);
      }
      copy.put(e.getKey(), e.getValue());
    }
    counts = Collections.unmodifiableSortedMap(copy);
  }

  public static CategoryCounts of(Map<String, Long> counts) {
    return new CategoryCounts(new TreeMap<>(counts));
  }

  @Override
  public long count() {
    long total = 0;
    for (long c : counts.values()) {
      total += c;
    }
    return total;
  }

  @Override
  public long otherCount() {
    return 0;
  }

  @Override
  public long countError() {
    return 0;
  }
}
