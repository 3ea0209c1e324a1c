package dev.vigil.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.core.model.ClassLabels;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the JSON body of {@code POST /api/v1/models} into a {@link MonitoredModel}. Shape and type
 * errors are reported here with the JSON path; the rules of the domain (valid name, threshold in
 * [0, 1], segments among the columns...) stay in the domain records, whose messages the edge
 * translates (see {@link DomainFields}).
 */
final class ModelRequestReader {

  static final double DEFAULT_THRESHOLD = 0.5;
  static final WindowGranularity DEFAULT_GRANULARITY = WindowGranularity.HOUR;

  private static final Set<String> FIELDS =
      Set.of(
          "name",
          "schema",
          "positive_class",
          "positive_labels",
          "negative_labels",
          "threshold",
          "granularity",
          "segments");
  private static final Set<String> COLUMN_FIELDS = Set.of("name", "type");

  private ModelRequestReader() {}

  static MonitoredModel read(JsonNode body, Instant now) {
    JsonFields fields = new JsonFields(body, "").onlyKnown(FIELDS);
    String name = fields.text("name");
    DatasetSchema schema = schema(fields);
    ClassLabels labels =
        new ClassLabels(
            fields.text("positive_class"),
            fields.labelValues("positive_labels"),
            fields.labelValues("negative_labels"));
    double threshold = fields.has("threshold") ? fields.number("threshold") : DEFAULT_THRESHOLD;
    WindowGranularity granularity =
        fields.has("granularity")
            ? WindowGranularity.fromId(fields.text("granularity"))
            : DEFAULT_GRANULARITY;
    List<String> segments = fields.has("segments") ? fields.texts("segments") : List.of();
    return new MonitoredModel(name, schema, labels, threshold, granularity, segments, now);
  }

  private static DatasetSchema schema(JsonFields fields) {
    List<JsonNode> items = fields.array("schema");
    List<ColumnSchema> columns = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String prefix = "schema[" + i + "].";
      if (!items.get(i).isObject()) {
        throw ApiException.badRequest(
            "schema[" + i + "]", "must be an object, was " + JsonFields.kind(items.get(i)));
      }
      JsonFields column = new JsonFields(items.get(i), prefix).onlyKnown(COLUMN_FIELDS);
      String name = column.text("name");
      if (name.isBlank()) {
        throw ApiException.badRequest(prefix + "name", "must not be blank");
      }
      columns.add(new ColumnSchema(name, kind(column)));
    }
    return new DatasetSchema(columns);
  }

  private static ColumnKind kind(JsonFields column) {
    String type = column.text("type");
    for (ColumnKind kind : ColumnKind.values()) {
      if (kind.id().equals(type)) {
        return kind;
      }
    }
    throw ApiException.badRequest(
        column.path("type"), "'" + type + "' is not one of numeric, categorical, boolean");
  }
}
