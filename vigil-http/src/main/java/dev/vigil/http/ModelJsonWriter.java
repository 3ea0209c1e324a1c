package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.schema.ColumnSchema;

/** A monitored model as the API shows it: the request's fields plus {@code created_at}. */
final class ModelJsonWriter {

  private final ObjectMapper json;

  ModelJsonWriter(ObjectMapper json) {
    this.json = json;
  }

  ObjectNode write(MonitoredModel model) {
    ObjectNode node = json.createObjectNode();
    node.put("name", model.name());
    ArrayNode schema = node.putArray("schema");
    for (ColumnSchema column : model.schema().columns()) {
      schema.addObject().put("name", column.name()).put("type", column.kind().id());
    }
    node.put("positive_class", model.labels().positiveClass());
    model.labels().positiveValues().forEach(node.putArray("positive_labels")::add);
    model.labels().negativeValues().forEach(node.putArray("negative_labels")::add);
    node.put("threshold", model.decisionThreshold());
    node.put("granularity", model.windowGranularity().id());
    model.segmentColumns().forEach(node.putArray("segments")::add);
    node.put("created_at", model.createdAt().toString());
    return node;
  }
}
