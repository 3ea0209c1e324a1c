package dev.vigil.app.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.monitor.DegradationPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** {@code monitoring_results.json}: the job's summary (docs/MONITOR.md has the shape). */
final class MonitoringResults {

  static final String FILE = "monitoring_results.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private MonitoringResults() {}

  static ObjectNode of(
      MonitoringInput input,
      MonitoringJob.Result result,
      DegradationPolicy policy,
      Optional<String> runId) {
    ObjectNode root = JSON.createObjectNode();
    root.put("status", result.status().name().toLowerCase(Locale.ROOT));
    result
        .degradedPeriod()
        .ifPresentOrElse(
            p -> root.put("degraded_period", p), () -> root.putNull("degraded_period"));
    ArrayNode all = root.putArray("degraded_periods");
    result.outcomes().stream().filter(PeriodOutcome::degraded).forEach(o -> all.add(o.index()));
    root.put("source", input.source()).put("split", input.split());
    root.put("periods_total", input.periods().size());
    root.put("periods_checked", result.outcomes().size());
    if (!result.outcomes().isEmpty()) {
      root.put("first_period", result.outcomes().get(0).index());
      root.put("last_period", result.outcomes().get(result.outcomes().size() - 1).index());
    }
    ObjectNode baseline = root.putObject("baseline").put("periods", input.baselinePeriods());
    Json.put(baseline, "accuracy", OutcomeJson.accuracy(input.baseline()));
    baseline.put("labelled", input.baseline().count());
    ObjectNode estimation = root.putObject("estimation");
    estimation.put("method", "cbpe").put("available", input.estimate().available());
    estimation.put("fitted_on", input.estimate().fittedOn());
    estimation.put("alert_limits", input.estimate().hasLimits());
    if (!input.estimate().available()) {
      estimation.put("reason", input.estimate().reason());
    }
    root.set("thresholds", thresholds(policy));
    runId.ifPresentOrElse(id -> root.put("run_id", id), () -> root.putNull("run_id"));
    ArrayNode periods = root.putArray("periods");
    result.outcomes().forEach(o -> periods.add(OutcomeJson.of(o, input.estimate().hasLimits())));
    return root;
  }

  /** The summary of a job that failed before or while judging periods. */
  static ObjectNode error(String message, DegradationPolicy policy, Optional<String> runId) {
    ObjectNode root = JSON.createObjectNode().put("status", "error").put("error", message);
    root.putNull("degraded_period");
    root.set("thresholds", thresholds(policy));
    runId.ifPresentOrElse(id -> root.put("run_id", id), () -> root.putNull("run_id"));
    return root;
  }

  static ObjectNode thresholds(DegradationPolicy policy) {
    return JSON.createObjectNode()
        .put("metric", policy.metric().id())
        .put("accuracy_threshold", policy.absoluteThreshold())
        .put("degradation_threshold", policy.degradationThreshold())
        .put("significance_level", policy.significanceLevel())
        .put("minimum_sample_size", policy.minimumSampleSize());
  }

  static void write(Path out, ObjectNode summary) {
    try {
      JSON.writerWithDefaultPrettyPrinter().writeValue(out.resolve(FILE).toFile(), summary);
    } catch (IOException e) {
      throw new UncheckedIOException("--out: cannot write " + out.resolve(FILE), e);
    }
  }
}
