package dev.vigil.core.serving;

import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.schema.DatasetSchema;
import java.util.Objects;

/**
 * One registered model version ready to answer predictions.
 *
 * <p>Invariants: the name is a valid {@link MonitoredModel} name (its predictions are monitored
 * under it); the version is not blank; the inputs have at least one column; the threshold is in [0,
 * 1].
 *
 * @param inputs the raw feature columns, in the order rows and V2 tensors use
 * @param threshold a score at or above it is the positive class
 */
public record ServedModel(
    String name, String version, DatasetSchema inputs, double threshold, Scorer scorer) {

  public ServedModel {
    MonitoredModel.requireValidName(name);
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(scorer, "scorer");
    if (version.isBlank()) {
      throw new IllegalArgumentException("version must not be blank");
    }
    if (inputs.size() == 0) {
      throw new IllegalArgumentException("inputs must have at least one column");
    }
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in [0, 1], was " + threshold);
    }
  }
}
