package dev.vigil.http.serving;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.http.ApiException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One input tensor of a V2 infer request: its name, datatype, shape and its elements in row-major
 * order (data sent as nested arrays, as some clients do, is flattened). The number of elements is
 * the product of the shape.
 *
 * @param index its position in the request's {@code inputs}, for error messages
 */
record Tensor(int index, String name, Datatype datatype, long[] shape, List<JsonNode> data) {

  static Tensor read(JsonNode tensor, int index) {
    String field = "inputs[" + index + "]";
    if (!tensor.isObject()) {
      throw ApiException.badRequest(field, field + " must be a tensor object");
    }
    String name = text(tensor, field, "name");
    String typeName = text(tensor, field, "datatype");
    Datatype datatype = Datatype.named(typeName);
    if (datatype == null) {
      throw ApiException.badRequest(
          field + ".datatype",
          field
              + ".datatype '"
              + typeName
              + "' (tensor "
              + name
              + ") is not one of BOOL, UINT8-64,"
              + " INT8-64, FP32, FP64, BYTES");
    }
    long[] shape = shape(tensor.get("shape"), field + ".shape", name);
    JsonNode data = tensor.get("data");
    if (data == null || !data.isArray()) {
      throw ApiException.badRequest(
          field + ".data", field + ".data (tensor " + name + ") must be an array");
    }
    List<JsonNode> leaves = new ArrayList<>(data.size());
    flatten(data, leaves);
    long expected = elements(shape);
    if (expected != leaves.size()) {
      throw ApiException.badRequest(
          field + ".shape",
          field
              + ".shape "
              + Arrays.toString(shape)
              + " (tensor "
              + name
              + ") holds "
              + expected
              + " elements but data has "
              + leaves.size());
    }
    return new Tensor(index, name, datatype, shape, leaves);
  }

  /** {@code inputs[i]}, the tensor's place in the request. */
  String field() {
    return "inputs[" + index + "]";
  }

  private static String text(JsonNode tensor, String field, String key) {
    JsonNode value = tensor.get(key);
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      throw ApiException.badRequest(field + "." + key, field + "." + key + " must be a string");
    }
    return value.textValue();
  }

  private static long[] shape(JsonNode shape, String field, String name) {
    if (shape == null || !shape.isArray() || shape.isEmpty()) {
      throw ApiException.badRequest(
          field, field + " (tensor " + name + ") must be a non-empty array of sizes");
    }
    long[] sizes = new long[shape.size()];
    for (int i = 0; i < sizes.length; i++) {
      JsonNode size = shape.get(i);
      if (!size.canConvertToLong() || !size.isIntegralNumber() || size.longValue() < 0) {
        throw ApiException.badRequest(
            field, field + " (tensor " + name + ") must hold sizes >= 0, was " + shape);
      }
      sizes[i] = size.longValue();
    }
    return sizes;
  }

  /** The product of the sizes; -1 past the range of a long, which no data matches. */
  private static long elements(long[] shape) {
    long product = 1;
    try {
      for (long size : shape) {
        product = Math.multiplyExact(product, size);
      }
    } catch (ArithmeticException e) {
      return -1;
    }
    return product;
  }

  private static void flatten(JsonNode array, List<JsonNode> leaves) {
    for (JsonNode element : array) {
      if (element.isArray()) {
        flatten(element, leaves);
      } else {
        leaves.add(element);
      }
    }
  }
}
