package dev.vigil.core.kserve;

import dev.vigil.core.schema.DatasetSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The feature rows of an inference request, in the monitored model's schema: V1 {@code
 * {"instances": [...]}} (or {@code "inputs"}) whose instances are objects (features by name) or
 * arrays (features in schema order), or V2 {@code {"inputs": [tensor...]}} with one tensor per
 * schema column (by name) or one 2-D tensor whose columns are in schema order. Features are the
 * schema's columns, in its order; a column an object instance lacks is {@code null} (missing), keys
 * outside the schema are ignored.
 */
final class RequestRows {

  private RequestRows() {}

  static List<Map<String, Object>> of(Map<String, Object> body, DatasetSchema schema) {
    Object inputs = body.get("inputs");
    if (V2Tensors.looksLikeTensors(inputs)) {
      return V2Tensors.rows(JsonValues.list(inputs, "inputs"), schema);
    }
    String field = body.containsKey("instances") ? "instances" : "inputs";
    if (!body.containsKey(field)) {
      throw new KServeEventException(
          "body", "a request must have \"instances\" (V1) or \"inputs\" (V1 or V2)");
    }
    List<?> instances = JsonValues.list(body.get(field), field);
    List<Map<String, Object>> rows = new ArrayList<>(instances.size());
    for (int i = 0; i < instances.size(); i++) {
      rows.add(row(instances.get(i), field + "[" + i + "]", schema));
    }
    return rows;
  }

  private static Map<String, Object> row(Object instance, String field, DatasetSchema schema) {
    Map<String, Object> features = new LinkedHashMap<>();
    List<String> names = schema.names();
    if (instance instanceof Map<?, ?> byName) {
      for (String name : names) {
        features.put(name, JsonValues.feature(byName.get(name), field + "." + name));
      }
      return features;
    }
    if (instance instanceof List<?> inOrder) {
      if (inOrder.size() != names.size()) {
        throw new KServeEventException(
            field,
            "has "
                + inOrder.size()
                + " values but the model's schema has "
                + names.size()
                + " columns "
                + names);
      }
      for (int c = 0; c < names.size(); c++) {
        features.put(names.get(c), JsonValues.feature(inOrder.get(c), field + "[" + c + "]"));
      }
      return features;
    }
    throw new KServeEventException(field, "must be an object (by name) or an array (in order)");
  }
}
