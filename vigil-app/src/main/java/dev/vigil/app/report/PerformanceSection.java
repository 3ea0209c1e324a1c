package dev.vigil.app.report;

import dev.vigil.core.monitor.DegradationPolicy;
import dev.vigil.core.monitor.DegradationStatus;
import dev.vigil.stats.metrics.ClassificationMetrics;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Realized performance over the current data's periods, judged by a {@link DegradationPolicy}
 * against the previous period and the baseline (the reference's performance, when known).
 *
 * @param unavailable why there is no performance at all (e.g. no target column), else empty
 */
public record PerformanceSection(
    DegradationPolicy policy,
    Optional<ClassificationMetrics> baseline,
    List<PeriodRow> periods,
    Optional<String> unavailable) {

  public PerformanceSection {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(baseline, "baseline");
    periods = List.copyOf(periods);
    Objects.requireNonNull(unavailable, "unavailable");
  }

  public static PerformanceSection unavailable(DegradationPolicy policy, String reason) {
    return new PerformanceSection(policy, Optional.empty(), List.of(), Optional.of(reason));
  }

  /** The first period the policy judged degraded. */
  public Optional<PeriodRow> firstDegraded() {
    return periods.stream()
        .filter(p -> p.decision().map(d -> d.status() == DegradationStatus.DEGRADED).orElse(false))
        .findFirst();
  }
}
