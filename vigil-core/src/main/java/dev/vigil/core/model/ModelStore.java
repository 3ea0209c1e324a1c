package dev.vigil.core.model;

import java.util.List;
import java.util.Optional;

/**
 * Where monitored models are kept. Implementations are safe for concurrent use and durable: a model
 * returned by {@link #create} is committed.
 */
public interface ModelStore {

  /**
   * Stores a new model.
   *
   * @throws ModelAlreadyExistsException if a model with this name exists (also when another caller
   *     creates it concurrently); nothing is changed then
   */
  void create(MonitoredModel model);

  /** The model with exactly this name (names are case-sensitive), if there is one. */
  Optional<MonitoredModel> find(String name);

  /** Every model, ordered by name. */
  List<MonitoredModel> list();
}
