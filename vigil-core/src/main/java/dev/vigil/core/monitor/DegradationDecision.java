package dev.vigil.core.monitor;

import dev.vigil.stats.metrics.ConfidenceInterval;
import java.util.List;
import java.util.Objects;

/**
 * The degradation verdict on one period, with the metric, its 95 % Wilson interval and every check
 * made. Invariants: {@link DegradationStatus#INSUFFICIENT_DATA} carries no reasons; otherwise the
 * status is {@link DegradationStatus#DEGRADED} exactly when some reason {@link
 * DegradationReason#flags() flags}.
 *
 * @param status the verdict
 * @param metric the metric judged
 * @param value the period's metric value, NaN without trials
 * @param trials the metric's denominator in this period (rows for accuracy, positives for recall)
 * @param interval the 95 % Wilson interval of the value
 * @param reasons the checks made, in the order of {@link ReasonKind}
 */
public record DegradationDecision(
    DegradationStatus status,
    PerformanceMetric metric,
    double value,
    long trials,
    ConfidenceInterval interval,
    List<DegradationReason> reasons) {

  public DegradationDecision {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(interval, "interval");
    reasons = List.copyOf(reasons);
    boolean flagged = reasons.stream().anyMatch(DegradationReason::flags);
    if (status == DegradationStatus.INSUFFICIENT_DATA && !reasons.isEmpty()) {
      throw new IllegalArgumentException("reasons: an insufficient-data period has none");
    }
    if (status != DegradationStatus.INSUFFICIENT_DATA
        && flagged != (status == DegradationStatus.DEGRADED)) {
      throw new IllegalArgumentException("status: " + status + " disagrees with the reasons");
    }
  }

  /** The reasons that flag, empty unless {@link DegradationStatus#DEGRADED}. */
  public List<DegradationReason> flaggedReasons() {
    return reasons.stream().filter(DegradationReason::flags).toList();
  }
}
