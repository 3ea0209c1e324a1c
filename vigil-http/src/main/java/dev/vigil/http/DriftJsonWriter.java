package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.query.DriftView;
import dev.vigil.core.query.LabelDrift;
import dev.vigil.core.query.SkippedFeature;
import dev.vigil.stats.drift.ColumnDrift;
import dev.vigil.stats.drift.DriftReport;
import dev.vigil.stats.drift.DriftResult;

/**
 * The answer of {@code GET /api/v1/models/{name}/drift} (shape in docs/API.md); a column's fields
 * are those of {@code vigil drift --format json}.
 */
final class DriftJsonWriter {

  private final ObjectMapper json;

  DriftJsonWriter(ObjectMapper json) {
    this.json = json;
  }

  ObjectNode write(DriftView view) {
    ObjectNode answer = ScopeJson.answer(json, view.scope());
    answer
        .putObject("reference")
        .put("uploaded_at", view.reference().uploadedAt().toString())
        .put("rows", view.reference().rows());
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
    return answer;
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
