package dev.vigil.core.event;

import java.util.List;

/**
 * What one {@link EventLog#append} committed: an outcome per batch (in the batches' order), the
 * predictions newly stored, the (prediction, label) pairs that this commit joined for the first
 * time — a new label whose prediction was stored, or a new prediction whose label was stored
 * earlier — and the last sequence number the commit used. Predictions are in sequence-number order
 * and pairs in the order of their later half's sequence number.
 */
public record EventCommit(
    List<BatchOutcome> outcomes,
    List<PredictionRecord> insertedPredictions,
    List<LabeledPrediction> joined,
    long lastSequence) {

  public EventCommit {
    outcomes = List.copyOf(outcomes);
    insertedPredictions = List.copyOf(insertedPredictions);
    joined = List.copyOf(joined);
  }
}
