package dev.vigil.app.monitor;

import dev.vigil.core.monitor.DegradationPolicy;
import dev.vigil.core.tracking.MetricPoint;
import dev.vigil.core.tracking.NewRun;
import dev.vigil.core.tracking.Run;
import dev.vigil.core.tracking.RunData;
import dev.vigil.core.tracking.RunStatus;
import dev.vigil.core.tracking.Tracking;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records a monitoring job as a tracking run: its settings as params, each period's metrics with
 * {@code step} = the period's index, the verdict as tags; FINISHED when the job ran to its verdict
 * (healthy or degraded), FAILED when it could not.
 */
final class MonitorTracking {

  private final Tracking tracking;
  private final Clock clock;
  private final Run run;

  private MonitorTracking(Tracking tracking, Clock clock, Run run) {
    this.tracking = tracking;
    this.clock = clock;
    this.run = run;
  }

  static MonitorTracking start(
      Tracking tracking, Clock clock, String experiment, String model, String user) {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("vigil.model", model);
    tags.put("vigil.command", "vigil monitor");
    Run run =
        tracking.createRun(
            new NewRun(
                tracking.experimentNamed(experiment).id(),
                Optional.of(model + "-monitor"),
                Optional.of(user),
                Optional.empty(),
                tags));
    return new MonitorTracking(tracking, clock, run);
  }

  String runId() {
    return run.id();
  }

  void settings(MonitoringInput input, DegradationPolicy policy, MonitoringJob.Range range) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("source", input.source());
    params.put("split", input.split());
    params.put("baseline_periods", Integer.toString(input.baselinePeriods()));
    params.put("start_period", Integer.toString(range.start()));
    params.put("end_period", range.end().map(String::valueOf).orElse("last"));
    params.put("continue", Boolean.toString(range.keepGoing()));
    params.put("accuracy_threshold", Double.toString(policy.absoluteThreshold()));
    params.put("degradation_threshold", Double.toString(policy.degradationThreshold()));
    params.put("significance_level", Double.toString(policy.significanceLevel()));
    params.put("minimum_sample_size", Long.toString(policy.minimumSampleSize()));
    tracking.logBatch(run.id(), new RunData(List.of(), params, Map.of()));
  }

  void period(PeriodOutcome o) {
    long now = clock.millis();
    long step = o.index();
    PeriodMetrics m = o.period().metrics();
    List<MetricPoint> points = new ArrayList<>();
    points.add(new MetricPoint("accuracy", m.accuracy(), now, step));
    points.add(new MetricPoint("precision", m.precision(), now, step));
    points.add(new MetricPoint("recall", m.recall(), now, step));
    points.add(new MetricPoint("f1", m.f1(), now, step));
    points.add(new MetricPoint("roc_auc", m.rocAuc(), now, step));
    points.add(new MetricPoint("labelled", m.labelled(), now, step));
    points.add(new MetricPoint("degraded", o.degraded() ? 1 : 0, now, step));
    o.estimated()
        .ifPresent(
            e ->
                e.forEach(
                    (metric, value) ->
                        points.add(
                            new MetricPoint(
                                "estimated_" + metric.key(), value.value(), now, step))));
    tracking.logBatch(run.id(), new RunData(points, Map.of(), Map.of()));
  }

  void finish(MonitoringJob.Result result) {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("vigil.monitor.status", result.status().name().toLowerCase(java.util.Locale.ROOT));
    tags.put(
        "vigil.monitor.degraded_period",
        result.degradedPeriod().map(String::valueOf).orElse("none"));
    tracking.logBatch(run.id(), RunData.ofTags(tags));
    tracking.endRun(run.id(), RunStatus.FINISHED);
  }

  void fail(String message) {
    tracking.logBatch(
        run.id(),
        RunData.ofTags(
            Map.of(
                "vigil.monitor.status",
                "error",
                "vigil.monitor.error",
                message.length() > 500 ? message.substring(0, 500) : message)));
    tracking.endRun(run.id(), RunStatus.FAILED);
  }
}
