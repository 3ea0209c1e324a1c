package dev.vigil.models;

import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared bank churn data (never copied into the repository; read from the directory in the
 * system property {@code vigil.shared.data}) as training data: the ten feature columns, Exited as
 * the label.
 */
final class ChurnData {

  static final List<String> CATEGORICAL = List.of("Geography", "Gender");
  static final List<String> FEATURES =
      List.of(
          "CreditScore",
          "Geography",
          "Gender",
          "Age",
          "Tenure",
          "Balance",
          "NumOfProducts",
          "HasCrCard",
          "IsActiveMember",
          "EstimatedSalary");

  private static TrainingData data;

  private ChurnData() {}

  static DatasetSchema schema() {
    return new DatasetSchema(
        FEATURES.stream()
            .map(
                name ->
                    new ColumnSchema(
                        name,
                        CATEGORICAL.contains(name) ? ColumnKind.CATEGORICAL : ColumnKind.NUMERIC))
            .toList());
  }

  static synchronized TrainingData all() {
    if (data == null) {
      data = read(csv());
    }
    return data;
  }

  private static Path csv() {
    String dir = System.getProperty("vigil.shared.data");
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException("system property vigil.shared.data is not set");
    }
    Path csv = Path.of(dir, "Churn_Modelling.csv");
    if (!Files.isRegularFile(csv)) {
      throw new IllegalStateException("missing " + csv + " (vigil.shared.data=" + dir + ")");
    }
    return csv;
  }

  private static TrainingData read(Path csv) {
    try {
      List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
      List<String> header = List.of(lines.get(0).strip().split(","));
      int target = header.indexOf("Exited");
      List<Object[]> rows = new ArrayList<>();
      int[] labels = new int[lines.size() - 1];
      for (int l = 1; l < lines.size(); l++) {
        String[] cells = lines.get(l).strip().split(",");
        Object[] row = new Object[FEATURES.size()];
        for (int f = 0; f < row.length; f++) {
          String cell = cells[header.indexOf(FEATURES.get(f))];
          row[f] = CATEGORICAL.contains(FEATURES.get(f)) ? cell : Double.valueOf(cell);
        }
        rows.add(row);
        labels[l - 1] = Integer.parseInt(cells[target]);
      }
      return new TrainingData(schema(), rows, labels);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
