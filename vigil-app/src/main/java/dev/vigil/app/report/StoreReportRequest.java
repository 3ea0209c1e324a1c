package dev.vigil.app.report;

import dev.vigil.core.monitor.DegradationPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * A store-mode report as asked: the monitored model, the range (ISO-8601 texts, parsed and checked
 * by the core's queries; absent: the last 24 hours), the period size in predictions, the
 * degradation settings, and a reference file to compare with instead of the stored reference.
 */
public record StoreReportRequest(
    String model,
    Optional<String> from,
    Optional<String> to,
    int batchSize,
    DegradationPolicy policy,
    Optional<ReferenceFile> reference) {

  public StoreReportRequest {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(reference, "reference");
  }
}
