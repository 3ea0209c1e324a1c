package dev.vigil.core.window;

import java.util.Optional;

/** Where each monitored model's reference summary is kept. Safe for concurrent use; durable. */
public interface ReferenceStore {

  /**
   * Replaces the model's reference (a model has at most one).
   *
   * @throws IllegalArgumentException naming the field when the model is not registered
   */
  void put(String modelName, ReferenceSummary reference);

  Optional<ReferenceSummary> find(String modelName);
}
