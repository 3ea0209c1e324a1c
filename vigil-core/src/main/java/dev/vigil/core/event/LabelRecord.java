package dev.vigil.core.event;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The ground truth for one prediction, which usually arrives later than the prediction (or, now and
 * then, before it).
 *
 * <p>Invariants: the model name and prediction id follow the rules of {@link PredictionRecord}; the
 * label is 1 (the model's positive class) or 0; the label time is whole microseconds.
 */
public record LabelRecord(String modelName, String predictionId, int label, Instant labelTime) {

  public LabelRecord {
    PredictionRecord.requireValidModelName(modelName);
    PredictionRecord.requireValidId(predictionId);
    if (label != 0 && label != 1) {
      throw new IllegalArgumentException("label must be 0 or 1, was " + label);
    }
    labelTime = Objects.requireNonNull(labelTime, "labelTime").truncatedTo(ChronoUnit.MICROS);
  }
}
