package dev.vigil.core.event;

import java.util.List;
import java.util.Optional;

/**
 * Where the labels (ground truth) are kept, by prediction id. A label needs no stored prediction:
 * labels may arrive first. Implementations are safe for concurrent use and durable: when {@link
 * #appendAll} returns, its records are committed. Rules: docs/INGESTION.md.
 */
public interface LabelStore {

  /**
   * Stores a batch all or nothing, in one transaction. The first label of a (model, prediction id)
   * wins: a later one with the same label is a duplicate (counted, left out); one with another
   * label is a conflict (counted, left out of the labels and kept for audit, see {@link
   * #conflicts}).
   *
   * @throws IllegalArgumentException naming the field when a record's model is not registered;
   *     nothing of the batch is stored then
   */
  LabelAppendResult appendAll(List<LabelRecord> records);

  /** The label that counts for this prediction: the first one stored, if any. */
  Optional<LabelRecord> find(String modelName, String predictionId);

  /** The labels that disagreed with the first one for this prediction, in arrival order. */
  List<LabelRecord> conflicts(String modelName, String predictionId);

  /**
   * The labels of {@code modelName} with no stored prediction: their count, the oldest label time
   * and at most {@code limit} of them, oldest label time first (then by prediction id).
   *
   * @throws IllegalArgumentException naming {@code limit} when it is not in [0, 1000]
   */
  UnmatchedLabels unmatched(String modelName, int limit);
}
