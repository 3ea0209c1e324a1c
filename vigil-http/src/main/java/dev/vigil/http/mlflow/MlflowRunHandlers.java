package dev.vigil.http.mlflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.tracking.MetricPoint;
import dev.vigil.core.tracking.NewRun;
import dev.vigil.core.tracking.Page;
import dev.vigil.core.tracking.Run;
import dev.vigil.core.tracking.RunData;
import dev.vigil.core.tracking.RunSearch;
import dev.vigil.core.tracking.RunStatus;
import dev.vigil.core.tracking.Tracking;
import dev.vigil.core.tracking.ViewType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The run endpoints of {@link MlflowTrackingRoutes}: create, get, update, search, log, tag. */
final class MlflowRunHandlers {

  /** The page size of metrics/get-history when the client names none. */
  static final int HISTORY_PAGE = 25_000;

  private final Tracking tracking;
  private final MlflowTrackingJson writer;

  MlflowRunHandlers(Tracking tracking, MlflowTrackingJson writer) {
    this.tracking = tracking;
    this.writer = writer;
  }

  ObjectNode create(MlflowTrackingRequest r) {
    Run run =
        tracking.createRun(
            new NewRun(
                r.text("experiment_id").filter(id -> !id.isEmpty()).orElse("0"),
                MlflowTrackingRoutes.nonEmpty(r.text("run_name")),
                MlflowTrackingRoutes.nonEmpty(r.text("user_id")),
                r.whole("start_time").map(Instant::ofEpochMilli),
                r.keyValues("tags")));
    return withRun(run);
  }

  ObjectNode get(MlflowTrackingRequest r) {
    return withRun(tracking.run(r.runId()));
  }

  ObjectNode update(MlflowTrackingRequest r) {
    Run run =
        tracking.updateRun(
            r.runId(),
            MlflowTrackingRoutes.nonEmpty(r.text("status")).map(RunStatus::parse),
            r.whole("end_time").map(Instant::ofEpochMilli),
            MlflowTrackingRoutes.nonEmpty(r.text("run_name")));
    ObjectNode answer = writer.object();
    answer.set("run_info", writer.runInfo(run));
    return answer;
  }

  ObjectNode search(MlflowTrackingRequest r) {
    Page<Run> page =
        tracking.searchRuns(
            new RunSearch(
                r.texts("experiment_ids"),
                r.text("filter").orElse(null),
                ViewType.parse(r.text("run_view_type").orElse(null), "run_view_type"),
                r.maxResults(RunSearch.DEFAULT_MAX_RESULTS),
                r.texts("order_by"),
                r.text("page_token").orElse(null)));
    ObjectNode answer = writer.object();
    ArrayNode runs = answer.putArray("runs");
    page.items().forEach(run -> runs.add(writer.run(run)));
    page.nextPageToken().ifPresent(t -> answer.put("next_page_token", t));
    return answer;
  }

  /**
   * Protobuf's JSON leaves out fields at their default, so an absent value, timestamp or step is 0
   * (the Java client logging 0.0 sends no value).
   */
  ObjectNode logMetric(MlflowTrackingRequest r) {
    tracking.logMetric(
        r.runId(),
        new MetricPoint(
            r.required("key"),
            r.number("value").orElse(0.0),
            r.whole("timestamp").orElse(0L),
            r.whole("step").orElse(0L)));
    return writer.object();
  }

  ObjectNode logParam(MlflowTrackingRequest r) {
    tracking.logParam(r.runId(), r.required("key"), r.text("value").orElse(""));
    return writer.object();
  }

  ObjectNode setTag(MlflowTrackingRequest r) {
    tracking.setTag(r.runId(), r.required("key"), r.text("value").orElse(""));
    return writer.object();
  }

  ObjectNode deleteTag(MlflowTrackingRequest r) {
    tracking.deleteTag(r.runId(), r.required("key"));
    return writer.object();
  }

  ObjectNode logBatch(MlflowTrackingRequest r) {
    List<MetricPoint> metrics = new ArrayList<>();
    for (JsonNode m : r.array("metrics")) {
      metrics.add(
          new MetricPoint(
              m.path("key").asText(""),
              MlflowTrackingRequest.parseNumber("metrics.value", m.path("value").asText("0")),
              MlflowTrackingRequest.parseWhole(
                  "metrics.timestamp", m.path("timestamp").asText("0")),
              MlflowTrackingRequest.parseWhole("metrics.step", m.path("step").asText("0"))));
    }
    Map<String, String> params = r.keyValues("params");
    Map<String, String> tags = r.keyValues("tags");
    tracking.logBatch(r.runId(), new RunData(metrics, params, tags));
    return writer.object();
  }

  ObjectNode metricHistory(MlflowTrackingRequest r) {
    List<MetricPoint> history = tracking.metricHistory(r.runId(), r.required("metric_key"));
    Page<MetricPoint> page =
        Page.of(history, r.text("page_token").orElse(null), r.maxResults(HISTORY_PAGE));
    ObjectNode answer = writer.object();
    ArrayNode metrics = answer.putArray("metrics");
    page.items().forEach(m -> metrics.add(writer.metric(m)));
    page.nextPageToken().ifPresent(t -> answer.put("next_page_token", t));
    return answer;
  }

  private ObjectNode withRun(Run run) {
    ObjectNode answer = writer.object();
    answer.set("run", writer.run(run));
    return answer;
  }
}
