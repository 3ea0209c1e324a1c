package dev.vigil.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real model files vigil-models' tests hold (made by tools/reference/), read in place through
 * the repository: surefire runs in the vigil-app module directory.
 */
final class ReferenceModels {

  private ReferenceModels() {}

  static Path file(String model, String name) {
    Path path = Path.of("..", "vigil-models", "src", "test", "resources", "models", model, name);
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException("reference model file not found: " + path.toAbsolutePath());
    }
    return path;
  }

  /** The lines of a reference file split on commas (none of them has quoted fields). */
  static List<String[]> cells(String model, String name) {
    try {
      List<String> lines = Files.readAllLines(file(model, name));
      return lines.stream().map(l -> l.split(",", -1)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The raw rows of the bank churn file by RowNumber, with these columns: Geography and Gender as
   * text, the others as numbers.
   */
  static Map<Integer, Object[]> churnRows(List<String> columns) {
    List<String> lines = SharedData.lines("Churn_Modelling.csv");
    List<String> header = List.of(lines.get(0).split(","));
    Map<Integer, Object[]> rows = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Object[] row = new Object[columns.size()];
      for (int c = 0; c < row.length; c++) {
        String cell = cells[header.indexOf(columns.get(c))];
        boolean text = columns.get(c).equals("Geography") || columns.get(c).equals("Gender");
        row[c] = text ? cell : Double.valueOf(cell);
      }
      rows.put(Integer.valueOf(cells[header.indexOf("RowNumber")]), row);
    }
    return rows;
  }
}
