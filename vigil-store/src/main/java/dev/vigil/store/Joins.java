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
   * @param predictions the predictions the commit inserted, in storing order
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
    List<LabeledPrediction> joined = new ArrayList<>();
    predictions.forEach(
        (key, prediction) -> {
          LabelRecord label = labels.getOrDefault(key, storedLabels.get(key));
          if (label != null) {
            joined.add(new LabeledPrediction(prediction, label));
          }
        });
    for (EventKey key : predictionsWanted) {
      PredictionRecord prediction = storedPredictions.get(key);
      if (prediction != null) {
        joined.add(new LabeledPrediction(prediction, labels.get(key)));
      }
    }
    return joined;
  }
}
