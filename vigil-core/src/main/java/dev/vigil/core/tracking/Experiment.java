package dev.vigil.core.tracking;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An experiment: a named group of runs. The id is assigned by the store (MLflow's experiments have
 * numeric ids, exchanged as strings; {@code "0"} is the experiment "Default"); the name is unique
 * among all experiments, deleted ones included.
 */
public record Experiment(
    String id,
    String name,
    String artifactLocation,
    LifecycleStage lifecycleStage,
    Map<String, String> tags,
    Instant creationTime,
    Instant lastUpdateTime) {

  /** The id of the experiment every store has from the start, named "Default" as in MLflow. */
  public static final String DEFAULT_ID = "0";

  public Experiment {
    Objects.requireNonNull(id, "id");
    TrackingNames.requireExperimentName(name);
    Objects.requireNonNull(artifactLocation, "artifactLocation");
    Objects.requireNonNull(lifecycleStage, "lifecycleStage");
    tags = Map.copyOf(tags);
    Objects.requireNonNull(creationTime, "creationTime");
    Objects.requireNonNull(lastUpdateTime, "lastUpdateTime");
  }

  public boolean isActive() {
    return lifecycleStage == LifecycleStage.ACTIVE;
  }
}
