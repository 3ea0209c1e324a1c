package dev.vigil.core.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The labels of one model whose prediction is not stored (never seen, not arrived yet, or deleted
 * by retention): how many, the oldest label time (empty when none) and some examples, oldest first.
 */
public record UnmatchedLabels(
    long count, Optional<Instant> oldestLabelTime, List<LabelRecord> examples) {

  public UnmatchedLabels {
    Objects.requireNonNull(oldestLabelTime, "oldestLabelTime");
    examples = List.copyOf(examples);
    if (count < examples.size()) {
      throw new IllegalArgumentException("count: " + count + " is below the examples given");
    }
    if (count > 0 && oldestLabelTime.isEmpty()) {
      throw new IllegalArgumentException("oldestLabelTime: missing with " + count + " labels");
    }
  }
}
