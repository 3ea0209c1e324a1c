package dev.vigil.app.report;

import dev.vigil.core.monitor.DegradationPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * A store-mode report as asked: the monitored model, the range (ISO-8601 texts, parsed and checked
 * by the core's queries; absent: the last 24 hours), the period size in predictions and the
 * degradation settings.
 */
public record StoreReportRequest(
    String model,
    Optional<String> from,
    Optional<String> to,
    int batchSize,
    DegradationPolicy policy) {

  public StoreReportRequest {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(policy, "policy");
  }
}
