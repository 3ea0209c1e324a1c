package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.query.BucketGranularity;
import dev.vigil.core.query.BucketPerformance;
import dev.vigil.core.query.PerformanceStats;
import dev.vigil.core.query.PerformanceView;
import dev.vigil.stats.metrics.ClassificationMetrics;
import dev.vigil.stats.metrics.ConfidenceInterval;
import dev.vigil.stats.metrics.ConfusionCounts;
import dev.vigil.stats.metrics.Metric;
import java.util.Locale;

/** The answer of {@code GET /api/v1/models/{name}/performance} (shape in docs/API.md). */
final class PerformanceJsonWriter {

  private final ObjectMapper json;

  PerformanceJsonWriter(ObjectMapper json) {
    this.json = json;
  }

  ObjectNode write(PerformanceView view) {
    ObjectNode answer = ScopeJson.answer(json, view.scope());
    JsonNumbers.put(answer, "granularity", view.granularity().map(BucketGranularity::id));
    stats(answer, view.total());
    ArrayNode buckets = answer.putArray("buckets");
    for (BucketPerformance bucket : view.buckets()) {
      ObjectNode node = buckets.addObject();
      node.put("start", bucket.start().toString());
      node.put("end", bucket.end().toString());
      node.put("partial", bucket.partial());
      stats(node, bucket.performance());
    }
    return answer;
  }

  void stats(ObjectNode node, PerformanceStats stats) {
    node.put("predictions", stats.predictions());
    node.put("labelled", stats.labelled());
    JsonNumbers.put(node, "label_coverage", stats.labelCoverage());
    node.set("metrics", stats.metrics().map(this::metrics).orElse(null));
    ScopeJson.quantiles(node, "label_delay_seconds", stats.labelDelaySeconds());
  }

  private ObjectNode metrics(ClassificationMetrics m) {
    ObjectNode node = json.createObjectNode();
    node.put("threshold", m.threshold());
    ConfusionCounts c = m.confusion();
    node.putObject("confusion")
        .put("true_positives", c.truePositives())
        .put("false_positives", c.falsePositives())
        .put("true_negatives", c.trueNegatives())
        .put("false_negatives", c.falseNegatives());
    node.set("accuracy", metric(m.accuracy()));
    node.set("precision", metric(m.precision()));
    node.set("recall", metric(m.recall()));
    node.set("f1", metric(m.f1()));
    node.set("specificity", metric(m.specificity()));
    node.set("roc_auc", metric(m.rocAuc()));
    node.set("pr_auc", metric(m.prAuc()));
    node.set("log_loss", metric(m.logLoss()));
    node.set("brier", metric(m.brier()));
    node.set("ece", metric(m.expectedCalibrationError()));
    node.set("predicted_positive_rate", metric(m.predictedPositiveRate()));
    node.set("actual_positive_rate", metric(m.actualPositiveRate()));
    return node;
  }

  /** {@code {"value", "ci": {"lower", "upper", "method"} | null, "exact", "error_bound"}}. */
  private ObjectNode metric(Metric metric) {
    ObjectNode node = json.createObjectNode();
    JsonNumbers.put(node, "value", metric.value());
    if (metric.interval().isPresent()) {
      ConfidenceInterval ci = metric.interval().get();
      ObjectNode interval = node.putObject("ci");
      JsonNumbers.put(interval, "lower", ci.lower());
      JsonNumbers.put(interval, "upper", ci.upper());
      interval.put("method", ci.method().name().toLowerCase(Locale.ROOT));
    } else {
      node.putNull("ci");
    }
    node.put("exact", metric.exact());
    JsonNumbers.put(node, "error_bound", metric.errorBound());
    return node;
  }
}
