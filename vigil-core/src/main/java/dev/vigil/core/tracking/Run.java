package dev.vigil.core.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A run of an experiment as MLflow has it: a 32-hex-character id, its status and times, and its
 * data: params (write-once), tags and the latest value of each metric ({@code metrics}, one point
 * per key; the history is in the store). The end time is set once the status is terminal.
 */
public record Run(
    String id,
    String experimentId,
    String name,
    String userId,
    RunStatus status,
    Instant startTime,
    Optional<Instant> endTime,
    LifecycleStage lifecycleStage,
    String artifactUri,
    Map<String, String> params,
    Map<String, String> tags,
    List<MetricPoint> metrics) {

  /** MLflow's tag holding the run's name. */
  public static final String NAME_TAG = "mlflow.runName";

  /** MLflow's tag holding the user who started the run. */
  public static final String USER_TAG = "mlflow.user";

  private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

  public Run {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("run_id: '" + id + "' is not 32 hex characters");
    }
    Objects.requireNonNull(experimentId, "experimentId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(endTime, "endTime");
    Objects.requireNonNull(lifecycleStage, "lifecycleStage");
    Objects.requireNonNull(artifactUri, "artifactUri");
    params = Map.copyOf(params);
    tags = Map.copyOf(tags);
    metrics = List.copyOf(metrics);
  }

  /** True for the ids Vigil and MLflow give runs: 32 lower-case hex characters. */
  public static boolean isRunId(String text) {
    return text != null && ID.matcher(text).matches();
  }

  public boolean isActive() {
    return lifecycleStage == LifecycleStage.ACTIVE;
  }

  /** The latest value of a metric, if it was logged. */
  public Optional<MetricPoint> metric(String key) {
    return metrics.stream().filter(m -> m.key().equals(key)).findFirst();
  }
}
