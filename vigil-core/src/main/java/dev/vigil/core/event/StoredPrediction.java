package dev.vigil.core.event;

import java.util.Objects;
import java.util.Optional;

/**
 * A stored prediction with its sequence number and, when one is stored, the label that counts for
 * it (the first one stored; it may have been stored before the prediction).
 */
public record StoredPrediction(long seq, PredictionRecord prediction, Optional<LabelRecord> label) {

  public StoredPrediction {
    Objects.requireNonNull(prediction, "prediction");
    Objects.requireNonNull(label, "label");
    if (seq < 1) {
      throw new IllegalArgumentException("seq must be at least 1, was " + seq);
    }
    // LabeledPrediction refuses a label of another prediction.
    label.ifPresent(l -> new LabeledPrediction(prediction, l));
  }

  /** Where this prediction stands in its model's time order. */
  public EventPosition position() {
    return new EventPosition(prediction.eventTime(), seq);
  }

  /** The prediction joined with its label, when the label is stored. */
  public Optional<LabeledPrediction> joined() {
    return label.map(l -> new LabeledPrediction(prediction, l));
  }
}
