package dev.vigil.store;

import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pairs a commit joins for the first time: each key with a prediction or a label inserted by
 * the commit whose other half is stored (before or in the same commit). One pair per key, with the
 * label that counts (the first stored).
 */
final class Joins {

  private Joins() {}

  /**
   * @param predictions the predictions the commit inserted, in storing order (numbered before the
   *     labels)
   * @param labels the labels the commit inserted, in storing order
   */
  static List<LabeledPrediction> of(
      Connection connection,
      Map<EventKey, PredictionRecord> predictions,
      Map<EventKey, LabelRecord> labels)
      throws SQLException {
    List<EventKey> predictionsWanted = new ArrayList<>();
    labels.keySet().stream()
        .filter(k -> !predictions.containsKey(k))
        .forEach(predictionsWanted::add);
    List<EventKey> labelsWanted = new ArrayList<>();
    predictions.keySet().stream().filter(k -> !labels.containsKey(k)).forEach(labelsWanted::add);
    Map<EventKey, PredictionRecord> storedPredictions =
        PredictionRows.find(connection, predictionsWanted);
    Map<EventKey, LabelRecord> storedLabels = LabelRows.find(connection, labelsWanted);
    // In order of the later half's sequence number (EventCommit's contract): the commit numbers its
    // predictions before its labels, each in storing order.
    List<LabeledPrediction> joined = new ArrayList<>();
    predictions.forEach(
        (key, prediction) -> {
          LabelRecord earlier = labels.containsKey(key) ? null : storedLabels.get(key);
          if (earlier != null) {
            joined.add(new LabeledPrediction(prediction, earlier));
          }
        });
    labels.forEach(
        (key, label) -> {
          PredictionRecord prediction = predictions.getOrDefault(key, storedPredictions.get(key));
          if (prediction != null) {
            joined.add(new LabeledPrediction(prediction, label));
          }
        });
    return joined;
  }
}
