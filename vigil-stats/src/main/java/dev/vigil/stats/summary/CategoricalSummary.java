package dev.vigil.stats.summary;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.datasketches.frequencies.ErrorType;
import org.apache.datasketches.frequencies.ItemsSketch;

/**
 * An immutable, mergeable summary of a categorical or boolean column (docs/STATISTICS.md §1), built
 * by a {@link CategoricalRecorder} or by merging.
 *
 * <p>Invariants: {@code count() == sum(counts) + otherCount()}. Counts are exact while there are at
 * most {@link #EXACT_CATEGORY_LIMIT} categories. Beyond that a frequent-items sketch (map size
 * 1024) keeps the heavy hitters; each tracked count is the sketch's lower bound, at most {@link
 * #countError()} below the truth, and the rest of the mass is {@link #otherCount()}. {@link
 * #missing()} counts null or blank values.
 */
public final class CategoricalSummary implements CategoricalDistribution {

  /** Counts are exact while there are at most this many distinct categories. */
  public static final int EXACT_CATEGORY_LIMIT = 1024;

  private static final CategoricalSummary EMPTY = new CategoricalSummary(0, new TreeMap<>(), null);

  private final long missing;
  private final SortedMap<String, Long> counts;
  private final ItemsSketch<String> sketch;
  private final long count;

  private CategoricalSummary(long missing, TreeMap<String, Long> counts, ItemsSketch<String> sk) {
    this.missing = missing;
    this.counts = Collections.unmodifiableSortedMap(counts);
    this.sketch = sk;
    long total = 0;
    for (long c : counts.values()) {
      total += c;
    }
    this.count = sk == null ? total : sk.getStreamLength();
  }

  /** The summary of no values; the identity of {@link #merge}. */
  public static CategoricalSummary empty() {
    return EMPTY;
  }

  /**
   * An exact summary.
   *
   * @throws IllegalArgumentException when a count is not positive, a category is null or blank, or
   *     there are more than {@link #EXACT_CATEGORY_LIMIT} categories
   */
  public static CategoricalSummary exact(long missing, Map<String, Long> counts) {
    checkMissing(missing);
    if (counts.size() > EXACT_CATEGORY_LIMIT) {
      throw new IllegalArgumentException(
          "counts: " + counts.size() + " categories > " + EXACT_CATEGORY_LIMIT);
    }
    TreeMap<String, Long> copy = new TreeMap<>();
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null || e.getValue() <= 0) {
        throw new IllegalArgumentException(
            "counts: categories must be non-blank, counts > 0: " + e);
      }
      copy.put(e.getKey(), e.getValue());
    }
    return new CategoricalSummary(missing, copy, null);
  }

  /** A sketched summary from DataSketches' serialization of a frequent-items sketch of strings. */
  public static CategoricalSummary fromSketchBytes(long missing, byte[] sketchBytes) {
    checkMissing(missing);
    return sketched(missing, FrequentItems.fromBytes(sketchBytes));
  }

  /** Takes ownership of a sketch nobody mutates any more. */
  static CategoricalSummary sketched(long missing, ItemsSketch<String> sketch) {
    TreeMap<String, Long> tracked = new TreeMap<>();
    for (ItemsSketch.Row<String> row : sketch.getFrequentItems(ErrorType.NO_FALSE_NEGATIVES)) {
      if (row.getLowerBound() > 0) {
        tracked.put(row.getItem(), row.getLowerBound());
      }
    }
    return new CategoricalSummary(missing, tracked, sketch);
  }

  private static void checkMissing(long missing) {
    if (missing < 0) {
      throw new IllegalArgumentException("missing must be >= 0: " + missing);
    }
  }

  /** Null or blank values. */
  public long missing() {
    return missing;
  }

  @Override
  public long count() {
    return count;
  }

  @Override
  public SortedMap<String, Long> counts() {
    return counts;
  }

  @Override
  public long otherCount() {
    return sketch == null ? 0 : count - counts.values().stream().mapToLong(Long::longValue).sum();
  }

  @Override
  public long countError() {
    return sketch == null ? 0 : sketch.getMaximumError();
  }

  /** DataSketches' serialization of the frequent-items sketch, present iff counts are sketched. */
  public Optional<byte[]> sketchBytes() {
    return sketch == null ? Optional.empty() : Optional.of(FrequentItems.toBytes(sketch));
  }

  /** The summary of both summaries' values. */
  public CategoricalSummary merge(CategoricalSummary other) {
    long mergedMissing = missing + other.missing;
    if (sketch == null && other.sketch == null) {
      TreeMap<String, Long> union = new TreeMap<>(counts);
      other.counts.forEach((k, v) -> union.merge(k, v, Long::sum));
      if (union.size() <= EXACT_CATEGORY_LIMIT) {
        return new CategoricalSummary(mergedMissing, union, null);
      }
    }
    ItemsSketch<String> merged = FrequentItems.newSketch();
    addTo(merged);
    other.addTo(merged);
    return sketched(mergedMissing, merged);
  }

  private void addTo(ItemsSketch<String> target) {
    if (sketch != null) {
      target.merge(sketch);
    } else {
      counts.forEach(target::update);
    }
  }

  @Override
  public String toString() {
    return "CategoricalSummary["
        + (sketch == null ? "exact" : "sketched")
        + ", count="
        + count
        + ", missing="
        + missing
        + ", categories="
        + counts.size()
        + "]";
  }
}
