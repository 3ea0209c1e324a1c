package dev.vigil.core.serving;

import dev.vigil.core.event.PredictionRecord;
import java.util.List;

/**
 * Where the predictions a served model made go to be monitored. {@link #record} never waits for a
 * disk nor throws for a prediction it cannot keep: the prediction is answered all the same, and
 * what could not be kept is counted as dropped. Safe for concurrent use.
 */
public interface ServedPredictions {

  /** Takes the predictions of one request, all of the same model and version. */
  void record(List<PredictionRecord> records);

  /** Keeps nothing: serving without monitoring. */
  static ServedPredictions none() {
    return records -> {};
  }
}
