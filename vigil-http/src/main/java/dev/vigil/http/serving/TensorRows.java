package dev.vigil.http.serving;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.http.ApiException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of V2 input tensors, in a served model's input order: either one tensor per input, named
 * like it, of shape {@code [N]} or {@code [N, 1]} (as KServe clients send), or a single tensor of
 * shape {@code [N, F]} whose columns are the F inputs in order.
 */
final class TensorRows {

  private TensorRows() {}

  static List<Object[]> of(List<Tensor> tensors, List<ColumnSchema> inputs, int maxRows) {
    Map<String, Tensor> byName = new HashMap<>();
    boolean allNamedLikeInputs = true;
    for (Tensor t : tensors) {
      if (byName.put(t.name(), t) != null) {
        throw ApiException.badRequest(
            t.field() + ".name", t.field() + ".name: tensor " + t.name() + " is sent twice");
      }
      allNamedLikeInputs &= inputs.stream().anyMatch(c -> c.name().equals(t.name()));
    }
    if (allNamedLikeInputs) {
      return perInput(byName, inputs, maxRows);
    }
    if (tensors.size() == 1) {
      return matrix(tensors.get(0), inputs, maxRows);
    }
    Tensor stranger =
        tensors.stream()
            .filter(t -> inputs.stream().noneMatch(c -> c.name().equals(t.name())))
            .findFirst()
            .orElseThrow();
    throw ApiException.badRequest(
        stranger.field() + ".name",
        stranger.field()
            + ".name: "
            + stranger.name()
            + " is not an input of the model; send one tensor per input "
            + V1Request.names(inputs)
            + " or a single [N, "
            + inputs.size()
            + "] tensor");
  }

  private static List<Object[]> perInput(
      Map<String, Tensor> byName, List<ColumnSchema> inputs, int maxRows) {
    int rows = -1;
    for (ColumnSchema input : inputs) {
      Tensor t = byName.get(input.name());
      if (t == null) {
        throw ApiException.badRequest(
            "inputs", "inputs: no tensor for the input " + input.name() + " of the model");
      }
      long[] shape = t.shape();
      if (shape.length > 2 || shape.length == 2 && shape[1] != 1) {
        throw ApiException.badRequest(
            t.field() + ".shape",
            t.field() + ".shape (tensor " + t.name() + ") must be [N] or [N, 1] for one input");
      }
      if (rows >= 0 && shape[0] != rows) {
        throw ApiException.badRequest(
            t.field() + ".shape",
            t.field()
                + ".shape (tensor "
                + t.name()
                + ") has "
                + shape[0]
                + " rows, other"
                + " tensors "
                + rows);
      }
      rows = checkedRows(shape[0], t, maxRows);
    }
    List<Object[]> result = newRows(rows, inputs.size());
    for (int c = 0; c < inputs.size(); c++) {
      Tensor t = byName.get(inputs.get(c).name());
      for (int r = 0; r < rows; r++) {
        result.get(r)[c] = value(t, r, inputs.get(c));
      }
    }
    return result;
  }

  private static List<Object[]> matrix(Tensor t, List<ColumnSchema> inputs, int maxRows) {
    long[] shape = t.shape();
    int width = inputs.size();
    if (shape.length != 2 || shape[1] != width) {
      throw ApiException.badRequest(
          t.field() + ".shape",
          t.field()
              + ".shape (tensor "
              + t.name()
              + ") must be [N, "
              + width
              + "] for the"
              + " inputs "
              + V1Request.names(inputs)
              + " in order, or send one tensor per input");
    }
    int rows = checkedRows(shape[0], t, maxRows);
    List<Object[]> result = newRows(rows, width);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < width; c++) {
        result.get(r)[c] = value(t, r * width + c, inputs.get(c));
      }
    }
    return result;
  }

  private static int checkedRows(long rows, Tensor t, int maxRows) {
    if (rows < 1 || rows > maxRows) {
      throw ApiException.badRequest(
          t.field() + ".shape",
          t.field()
              + ".shape (tensor "
              + t.name()
              + ") has "
              + rows
              + " rows; 1 to "
              + maxRows
              + " are taken");
    }
    return (int) rows;
  }

  private static List<Object[]> newRows(int rows, int width) {
    List<Object[]> result = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      result.add(new Object[width]);
    }
    return result;
  }

  private static Object value(Tensor t, int element, ColumnSchema input) {
    JsonNode node = t.data().get(element);
    try {
      return InputValues.forKind(input.kind(), t.datatype().read(node));
    } catch (IllegalArgumentException e) {
      String field = t.field() + ".data[" + element + "]";
      throw ApiException.badRequest(
          field,
          field
              + " (tensor "
              + t.name()
              + ", "
              + t.datatype()
              + ", input "
              + input.name()
              + "): "
              + e.getMessage());
    }
  }
}
