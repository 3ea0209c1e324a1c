package dev.vigil.store;

import dev.vigil.core.event.BatchOutcome;
import dev.vigil.core.event.EventBatch;
import dev.vigil.core.event.EventCommit;
import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.PredictionRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one call's batches inside an open transaction and says what it did. The caller holds the
 * {@link LogSequence} lock from before this until after the commit, so the numbers given here are
 * above every committed one and commit in order.
 *
 * <p>Predictions are inserted first, then labels: candidate {@code i} of {@link CallPlan} gets the
 * number {@code last + 1 + i}, and a candidate whose key was stored already leaves its number
 * unused (a gap, harmless: numbers only need to increase).
 */
final class EventWriter {

  private final Connection connection;
  private final CallPlan plan;
  private final int[] inserted;
  private final int[] conflicting;

  private EventWriter(Connection connection, CallPlan plan, int batches) {
    this.connection = connection;
    this.plan = plan;
    this.inserted = new int[batches];
    this.conflicting = new int[batches];
  }

  /** Writes the batches, numbering from {@code last + 1}. */
  static EventCommit write(Connection connection, List<EventBatch> batches, long last)
      throws SQLException {
    RegisteredModels.require(connection, batches);
    return new EventWriter(connection, CallPlan.of(batches), batches.size()).write(batches, last);
  }

  private EventCommit write(List<EventBatch> batches, long last) throws SQLException {
    long predictionSeq = last + 1;
    long labelSeq = predictionSeq + plan.predictions().size();
    BitSet newPredictions = PredictionRows.insert(connection, plan.predictions(), predictionSeq);
    BitSet newLabels = LabelRows.insert(connection, plan.labels(), labelSeq);
    Map<EventKey, PredictionRecord> predictions = insertedPredictions(newPredictions);
    Map<EventKey, LabelRecord> labels = classifyLabels(newLabels);
    List<BatchOutcome> outcomes = new ArrayList<>();
    for (int b = 0; b < batches.size(); b++) {
      int duplicates = batches.get(b).size() - inserted[b] - conflicting[b];
      outcomes.add(new BatchOutcome(inserted[b], duplicates, conflicting[b]));
    }
    long lastSequence =
        !newLabels.isEmpty()
            ? labelSeq + newLabels.length() - 1
            : !newPredictions.isEmpty() ? predictionSeq + newPredictions.length() - 1 : last;
    return new EventCommit(
        outcomes,
        List.copyOf(predictions.values()),
        Joins.of(connection, predictions, labels),
        lastSequence);
  }

  private Map<EventKey, PredictionRecord> insertedPredictions(BitSet newPredictions) {
    Map<EventKey, PredictionRecord> predictions = new LinkedHashMap<>();
    for (int i = newPredictions.nextSetBit(0); i >= 0; i = newPredictions.nextSetBit(i + 1)) {
      PredictionRecord p = plan.predictions().get(i);
      predictions.put(EventKey.of(p), p);
      inserted[plan.predictionBatch(i)]++;
    }
    return predictions;
  }

  /**
   * Counts each label arrival as inserted, duplicate or conflict against the label that counts for
   * its key (the stored one, else the call's first), keeps the conflicts, and returns the labels
   * inserted.
   */
  private Map<EventKey, LabelRecord> classifyLabels(BitSet newLabels) throws SQLException {
    Map<EventKey, LabelRecord> labels = new LinkedHashMap<>();
    List<EventKey> storedBefore = new ArrayList<>();
    for (int i = 0; i < plan.labels().size(); i++) {
      LabelRecord label = plan.labels().get(i);
      if (newLabels.get(i)) {
        labels.put(EventKey.of(label), label);
      } else {
        storedBefore.add(EventKey.of(label));
      }
    }
    Map<EventKey, LabelRecord> counting = LabelRows.find(connection, storedBefore);
    counting.putAll(labels);
    List<LabelRecord> conflicts = new ArrayList<>();
    for (CallPlan.LabelArrival arrival : plan.labelArrivals()) {
      if (arrival.candidate() >= 0 && newLabels.get(arrival.candidate())) {
        inserted[arrival.batch()]++;
      } else if (countingLabel(counting, arrival).label() != arrival.record().label()) {
        conflicting[arrival.batch()]++;
        conflicts.add(arrival.record());
      }
    }
    if (!conflicts.isEmpty()) {
      LabelRows.insertConflicts(connection, conflicts);
    }
    return labels;
  }

  private static LabelRecord countingLabel(
      Map<EventKey, LabelRecord> counting, CallPlan.LabelArrival arrival) {
    LabelRecord label = counting.get(EventKey.of(arrival.record()));
    if (label == null) {
      // The insert found a label that the lookup does not: another writer deleted it.
      throw new IllegalStateException(
          "the label of '" + arrival.record().predictionId() + "' vanished while writing");
    }
    return label;
  }
}
