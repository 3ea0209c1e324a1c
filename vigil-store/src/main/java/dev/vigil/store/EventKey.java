package dev.vigil.store;

import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.PredictionRecord;
import java.util.Comparator;

/** The key of a prediction and of its label: (model name, prediction id). */
record EventKey(String modelName, String predictionId) implements Comparable<EventKey> {

  private static final Comparator<EventKey> ORDER =
      Comparator.comparing(EventKey::modelName).thenComparing(EventKey::predictionId);

  static EventKey of(PredictionRecord prediction) {
    return new EventKey(prediction.modelName(), prediction.predictionId());
  }

  static EventKey of(LabelRecord label) {
    return new EventKey(label.modelName(), label.predictionId());
  }

  @Override
  public int compareTo(EventKey other) {
    return ORDER.compare(this, other);
  }
}
