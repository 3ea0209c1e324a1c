package dev.vigil.core.tracking;

import java.util.List;
import java.util.Map;

/**
 * What one log call adds to a run (MLflow's log-batch): metric points, params and tags. Keys are
 * validated here; values by {@link Tracking}, which knows the limits that apply.
 */
public record RunData(
    List<MetricPoint> metrics, Map<String, String> params, Map<String, String> tags) {

  public RunData {
    metrics = List.copyOf(metrics);
    params = Map.copyOf(params);
    tags = Map.copyOf(tags);
    params.keySet().forEach(k -> TrackingNames.requireKey("params", k));
    tags.keySet().forEach(k -> TrackingNames.requireKey("tags", k));
  }

  public static RunData ofTags(Map<String, String> tags) {
    return new RunData(List.of(), Map.of(), tags);
  }

  public boolean isEmpty() {
    return metrics.isEmpty() && params.isEmpty() && tags.isEmpty();
  }
}
