package dev.vigil.models;

import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Fits a {@link FeatureEncoding} on training rows. */
final class EncodingFit {

  private EncodingFit() {}

  static FeatureEncoding fit(DatasetSchema schema, List<Object[]> rows, boolean standardize) {
    List<ModelInput> inputs = new ArrayList<>();
    Map<String, NumericScaling> scaling = new LinkedHashMap<>();
    List<ColumnSchema> columns = schema.columns();
    requireWidth(rows, columns.size());
    for (int c = 0; c < columns.size(); c++) {
      ColumnSchema column = columns.get(c);
      if (column.kind() == ColumnKind.CATEGORICAL) {
        inputs.add(ModelInput.categorical(column.name(), categories(rows, c, column.name())));
      } else {
        inputs.add(new ModelInput(column.name(), column.kind(), List.of()));
        if (column.kind() == ColumnKind.NUMERIC && standardize) {
          scaling.put(column.name(), scalingOf(rows, c, column.name()));
        }
      }
    }
    return new FeatureEncoding(inputs, scaling);
  }

  private static void requireWidth(List<Object[]> rows, int width) {
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).length != width) {
        throw new IllegalArgumentException(
            "rows: row " + r + " has " + rows.get(r).length + " values, the schema " + width);
      }
    }
  }

  private static List<String> categories(List<Object[]> rows, int column, String name) {
    TreeSet<String> seen = new TreeSet<>();
    for (int r = 0; r < rows.size(); r++) {
      String category = FeatureValues.category(rows.get(r)[column], name, r);
      if (category != null) {
        seen.add(category);
      }
    }
    return List.copyOf(seen);
  }

  private static NumericScaling scalingOf(List<Object[]> rows, int column, String name) {
    double[] values = new double[rows.size()];
    int count = 0;
    for (int r = 0; r < rows.size(); r++) {
      double value = FeatureValues.numeric(rows.get(r)[column], name, r);
      if (!Double.isNaN(value)) {
        values[count++] = value;
      }
    }
    return NumericScaling.fit(values, count);
  }
}
