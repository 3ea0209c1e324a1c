package dev.vigil.http.mlflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.tracking.Experiment;
import dev.vigil.core.tracking.MetricPoint;
import dev.vigil.core.tracking.Run;
import java.util.Map;
import java.util.TreeMap;

/**
 * Experiments, runs and metrics in MLflow's JSON (the messages of MLflow's service.proto): snake
 * case, ids as strings, times as milliseconds since the epoch, lists of {@code {"key","value"}}. A
 * metric value that is not finite is written as the strings {@code "NaN"}, {@code "Infinity"} or
 * {@code "-Infinity"}, as protobuf's JSON does.
 */
final class MlflowTrackingJson {

  private final ObjectMapper json;

  MlflowTrackingJson(ObjectMapper json) {
    this.json = json;
  }

  ObjectNode object() {
    return json.createObjectNode();
  }

  ObjectNode experiment(Experiment e) {
    ObjectNode node = json.createObjectNode();
    node.put("experiment_id", e.id());
    node.put("name", e.name());
    node.put("artifact_location", e.artifactLocation());
    node.put("lifecycle_stage", e.lifecycleStage().label());
    node.put("last_update_time", e.lastUpdateTime().toEpochMilli());
    node.put("creation_time", e.creationTime().toEpochMilli());
    keyValues(node.putArray("tags"), e.tags());
    return node;
  }

  ObjectNode run(Run run) {
    ObjectNode node = json.createObjectNode();
    node.set("info", runInfo(run));
    ObjectNode data = node.putObject("data");
    ArrayNode metrics = data.putArray("metrics");
    run.metrics().forEach(m -> metrics.add(metric(m)));
    keyValues(data.putArray("params"), run.params());
    keyValues(data.putArray("tags"), run.tags());
    node.putObject("inputs");
    return node;
  }

  ObjectNode runInfo(Run run) {
    ObjectNode info = json.createObjectNode();
    info.put("run_id", run.id());
    info.put("run_uuid", run.id());
    info.put("run_name", run.name());
    info.put("experiment_id", run.experimentId());
    info.put("user_id", run.userId());
    info.put("status", run.status().name());
    info.put("start_time", run.startTime().toEpochMilli());
    run.endTime().ifPresent(end -> info.put("end_time", end.toEpochMilli()));
    info.put("artifact_uri", run.artifactUri());
    info.put("lifecycle_stage", run.lifecycleStage().label());
    return info;
  }

  ObjectNode metric(MetricPoint point) {
    ObjectNode node = json.createObjectNode();
    node.put("key", point.key());
    double value = point.value();
    if (Double.isFinite(value)) {
      node.put("value", value);
    } else {
      node.put("value", Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
    }
    node.put("timestamp", point.timestamp());
    node.put("step", point.step());
    return node;
  }

  private void keyValues(ArrayNode array, Map<String, String> pairs) {
    new TreeMap<>(pairs)
        .forEach(
            (k, v) -> {
              ObjectNode pair = array.addObject();
              pair.put("key", k);
              pair.put("value", v);
            });
  }
}
