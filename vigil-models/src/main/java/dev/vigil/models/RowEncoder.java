package dev.vigil.models;

import java.util.List;
import java.util.Objects;

/** Encodes raw rows by the layout of a {@link FeatureEncoding}. */
final class RowEncoder {

  private RowEncoder() {}

  static DenseRows encode(FeatureEncoding encoding, List<Object[]> rows) {
    Objects.requireNonNull(rows, "rows");
    List<ModelInput> inputs = encoding.inputs();
    NumericScaling[] scalings = new NumericScaling[inputs.size()];
    for (int i = 0; i < scalings.length; i++) {
      scalings[i] = encoding.scaling().get(inputs.get(i).name());
    }
    int columns = encoding.columns();
    float[] values = new float[rows.size() * columns];
    for (int r = 0; r < rows.size(); r++) {
      Object[] row = rows.get(r);
      if (row == null || row.length != inputs.size()) {
        throw new IllegalArgumentException(
            "rows: row "
                + r
                + " has "
                + (row == null ? 0 : row.length)
                + " values but the model has "
                + inputs.size()
                + " inputs "
                + encoding.schema().names());
      }
      int at = r * columns;
      for (int i = 0; i < row.length; i++) {
        at = put(inputs.get(i), scalings[i], row[i], r, values, at);
      }
    }
    return new DenseRows(values, rows.size(), columns);
  }

  /** Writes one value's encoded columns at {@code at}; returns the next position. */
  private static int put(
      ModelInput input, NumericScaling scaling, Object value, int row, float[] out, int at) {
    switch (input.kind()) {
      case NUMERIC -> {
        double number = FeatureValues.numeric(value, input.name(), row);
        out[at] = (float) (scaling == null ? number : scaling.apply(number));
        return at + 1;
      }
      case BOOLEAN -> {
        out[at] = FeatureValues.bool(value, input.name(), row);
        return at + 1;
      }
      default -> {
        String category = FeatureValues.category(value, input.name(), row);
        int index = category == null ? -1 : input.categories().indexOf(category);
        if (index >= 0) {
          out[at + index] = 1f;
        }
        return at + input.width();
      }
    }
  }
}
