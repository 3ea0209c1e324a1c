package dev.vigil.core.tracking;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to start a run: the experiment, and optionally its name, user and start time (now when
 * absent) and first tags. MLflow's system tags stand in for absent fields: {@code mlflow.runName}
 * for the name, {@code mlflow.user} for the user.
 */
public record NewRun(
    String experimentId,
    Optional<String> name,
    Optional<String> userId,
    Optional<Instant> startTime,
    Map<String, String> tags) {

  public NewRun {
    Objects.requireNonNull(experimentId, "experimentId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(startTime, "startTime");
    tags = Map.copyOf(tags);
    tags.keySet().forEach(k -> TrackingNames.requireKey("tags", k));
  }

  /** A run of this experiment with nothing else given. */
  public static NewRun in(String experimentId) {
    return new NewRun(experimentId, Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
  }
}
