package dev.vigil.http;

import dev.vigil.core.event.DeletedRecords;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The counter {@code vigil_retention_deleted_records_total} {kind}: raw records deleted by
 * retention; {@code kind} is {@code prediction} or {@code label}, both present from the start at 0.
 */
public final class RetentionMetrics {

  private final Counter deleted;

  public RetentionMetrics(PrometheusRegistry registry) {
    deleted =
        Counter.builder()
            .name("vigil_retention_deleted_records_total")
            .help("Raw predictions and labels deleted by retention (their windows stay).")
            .labelNames("kind")
            .register(registry);
    deleted.labelValues("prediction");
    deleted.labelValues("label");
  }

  public void deleted(DeletedRecords records) {
    deleted.labelValues("prediction").inc(records.predictions());
    deleted.labelValues("label").inc(records.labels());
  }
}
