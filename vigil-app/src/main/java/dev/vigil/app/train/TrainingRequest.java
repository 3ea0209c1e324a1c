package dev.vigil.app.train;

import dev.vigil.core.model.MonitoredModel;
import dev.vigil.models.Algorithm;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code vigil train} was asked to do, checked: the file and its columns, the algorithm, the
 * holdout and seed, the threshold, and what to do with the result (register, promote, push).
 *
 * <p>Invariants: the model name is a valid monitored-model name; the holdout fraction is in (0,
 * 0.9]; the threshold is in (0, 1).
 */
record TrainingRequest(
    Path data,
    String target,
    List<String> ids,
    List<String> excluded,
    Optional<String> positiveLabel,
    String modelName,
    Algorithm algorithm,
    double holdout,
    long seed,
    double threshold,
    String experiment,
    boolean register,
    boolean promote,
    Optional<URI> pushgateway,
    String actor,
    String reason) {

  TrainingRequest {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(target, "target");
    ids = List.copyOf(ids);
    excluded = List.copyOf(excluded);
    try {
      MonitoredModel.requireValidName(modelName);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--model-name: " + e.getMessage(), e);
    }
    if (!(holdout > 0 && holdout <= 0.9)) {
      throw new IllegalArgumentException("--holdout must be in (0, 0.9], was " + holdout);
    }
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("--threshold must be in (0, 1), was " + threshold);
    }
    if (promote && !register) {
      throw new IllegalArgumentException("--promote needs the version registered (--register)");
    }
  }
}
