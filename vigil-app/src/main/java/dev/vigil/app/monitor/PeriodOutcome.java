package dev.vigil.app.monitor;

import dev.vigil.core.monitor.DegradationDecision;
import dev.vigil.core.monitor.DegradationPolicy;
import dev.vigil.core.monitor.DegradationStatus;
import dev.vigil.stats.estimate.EstimatedMetric;
import dev.vigil.stats.estimate.MetricEstimate;
import dev.vigil.stats.metrics.ConfusionCounts;
import java.util.Map;
import java.util.Optional;

/**
 * The judgement of one period: its estimated metrics, what it was compared with and the core's
 * degradation decision.
 *
 * @param previous the period before it, when the input has one
 * @param baseline the baseline's merged counts, empty for a period inside the baseline
 */
record PeriodOutcome(
    MonitoredPeriod period,
    PeriodEstimate estimate,
    Optional<MonitoredPeriod> previous,
    Optional<ConfusionCounts> baseline,
    DegradationDecision decision) {

  static PeriodOutcome judge(MonitoringInput input, int index, DegradationPolicy policy) {
    MonitoredPeriod period = input.periods().get(index);
    Optional<MonitoredPeriod> previous = input.before(index);
    Optional<ConfusionCounts> baseline =
        index < input.baselinePeriods() ? Optional.empty() : Optional.of(input.baseline());
    DegradationDecision decision =
        policy.decide(
            period.metrics().confusion(), previous.map(p -> p.metrics().confusion()), baseline);
    return new PeriodOutcome(
        period, input.estimate().estimate(period), previous, baseline, decision);
  }

  /** The period's estimated metrics, when it has them. */
  Optional<Map<EstimatedMetric, MetricEstimate>> estimated() {
    return estimate.metrics();
  }

  boolean degraded() {
    return decision.status() == DegradationStatus.DEGRADED;
  }

  int index() {
    return period.index();
  }
}
