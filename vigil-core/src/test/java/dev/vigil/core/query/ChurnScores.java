package dev.vigil.core.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The shared bank churn data (read through the system property {@code vigil.shared.data}, never
 * copied) scored by a fixed hand-made logistic model, with the true {@code Exited} labels, in row
 * order. The model is rough on purpose: CBPE has something to calibrate.
 */
record ChurnScores(double[] scores, int[] labels) {

  static ChurnScores load() {
    String dir = System.getProperty("vigil.shared.data");
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException("system property vigil.shared.data is not set");
    }
    try {
      List<String> lines =
          Files.readAllLines(Path.of(dir, "Churn_Modelling.csv"), StandardCharsets.UTF_8);
      List<String> header = List.of(lines.get(0).strip().split(","));
      int n = lines.size() - 1;
      double[] scores = new double[n];
      int[] labels = new int[n];
      for (int i = 0; i < n; i++) {
        String[] cells = lines.get(i + 1).strip().split(",");
        scores[i] = score(header, cells);
        labels[i] = Integer.parseInt(cells[header.indexOf("Exited")]);
      }
      return new ChurnScores(scores, labels);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double score(List<String> header, String[] cells) {
    double age = Double.parseDouble(cells[header.indexOf("Age")]);
    double balance = Double.parseDouble(cells[header.indexOf("Balance")]);
    int products = Integer.parseInt(cells[header.indexOf("NumOfProducts")]);
    boolean active = cells[header.indexOf("IsActiveMember")].equals("1");
    boolean germany = cells[header.indexOf("Geography")].equals("Germany");
    boolean female = cells[header.indexOf("Gender")].equals("Female");
    double z =
        -1.9
            + 0.07 * (age - 38)
            + (germany ? 0.8 : 0)
            + (active ? -0.9 : 0)
            + (female ? 0.5 : 0)
            + (products >= 3 ? 2.5 : products == 2 ? -1.3 : 0)
            + 2e-6 * balance;
    return 1 / (1 + Math.exp(-z));
  }

  double[] scores(int from, int to) {
    return java.util.Arrays.copyOfRange(scores, from, to);
  }

  int[] labels(int from, int to) {
    return java.util.Arrays.copyOfRange(labels, from, to);
  }
}
