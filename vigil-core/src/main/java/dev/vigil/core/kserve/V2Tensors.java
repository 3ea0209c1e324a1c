package dev.vigil.core.kserve;

import dev.vigil.core.schema.DatasetSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of V2 (Open Inference Protocol) input tensors: row-major data, shape first axis rows.
 */
final class V2Tensors {

  private V2Tensors() {}

  /** True for a non-empty array of objects that each have name, shape, datatype and data. */
  static boolean looksLikeTensors(Object inputs) {
    if (!(inputs instanceof List<?> list) || list.isEmpty()) {
      return false;
    }
    for (Object t : list) {
      if (!(t instanceof Map<?, ?> m)
          || !m.containsKey("name")
          || !m.containsKey("shape")
          || !m.containsKey("datatype")
          || !m.containsKey("data")) {
        return false;
      }
    }
    return true;
  }

  static List<Map<String, Object>> rows(List<?> tensors, DatasetSchema schema) {
    Map<String, Integer> byName = new LinkedHashMap<>();
    for (int i = 0; i < tensors.size(); i++) {
      byName.put(String.valueOf(((Map<?, ?>) tensors.get(i)).get("name")), i);
    }
    List<String> names = schema.names();
    if (byName.keySet().containsAll(names)) {
      return columnPerTensor(tensors, byName, names);
    }
    if (tensors.size() == 1) {
      return oneMatrix((Map<?, ?>) tensors.get(0), names);
    }
    throw new KServeEventException(
        "inputs",
        "V2 inputs must be one tensor per schema column "
            + names
            + " or one 2-D tensor in schema order, were tensors "
            + byName.keySet());
  }

  private static List<Map<String, Object>> columnPerTensor(
      List<?> tensors, Map<String, Integer> byName, List<String> names) {
    List<List<Object>> columns = new ArrayList<>();
    int rows = -1;
    for (String name : names) {
      int index = byName.get(name);
      String field = "inputs[" + index + "].data";
      List<Object> data = JsonValues.flattened(((Map<?, ?>) tensors.get(index)).get("data"), field);
      if (rows >= 0 && data.size() != rows) {
        throw new KServeEventException(
            field, "has " + data.size() + " values, other input tensors have " + rows);
      }
      rows = data.size();
      columns.add(data);
    }
    List<Map<String, Object>> result = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      Map<String, Object> features = new LinkedHashMap<>();
      for (int c = 0; c < names.size(); c++) {
        String field = "inputs[" + byName.get(names.get(c)) + "].data[" + r + "]";
        features.put(names.get(c), JsonValues.feature(columns.get(c).get(r), field));
      }
      result.add(features);
    }
    return result;
  }

  private static List<Map<String, Object>> oneMatrix(Map<?, ?> tensor, List<String> names) {
    List<?> shape = JsonValues.list(tensor.get("shape"), "inputs[0].shape");
    List<Object> data = JsonValues.flattened(tensor.get("data"), "inputs[0].data");
    int width = names.size();
    boolean matches =
        shape.size() == 2
            && shape.get(1) instanceof Number w
            && w.intValue() == width
            && data.size() % width == 0;
    if (!matches) {
      throw new KServeEventException(
          "inputs[0].shape",
          "a single V2 input tensor must have shape [rows, "
              + width
              + "] (the schema's columns "
              + names
              + "), was "
              + shape
              + " with "
              + data.size()
              + " values");
    }
    List<Map<String, Object>> result = new ArrayList<>();
    for (int r = 0; r < data.size() / width; r++) {
      Map<String, Object> features = new LinkedHashMap<>();
      for (int c = 0; c < width; c++) {
        Object v = data.get(r * width + c);
        features.put(
            names.get(c), JsonValues.feature(v, "inputs[0].data[" + (r * width + c) + "]"));
      }
      result.add(features);
    }
    return result;
  }
}
