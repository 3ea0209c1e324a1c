package dev.vigil.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The model Python's xgboost 2.1.4 trained (tools/reference/make_xgboost_model.py): its files and
 * the 200 raw rows of expected.csv with Python's predict_proba.
 */
final class ReferenceModel {

  private ReferenceModel() {}

  static Path file(String name) {
    try {
      return Path.of(ReferenceModel.class.getResource("/models/xgboost-churn/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("models/xgboost-churn/" + name + " missing", e);
    }
  }

  /** The raw rows: blank cells null, categorical cells text, others numbers. */
  static List<Object[]> rows() {
    List<Object[]> rows = new ArrayList<>();
    for (String[] cells : cells()) {
      Object[] row = new Object[ChurnData.FEATURES.size()];
      for (int f = 0; f < row.length; f++) {
        String cell = cells[f];
        if (cell.isEmpty()) {
          row[f] = null;
        } else {
          row[f] =
              ChurnData.CATEGORICAL.contains(ChurnData.FEATURES.get(f))
                  ? cell
                  : Double.valueOf(cell);
        }
      }
      rows.add(row);
    }
    return rows;
  }

  static double[] expected() {
    return cells().stream().mapToDouble(c -> Double.parseDouble(c[c.length - 1])).toArray();
  }

  private static List<String[]> cells() {
    try {
      List<String> lines = Files.readAllLines(file("expected.csv"), StandardCharsets.UTF_8);
      return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
