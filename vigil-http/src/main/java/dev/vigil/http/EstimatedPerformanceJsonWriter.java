package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.query.BucketGranularity;
import dev.vigil.core.query.EstimatedBucket;
import dev.vigil.core.query.EstimatedMetrics;
import dev.vigil.core.query.EstimatedPerformanceView;
import dev.vigil.stats.estimate.MetricEstimate;
import java.util.Map;

/** The answer of {@code GET /api/v1/models/{name}/performance/estimated} (shape in docs/API.md). */
final class EstimatedPerformanceJsonWriter {

  private final ObjectMapper json;

  EstimatedPerformanceJsonWriter(ObjectMapper json) {
    this.json = json;
  }

  ObjectNode write(EstimatedPerformanceView view) {
    ObjectNode answer = ScopeJson.answer(json, view.scope());
    JsonNumbers.put(answer, "granularity", view.granularity().map(BucketGranularity::id));
    answer.put("available", view.available());
    view.unavailableReason().ifPresent(reason -> answer.put("reason", reason));
    answer.put("threshold", view.threshold());
    estimate(answer, view.total());
    ArrayNode buckets = answer.putArray("buckets");
    for (EstimatedBucket bucket : view.buckets()) {
      ObjectNode node = buckets.addObject();
      node.put("start", bucket.start().toString());
      node.put("end", bucket.end().toString());
      node.put("partial", bucket.partial());
      estimate(node, bucket.estimate());
    }
    return answer;
  }

  private void estimate(ObjectNode node, EstimatedMetrics estimate) {
    node.put("predictions", estimate.predictions());
    node.put("exact", estimate.exact());
    ObjectNode metrics = node.putObject("metrics");
    for (Map.Entry<String, MetricEstimate> e : estimate.metrics().entrySet()) {
      MetricEstimate m = e.getValue();
      ObjectNode metric = metrics.putObject(e.getKey());
      JsonNumbers.put(metric, "value", m.value());
      JsonNumbers.put(metric, "standard_error", m.standardError());
      JsonNumbers.put(metric, "lower", m.lowerBound());
      JsonNumbers.put(metric, "upper", m.upperBound());
      JsonNumbers.put(metric, "alert_lower", m.threshold().lower());
      JsonNumbers.put(metric, "alert_upper", m.threshold().upper());
      metric.put("alert", m.alert());
    }
  }
}
