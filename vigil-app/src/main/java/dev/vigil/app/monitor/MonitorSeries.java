package dev.vigil.app.monitor;

import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;

/**
 * The series a monitoring job pushes to a Pushgateway (job {@code vigil_monitor}, grouped by
 * model): the last judged period's realized and estimated metrics, whether the job found
 * degradation and where, how many periods it judged and when it finished, which an alert rule
 * compares with {@code time()} to catch a pipeline that stopped running.
 */
final class MonitorSeries {

  private MonitorSeries() {}

  static PrometheusRegistry of(String model, MonitoringJob.Result result, double finishedSeconds) {
    PrometheusRegistry registry = new PrometheusRegistry();
    List<PeriodOutcome> outcomes = result.outcomes();
    if (!outcomes.isEmpty()) {
      PeriodOutcome last = outcomes.get(outcomes.size() - 1);
      Gauge metric =
          gauge(registry, "vigil_monitor_metric", "A metric of the last judged period", "metric");
      PeriodMetrics m = last.period().metrics();
      metric.labelValues(model, "accuracy").set(m.accuracy());
      metric.labelValues(model, "precision").set(m.precision());
      metric.labelValues(model, "recall").set(m.recall());
      metric.labelValues(model, "f1").set(m.f1());
      metric.labelValues(model, "roc_auc").set(m.rocAuc());
      last.estimated()
          .ifPresent(
              e -> {
                Gauge estimated =
                    gauge(
                        registry,
                        "vigil_monitor_estimated_metric",
                        "An estimated (CBPE) metric of the last judged period",
                        "metric");
                e.forEach((k, v) -> estimated.labelValues(model, k.key()).set(v.value()));
              });
      gauge(registry, "vigil_monitor_last_period", "Index of the last judged period")
          .labelValues(model)
          .set(last.index());
    }
    gauge(registry, "vigil_monitor_degraded", "1 when the job found a degraded period, else 0")
        .labelValues(model)
        .set(result.degradedPeriod().isPresent() ? 1 : 0);
    gauge(registry, "vigil_monitor_degraded_period", "The first degraded period, -1 when none")
        .labelValues(model)
        .set(result.degradedPeriod().orElse(-1));
    gauge(registry, "vigil_monitor_periods", "Periods the job judged")
        .labelValues(model)
        .set(outcomes.size());
    gauge(
            registry,
            "vigil_monitor_last_success_timestamp_seconds",
            "When the job last finished, in Unix seconds")
        .labelValues(model)
        .set(finishedSeconds);
    return registry;
  }

  private static Gauge gauge(
      PrometheusRegistry registry, String name, String help, String... labels) {
    String[] names = new String[labels.length + 1];
    names[0] = "model";
    System.arraycopy(labels, 0, names, 1, labels.length);
    return Gauge.builder().name(name).help(help).labelNames(names).register(registry);
  }
}
