package dev.vigil.stats.summary;

import java.util.SortedMap;

/**
 * Counts of categories (strings; booleans are {@code "true"} and {@code "false"}), exact or
 * sketched, as drift tests read them.
 *
 * <p>When {@link #isExact()} every count is exact and {@link #otherCount()} is 0. Otherwise the
 * tracked categories are the heavy hitters, each count within {@link #countError()} of the truth,
 * and the remaining mass is in {@link #otherCount()}.
 */
public interface CategoricalDistribution {

  /** Number of non-missing values. */
  long count();

  /** Count per tracked category, in the categories' natural (sorted) order. */
  SortedMap<String, Long> counts();

  /** Values not attributed to a tracked category. */
  long otherCount();

  /** Largest possible error of any tracked count; 0 when exact. */
  long countError();

  default boolean isExact() {
    return otherCount() == 0 && countError() == 0;
  }
}
