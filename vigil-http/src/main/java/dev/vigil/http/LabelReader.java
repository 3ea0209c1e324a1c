package dev.vigil.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.model.ClassLabels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns record {@code i} of {@code POST /api/v1/models/{name}/feedback} into a {@link LabelRecord}.
 * The label is one of the model's label values, compared as text ({@code 1}, {@code "Yes"}, {@code
 * true}); a positive value becomes 1, a negative one 0. A missing timestamp is the time of the
 * request.
 */
final class LabelReader {

  private static final Set<String> FIELDS = Set.of("prediction_id", "label", "timestamp");

  private final String modelName;
  private final ClassLabels labels;
  private final Instant now;

  LabelReader(String modelName, ClassLabels labels, Instant now) {
    this.modelName = modelName;
    this.labels = labels;
    this.now = now;
  }

  LabelRecord read(JsonNode record, int index) {
    RecordFields.requireObject(record, index);
    String prefix = RecordFields.prefix(index);
    JsonFields fields = new JsonFields(record, prefix).onlyKnown(FIELDS);
    String id = fields.text("prediction_id");
    int label = label(fields);
    Instant time = RecordFields.timestamp(fields, now);
    return RecordFields.build(
        () -> new LabelRecord(modelName, id, label, time), prefix, "prediction_id");
  }

  private int label(JsonFields fields) {
    JsonNode node = fields.required("label");
    if (!(node.isTextual() || node.isIntegralNumber() || node.isBoolean())) {
      throw ApiException.badRequest(
          fields.path("label"),
          "must be a string, an integer or a boolean, was " + JsonFields.kind(node));
    }
    String value = node.asText();
    return labels
        .meaningOf(value)
        .map(positive -> positive ? 1 : 0)
        .orElseThrow(
            () ->
                ApiException.badRequest(
                    fields.path("label"),
                    "'" + value + "' is not a label value of this model; accepted: " + accepted()));
  }

  private String accepted() {
    List<String> values = new ArrayList<>(labels.positiveValues());
    values.addAll(labels.negativeValues());
    return String.join(", ", values);
  }
}
