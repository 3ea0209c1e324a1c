package dev.vigil.app.report;

import dev.vigil.app.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shared bank churn file split by country into temporary CSV files, each row given a
 * deterministic model score (a fixed logistic formula of Age, IsActiveMember and NumOfProducts) in
 * a column {@code score}, and the class it predicts at 0.5 in a last column {@code predicted}.
 */
final class ChurnFiles {

  static final String[] IDS = {"--id", "RowNumber", "--id", "CustomerId"};

  private ChurnFiles() {}

  /** The rows of {@code country}, header first, with the score column appended. */
  static Path country(String country, Path target) {
    List<String> lines = lines();
    List<String> header = List.of(lines.get(0).split(","));
    int geography = header.indexOf("Geography");
    List<String> out = new ArrayList<>();
    out.add(lines.get(0) + ",score,predicted");
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      if (cells[geography].equals(country)) {
        String score = String.format(Locale.ROOT, "%.4f", score(header, cells));
        out.add(line + "," + score + "," + (Double.parseDouble(score) >= 0.5 ? 1 : 0));
      }
    }
    return write(target, out);
  }

  static double score(List<String> header, String[] cells) {
    double age = Double.parseDouble(cells[header.indexOf("Age")]);
    double active = Double.parseDouble(cells[header.indexOf("IsActiveMember")]);
    double products = Double.parseDouble(cells[header.indexOf("NumOfProducts")]);
    double z = -5.2 + 0.1 * age - 1.0 * active + (products >= 3 ? 2.5 : 0);
    return 1 / (1 + Math.exp(-z));
  }

  static List<String> lines() {
    try {
      return Files.readAllLines(SharedData.path("Churn_Modelling.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path target, List<String> lines) {
    try {
      return Files.write(target, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
