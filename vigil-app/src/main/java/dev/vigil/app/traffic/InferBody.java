package dev.vigil.app.traffic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The body of an Open Inference Protocol infer request for rows: one tensor of shape {@code [N]}
 * per served input, in the input's datatype when every value fits it, else as BYTES text (which the
 * server reads for any input: numbers and booleans sent as text). A value the row lacks is null
 * (missing); columns that are not inputs are not sent.
 */
final class InferBody {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private InferBody() {}

  static ObjectNode of(List<ServedInput> inputs, List<Map<String, Object>> rows) {
    ObjectNode body = NODES.objectNode();
    ArrayNode tensors = body.putArray("inputs");
    for (ServedInput input : inputs) {
      boolean typed = rows.stream().allMatch(r -> fits(input.datatype(), r.get(input.name())));
      ObjectNode tensor = tensors.addObject();
      tensor.put("name", input.name());
      tensor.put("datatype", typed ? input.datatype() : "BYTES");
      tensor.putArray("shape").add(rows.size());
      ArrayNode data = tensor.putArray("data");
      for (Map<String, Object> row : rows) {
        Object value = row.get(input.name());
        if (value == null) {
          data.addNull();
        } else if (typed && value instanceof Number n) {
          data.add(n.doubleValue());
        } else if (typed && value instanceof Boolean b) {
          data.add(b);
        } else {
          data.add(text(value));
        }
      }
    }
    return body;
  }

  private static boolean fits(String datatype, Object value) {
    return switch (datatype) {
      case "FP64", "FP32" -> value == null || value instanceof Number;
      case "BOOL" -> value == null || value instanceof Boolean;
      default -> value == null || value instanceof String;
    };
  }

  /** A value as text; a whole number without a fraction ({@code 2}, not {@code 2.0}). */
  static String text(Object value) {
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString((long) d);
      }
      return Double.toString(d);
    }
    return value.toString();
  }
}
