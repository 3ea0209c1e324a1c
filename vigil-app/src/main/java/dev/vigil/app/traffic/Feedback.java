package dev.vigil.app.traffic;

import java.util.Objects;

/** The label of one prediction, as one of the model's label values. */
public record Feedback(String predictionId, String label) {

  public Feedback {
    Objects.requireNonNull(predictionId, "predictionId");
    Objects.requireNonNull(label, "label");
  }
}
