package dev.vigil.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How rows of raw values become the float rows a model file takes (docs/MODELS.md, "Feature
 * layout"): inputs in order; a numeric input is its value (NaN when missing), standardized when it
 * has a {@link NumericScaling}; a boolean input is 1 or 0 (NaN when missing); a categorical input
 * is one-hot over its listed categories (an unknown or missing category is all zeros).
 *
 * <p>Invariants: at least one input; input names unique; every scaling names a numeric input.
 *
 * @param scaling standardization by numeric input name; empty when the model takes raw numbers
 */
public record FeatureEncoding(List<ModelInput> inputs, Map<String, NumericScaling> scaling) {

  public FeatureEncoding {
    inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
    scaling = Map.copyOf(new TreeMap<>(Objects.requireNonNull(scaling, "scaling")));
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("inputs: a model needs at least one input");
    }
    var names = new HashSet<String>();
    for (ModelInput input : inputs) {
      if (!names.add(input.name())) {
        throw new IllegalArgumentException("inputs: '" + input.name() + "' is listed twice");
      }
    }
    for (String name : scaling.keySet()) {
      boolean numeric =
          inputs.stream().anyMatch(i -> i.name().equals(name) && i.kind() == ColumnKind.NUMERIC);
      if (!numeric) {
        throw new IllegalArgumentException("scaling: '" + name + "' is not a numeric input");
      }
    }
  }

  /**
   * Fits the encoding on training rows: each categorical input's categories are the ones seen, in
   * sorted order; with {@code standardize}, each numeric input gets the mean and population
   * standard deviation of its present values.
   */
  public static FeatureEncoding fit(
      DatasetSchema inputs, List<Object[]> rows, boolean standardize) {
    return EncodingFit.fit(inputs, rows, standardize);
  }

  /** The width of an encoded row. */
  public int columns() {
    int columns = 0;
    for (ModelInput input : inputs) {
      columns += input.width();
    }
    return columns;
  }

  /** The raw inputs as a schema (names and kinds, in order). */
  public DatasetSchema schema() {
    return new DatasetSchema(
        inputs.stream().map(i -> new ColumnSchema(i.name(), i.kind())).toList());
  }

  /**
   * Encodes rows of raw values, one per input in input order.
   *
   * @throws IllegalArgumentException when a row has the wrong number of values, or an {@link
   *     InvalidFeatureException} naming the input when a value does not fit its kind
   */
  public DenseRows encode(List<Object[]> rows) {
    return RowEncoder.encode(this, rows);
  }

  /** Writes {@code "inputs"} and {@code "encoding"} into a manifest object. */
  public void writeJson(ObjectNode manifest) {
    EncodingJson.write(this, manifest);
  }

  /**
   * Reads {@code "inputs"} and the optional {@code "encoding"} of a manifest or an import schema
   * file; errors name the field ({@code inputs[2].kind}).
   */
  public static FeatureEncoding readJson(JsonNode node) {
    return EncodingJson.read(node);
  }
}
