package dev.vigil.http.serving;

import dev.vigil.core.serving.DropReason;
import dev.vigil.core.serving.DroppedPredictions;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The serving series: the latency of inference requests by model, version and protocol, the
 * requests slower than the SLA, the rows scored, and the served predictions not kept for
 * monitoring. Labels are bounded: models and versions are those the registry serves (an unknown
 * model is refused before anything is counted), protocols are {@code v1} and {@code v2}, reasons
 * those of {@link DropReason}.
 */
public final class ServingMetrics implements DroppedPredictions {

  private final Histogram duration;
  private final Counter slaViolations;
  private final Counter rows;
  private final Counter dropped;

  public ServingMetrics(PrometheusRegistry registry) {
    this.duration =
        Histogram.builder()
            .name("vigil_inference_duration_seconds")
            .help("Time to answer an inference request, from its parsed route to its written body.")
            .labelNames("model", "version", "protocol")
            .classicOnly()
            .classicUpperBounds(
                0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1)
            .register(registry);
    this.slaViolations =
        Counter.builder()
            .name("vigil_inference_sla_violations_total")
            .help("Inference requests that took longer than the serving SLA (serving_sla).")
            .labelNames("model", "version")
            .register(registry);
    this.rows =
        Counter.builder()
            .name("vigil_inference_rows_total")
            .help("Rows scored by inference requests.")
            .labelNames("model", "version")
            .register(registry);
    this.dropped =
        Counter.builder()
            .name("vigil_served_predictions_dropped_total")
            .help("Served predictions answered but not kept for monitoring, by reason.")
            .labelNames("model", "reason")
            .register(registry);
  }

  /** One answered request of {@code rowCount} rows that took {@code nanos}, over the SLA or not. */
  void answered(
      String model, String version, String protocol, int rowCount, long nanos, boolean overSla) {
    duration.labelValues(model, version, protocol).observe(nanos / 1e9);
    rows.labelValues(model, version).inc(rowCount);
    // The series exists from the first answer on, at 0, so that rate() over it is defined.
    var violations = slaViolations.labelValues(model, version);
    if (overSla) {
      violations.inc();
    }
  }

  @Override
  public void dropped(String modelName, DropReason reason, int count) {
    dropped.labelValues(modelName, reason.id()).inc(count);
  }
}
