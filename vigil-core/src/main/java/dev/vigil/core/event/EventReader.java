package dev.vigil.core.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads the raw predictions of a model in time order, with their labels, for the count-based
 * periods. Implementations are safe for concurrent use and read committed records only.
 */
public interface EventReader {

  /** The most predictions one call may ask for. */
  int MAX_LIMIT = 100_000;

  /**
   * Up to {@code limit} predictions of {@code model} whose event time is in {@code [from, to)}, of
   * {@code version} when given, after {@code after} when given, ordered by {@link EventPosition}
   * (event time, then sequence number), each with its stored label if any. Empty for an unknown
   * model.
   *
   * @throws IllegalArgumentException naming {@code limit} unless it is in [1, {@link #MAX_LIMIT}]
   */
  List<StoredPrediction> predictionsBetween(
      String model,
      Instant from,
      Instant to,
      Optional<String> version,
      Optional<EventPosition> after,
      int limit);

  /** Checks a limit by the rule of {@link #predictionsBetween}. */
  static int requireValidLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be in [1, " + MAX_LIMIT + "], was " + limit);
    }
    return limit;
  }
}
