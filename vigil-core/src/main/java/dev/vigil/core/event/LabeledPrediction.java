package dev.vigil.core.event;

import java.util.Objects;

/** A prediction and the label that counts for it (the first one stored), joined by id. */
public record LabeledPrediction(PredictionRecord prediction, LabelRecord label) {

  public LabeledPrediction {
    Objects.requireNonNull(prediction, "prediction");
    Objects.requireNonNull(label, "label");
    if (!prediction.modelName().equals(label.modelName())
        || !prediction.predictionId().equals(label.predictionId())) {
      throw new IllegalArgumentException("label: belongs to another prediction");
    }
  }
}
