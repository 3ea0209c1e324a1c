package dev.vigil.models.onnx;

import dev.vigil.models.DenseRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A model made by tools/reference/make_onnx_models.py with its expected.csv: held-out rows encoded
 * as the model takes them (RowNumber, 13 floats) and onnxruntime-python's positive probability.
 */
record ReferenceCase(String name, Path model, DenseRows rows, double[] expected) {

  static final int COLUMNS = 13;

  static ReferenceCase of(String name) {
    Path folder = folder("onnx-" + name);
    List<String> lines = read(folder.resolve("expected.csv"));
    int count = lines.size() - 1;
    float[] values = new float[count * COLUMNS];
    double[] expected = new double[count];
    for (int row = 0; row < count; row++) {
      String[] cells = lines.get(row + 1).split(",");
      for (int column = 0; column < COLUMNS; column++) {
        values[row * COLUMNS + column] = Float.parseFloat(cells[column + 1]);
      }
      expected[row] = Double.parseDouble(cells[COLUMNS + 1]);
    }
    return new ReferenceCase(
        name, folder.resolve("model.onnx"), new DenseRows(values, count, COLUMNS), expected);
  }

  /** The one row {@code index} of the case's rows. */
  DenseRows row(int index) {
    float[] values = Arrays.copyOfRange(rows.values(), index * COLUMNS, (index + 1) * COLUMNS);
    return new DenseRows(values, 1, COLUMNS);
  }

  static Path folder(String name) {
    try {
      return Path.of(ReferenceCase.class.getResource("/models/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
