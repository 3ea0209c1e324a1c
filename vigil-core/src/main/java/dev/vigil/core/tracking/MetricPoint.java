package dev.vigil.core.tracking;

/**
 * One logged value of a run's metric: the key, the value (NaN and infinities allowed, as MLflow
 * allows them), when it was measured (milliseconds since the epoch) and the step (0 unless given).
 */
public record MetricPoint(String key, double value, long timestamp, long step) {

  public MetricPoint {
    TrackingNames.requireKey("key", key);
  }

  /**
   * True when this point supersedes {@code other} as the metric's latest value: MLflow's order, the
   * larger step, then the later timestamp, then the larger value.
   */
  public boolean isLaterThan(MetricPoint other) {
    if (step != other.step) {
      return step > other.step;
    }
    if (timestamp != other.timestamp) {
      return timestamp > other.timestamp;
    }
    return Double.compare(value, other.value) > 0;
  }
}
