package dev.vigil.models;

import java.util.Objects;

/**
 * Rows of encoded features as one row-major float array, the layout XGBoost's DMatrix and an ONNX
 * {@code [N, F]} tensor both take. A missing value is {@link Float#NaN}.
 *
 * <p>Invariants: {@code values.length == rows * columns}; rows and columns are not negative.
 */
public record DenseRows(float[] values, int rows, int columns) {

  public DenseRows {
    Objects.requireNonNull(values, "values");
    if (rows < 0 || columns < 0 || (long) rows * columns != values.length) {
      throw new IllegalArgumentException(
          "values: " + values.length + " values do not make " + rows + " rows of " + columns);
    }
  }
}
