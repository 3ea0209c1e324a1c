package dev.vigil.http.serving;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.serving.ServedModel;
import dev.vigil.http.ApiException;
import java.util.ArrayList;
import java.util.List;

/**
 * A KServe V1 predict request read against a served model's inputs: {@code {"instances": [...]}}
 * (or {@code "inputs"}), each instance an object of values by input name (a missing input is
 * missing, other keys are ignored) or an array of values in input order; optional {@code "ids"},
 * one prediction id per instance.
 *
 * @param clientIds the ids the client gave, or null
 */
record V1Request(List<Object[]> rows, List<String> clientIds) {

  static V1Request read(JsonNode body, ServedModel model, int maxRows) {
    String field = body.has("instances") ? "instances" : "inputs";
    JsonNode instances = body.get(field);
    if (instances == null || !instances.isArray() || instances.isEmpty()) {
      throw ApiException.badRequest(
          field, "instances (or inputs) must be a non-empty array of instances");
    }
    if (instances.size() > maxRows) {
      throw ApiException.badRequest(
          field, field + " has " + instances.size() + " instances; the limit is " + maxRows);
    }
    List<Object[]> rows = new ArrayList<>(instances.size());
    for (int i = 0; i < instances.size(); i++) {
      rows.add(row(instances.get(i), field + "[" + i + "]", model.inputs().columns()));
    }
    return new V1Request(rows, PredictionIds.given(body.get("ids"), rows.size(), "ids"));
  }

  private static Object[] row(JsonNode instance, String field, List<ColumnSchema> inputs) {
    Object[] row = new Object[inputs.size()];
    if (instance.isObject()) {
      for (int c = 0; c < row.length; c++) {
        String name = inputs.get(c).name();
        row[c] = value(instance.get(name), inputs.get(c), field + "." + name);
      }
      return row;
    }
    if (instance.isArray()) {
      if (instance.size() != row.length) {
        throw ApiException.badRequest(
            field,
            field + " has " + instance.size() + " values; the model's inputs are " + names(inputs));
      }
      for (int c = 0; c < row.length; c++) {
        row[c] = value(instance.get(c), inputs.get(c), field + "[" + c + "]");
      }
      return row;
    }
    throw ApiException.badRequest(
        field, field + " must be an object (values by input name) or an array (in input order)");
  }

  private static Object value(JsonNode node, ColumnSchema input, String field) {
    try {
      return InputValues.forKind(input.kind(), JsonLeaf.of(node, field));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          field, field + " (input " + input.name() + "): " + e.getMessage());
    }
  }

  static List<String> names(List<ColumnSchema> inputs) {
    return inputs.stream().map(ColumnSchema::name).toList();
  }
}
