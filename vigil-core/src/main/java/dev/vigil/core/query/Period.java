package dev.vigil.core.query;

import java.util.Objects;

/**
 * One count-based period: {@code size} consecutive predictions of a model in time order (fewer in
 * the last, partial one). {@code stats} spans the period's first to last prediction time, both
 * inclusive, with {@code stats.partial()} set for a period of fewer than the size asked.
 *
 * @param index the period's place among the range's periods, from 0
 * @param stats volume, predicted positive rate, scores, labels and data quality, as a window's
 * @param performance realized performance of the period's predictions whose label is stored
 */
public record Period(long index, BucketStats stats, PerformanceStats performance) {

  public Period {
    Objects.requireNonNull(stats, "stats");
    Objects.requireNonNull(performance, "performance");
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, was " + index);
    }
  }
}
