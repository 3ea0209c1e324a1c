package dev.vigil.core.event;

import java.util.List;
import java.util.Optional;

/**
 * Where the raw predictions are kept. Implementations are safe for concurrent use and durable: when
 * {@link #appendAll} returns, its records are committed. Rules: docs/INGESTION.md.
 */
public interface PredictionStore {

  /**
   * Stores a batch all or nothing, in one transaction. A record whose (model, prediction id) is
   * already stored, or appears earlier in the batch, is a duplicate: it is counted and left out,
   * the first one stays. Concurrent batches that overlap store each prediction exactly once.
   *
   * @throws IllegalArgumentException naming the field when a record's model is not registered;
   *     nothing of the batch is stored then
   */
  AppendResult appendAll(List<PredictionRecord> records);

  /** The prediction with this id of this model, if stored. */
  Optional<PredictionRecord> find(String modelName, String predictionId);

  /** How many predictions of this model are stored. */
  long countByModel(String modelName);
}
