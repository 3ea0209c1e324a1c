package dev.vigil.core.window;

import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.model.MonitoredModel;

/**
 * Records a set of a model's predictions and joined labels into one {@link WindowSummary} by
 * exactly the rules of the windows (docs/WINDOWS.md): scores at the model's decision threshold,
 * features by its schema, label delay as label time minus prediction time. No segments: everything
 * goes to one summary. Single-threaded; used for the count-based periods, which are read from the
 * raw records.
 */
public final class PeriodRecorder {

  private final WindowRecorder recorder;

  public PeriodRecorder(MonitoredModel model) {
    this.recorder = new WindowRecorder(model.decisionThreshold(), model.schema());
  }

  /** Records a prediction's score and features. */
  public void prediction(PredictionRecord prediction) {
    recorder.prediction(prediction);
  }

  /** Records a prediction's score with its label and the label's delay. */
  public void joined(LabeledPrediction pair) {
    recorder.joined(
        pair.prediction().score(), pair.label().label(), WindowRecorder.delaySeconds(pair));
  }

  /** An immutable snapshot of everything recorded so far; recording may continue. */
  public WindowSummary summary() {
    return recorder.summary();
  }
}
