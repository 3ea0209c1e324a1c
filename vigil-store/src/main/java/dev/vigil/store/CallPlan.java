package dev.vigil.store;

import dev.vigil.core.event.EventBatch;
import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.PredictionRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records of one {@link JdbcEventLog#append} call in the order they are stored: batch after
 * batch, each batch in key order (a stable sort, so of two records with one key the first given
 * stays first). The first record of each key in the call is a candidate for insertion; a later one
 * is a duplicate (a prediction) or is compared with the label that counts (a label).
 */
final class CallPlan {

  /** A label of the call; {@code candidate} indexes {@link #labels}, or is -1 for a repeat. */
  record LabelArrival(int batch, LabelRecord record, int candidate) {}

  private static final Comparator<PredictionRecord> PREDICTION_ORDER =
      Comparator.comparing(EventKey::of);
  private static final Comparator<LabelRecord> LABEL_ORDER = Comparator.comparing(EventKey::of);

  private final List<PredictionRecord> predictions = new ArrayList<>();
  private final List<Integer> predictionBatches = new ArrayList<>();
  private final List<LabelRecord> labels = new ArrayList<>();
  private final List<LabelArrival> labelArrivals = new ArrayList<>();

  private CallPlan() {}

  static CallPlan of(List<EventBatch> batches) {
    CallPlan plan = new CallPlan();
    Set<EventKey> predicted = new HashSet<>();
    Map<EventKey, Integer> labelled = new HashMap<>();
    for (int b = 0; b < batches.size(); b++) {
      if (batches.get(b) instanceof EventBatch.Predictions p) {
        for (PredictionRecord r : p.records().stream().sorted(PREDICTION_ORDER).toList()) {
          if (predicted.add(EventKey.of(r))) {
            plan.predictions.add(r);
            plan.predictionBatches.add(b);
          }
        }
      } else if (batches.get(b) instanceof EventBatch.Labels l) {
        for (LabelRecord r : l.records().stream().sorted(LABEL_ORDER).toList()) {
          Integer first = labelled.putIfAbsent(EventKey.of(r), plan.labels.size());
          plan.labelArrivals.add(new LabelArrival(b, r, first == null ? plan.labels.size() : -1));
          if (first == null) {
            plan.labels.add(r);
          }
        }
      }
    }
    return plan;
  }

  /** The first prediction of each key, in storing order. */
  List<PredictionRecord> predictions() {
    return predictions;
  }

  /** The batch index of prediction candidate {@code i}. */
  int predictionBatch(int i) {
    return predictionBatches.get(i);
  }

  /** The first label of each key, in storing order. */
  List<LabelRecord> labels() {
    return labels;
  }

  /** Every label of the call, in storing order. */
  List<LabelArrival> labelArrivals() {
    return labelArrivals;
  }
}
