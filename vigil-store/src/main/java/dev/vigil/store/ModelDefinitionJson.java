package dev.vigil.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.model.ClassLabels;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON document that holds a monitored model's definition in the {@code definition} column. It
 * carries a {@code format} number so that a later build can still read rows written by this one;
 * the name and creation time live in their own columns.
 */
final class ModelDefinitionJson {

  static final int FORMAT = 1;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ModelDefinitionJson() {}

  static String write(MonitoredModel model) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    ArrayNode columns = root.putArray("schema");
    for (ColumnSchema column : model.schema().columns()) {
      columns.addObject().put("name", column.name()).put("kind", column.kind().id());
    }
    ObjectNode labels = root.putObject("labels");
    labels.put("positiveClass", model.labels().positiveClass());
    model.labels().positiveValues().forEach(labels.putArray("positiveValues")::add);
    model.labels().negativeValues().forEach(labels.putArray("negativeValues")::add);
    root.put("decisionThreshold", model.decisionThreshold());
    root.put("windowGranularity", model.windowGranularity().id());
    model.segmentColumns().forEach(root.putArray("segmentColumns")::add);
    return root.toString();
  }

  static MonitoredModel read(String name, Instant createdAt, String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("model '" + name + "': definition is not JSON", e);
    }
    int format = root.path("format").asInt(-1);
    if (format != FORMAT) {
      throw new IllegalStateException(
          "model '" + name + "': definition format " + format + " is not " + FORMAT);
    }
    List<ColumnSchema> columns = new ArrayList<>();
    for (JsonNode column : root.path("schema")) {
      ColumnKind kind = ColumnKind.valueOf(column.path("kind").asText().toUpperCase(Locale.ROOT));
      columns.add(new ColumnSchema(column.path("name").asText(), kind));
    }
    JsonNode labels = root.path("labels");
    return new MonitoredModel(
        name,
        new DatasetSchema(columns),
        new ClassLabels(
            labels.path("positiveClass").asText(),
            texts(labels.path("positiveValues")),
            texts(labels.path("negativeValues"))),
        root.path("decisionThreshold").asDouble(),
        WindowGranularity.fromId(root.path("windowGranularity").asText()),
        texts(root.path("segmentColumns")),
        createdAt);
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }
}
