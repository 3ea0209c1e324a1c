package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.query.DriftBucket;
import dev.vigil.core.query.DriftBucketsView;
import dev.vigil.core.query.DriftView;
import dev.vigil.core.query.LabelDrift;
import dev.vigil.core.query.SkippedFeature;
import dev.vigil.stats.drift.ColumnDrift;
import dev.vigil.stats.drift.DriftReport;
import dev.vigil.stats.drift.DriftResult;

/**
 * The answer of {@code GET /api/v1/models/{name}/drift}, of the whole range and with a {@code
 * granularity} of each bucket too (shape in docs/API.md); a column's fields are those of {@code
 * vigil drift --format json}.
 */
final class DriftJsonWriter {

  private final ObjectMapper json;

  DriftJsonWriter(ObjectMapper json) {
    this.json = json;
  }

  /** The drift of the whole range; {@code granularity} null and no bucket. */
  ObjectNode write(DriftView view) {
    ObjectNode answer = header(view);
    answer.putNull("granularity");
    drift(answer, view);
    answer.putArray("buckets");
    return answer;
  }

  /** The drift of the whole range, then of each bucket. */
  ObjectNode write(DriftBucketsView view) {
    ObjectNode answer = header(view.total());
    answer.put("granularity", view.granularity().id());
    drift(answer, view.total());
    ArrayNode buckets = answer.putArray("buckets");
    for (DriftBucket bucket : view.buckets()) {
      ObjectNode node =
          buckets
              .addObject()
              .put("start", bucket.start().toString())
              .put("end", bucket.end().toString())
              .put("partial", bucket.partial());
      drift(node, bucket.drift());
    }
    return answer;
  }

  private ObjectNode header(DriftView view) {
    ObjectNode answer = ScopeJson.answer(json, view.scope());
    answer
        .putObject("reference")
        .put("uploaded_at", view.reference().uploadedAt().toString())
        .put("rows", view.reference().rows());
    return answer;
  }

  private void drift(ObjectNode answer, DriftView view) {
    answer.put("predictions", view.predictions());
    ArrayNode features = answer.putArray("features");
    view.features().columns().forEach(c -> features.add(column("feature", c)));
    ArrayNode skipped = answer.putArray("skipped");
    for (SkippedFeature s : view.skipped()) {
      skipped.addObject().put("feature", s.feature()).put("reason", s.reason());
    }
    answer.set("dataset", dataset(view.features()));
    answer.set("prediction", view.prediction().map(c -> column("column", c)).orElse(null));
    answer.set("label", view.label().map(this::label).orElse(null));
  }

  private ObjectNode column(String nameField, ColumnDrift column) {
    DriftResult r = column.result();
    ObjectNode node = json.createObjectNode();
    node.put(nameField, column.name());
    node.put("type", column.kind().id());
    node.put("method", r.method().id());
    JsonNumbers.put(node, "statistic", r.statistic());
    JsonNumbers.put(node, "p_value", r.pValue());
    JsonNumbers.put(node, "threshold", r.threshold());
    node.put("drifted", r.drifted());
    node.put("exact", r.exact());
    JsonNumbers.put(node, "error_bound", r.errorBound());
    node.put("reference_count", column.referenceCount());
    node.put("current_count", column.currentCount());
    return node;
  }

  private ObjectNode label(LabelDrift label) {
    ObjectNode node = column("column", label.drift());
    JsonNumbers.put(node, "reference_positive_rate", label.referencePositiveRate());
    JsonNumbers.put(node, "current_positive_rate", label.currentPositiveRate());
    return node;
  }

  private ObjectNode dataset(DriftReport report) {
    ObjectNode node = json.createObjectNode();
    node.put("features", report.columns().size());
    node.put("drifted_features", report.driftedColumns());
    node.put("drift_share", report.driftShare());
    node.put("drift_share_threshold", report.shareThreshold());
    node.put("drifted", report.datasetDrift());
    return node;
  }
}
