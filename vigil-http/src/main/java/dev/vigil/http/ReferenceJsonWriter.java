package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.window.FeatureSummary;
import dev.vigil.core.window.ReferenceSummary;

/**
 * A stored reference as the API shows it: its size and upload time, how many scores and target
 * values it holds, how many (score, label) pairs it kept for estimation, and per schema feature the
 * values, missing values and type errors it counted.
 */
final class ReferenceJsonWriter {

  private final ObjectMapper json;

  ReferenceJsonWriter(ObjectMapper json) {
    this.json = json;
  }

  ObjectNode write(MonitoredModel model, ReferenceSummary reference) {
    ObjectNode node = json.createObjectNode();
    node.put("model", model.name());
    node.put("rows", reference.rows());
    node.put("uploaded_at", reference.uploadedAt().toString());
    node.put("scores", reference.scores().count());
    ObjectNode target = node.putObject("target");
    target.put("count", reference.target().count());
    ObjectNode values = target.putObject("values");
    reference.target().counts().forEach(values::put);
    node.putObject("labelled_scores")
        .put("seen", reference.labelledScores().seen())
        .put("kept", reference.labelledScores().size());
    ArrayNode features = node.putArray("features");
    for (ColumnSchema column : model.schema().columns()) {
      FeatureSummary feature = reference.features().get(column.name());
      ObjectNode entry = features.addObject();
      entry.put("feature", column.name());
      entry.put("type", column.kind().id());
      entry.put("values", feature == null ? 0 : values(feature));
      entry.put("missing", feature == null ? 0 : feature.missing());
      entry.put("type_errors", feature == null ? 0 : feature.typeErrors());
    }
    return node;
  }

  private static long values(FeatureSummary feature) {
    return feature instanceof FeatureSummary.Numeric n
        ? n.values().count()
        : ((FeatureSummary.Categorical) feature).values().count();
  }
}
