package dev.vigil.stats.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The cases of metrics_cases.json (tools/reference/metrics_reference.py), labels resolved. */
final class ReferenceCases {

  /** One case: inputs and scikit-learn's expected values. */
  record Case(String name, double threshold, double[] scores, int[] labels, JsonNode expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private ReferenceCases() {}

  static List<Case> load() {
    JsonNode root = readFixture();
    Map<Integer, Integer> exited = null;
    List<Case> cases = new ArrayList<>();
    for (JsonNode c : root.get("cases")) {
      double[] scores = doubles(c.get("scores"));
      int[] labels;
      if (c.has("rowNumbers")) {
        exited = exited == null ? readExited() : exited;
        labels = labelsOf(c.get("rowNumbers"), exited);
      } else {
        labels = ints(c.get("labels"));
      }
      cases.add(
          new Case(
              c.get("name").asText(),
              c.get("threshold").asDouble(),
              scores,
              labels,
              c.get("expected")));
    }
    return cases;
  }

  private static JsonNode readFixture() {
    try (InputStream in =
        ReferenceCases.class.getResourceAsStream("/reference/metrics_cases.json")) {
      if (in == null) {
        throw new IllegalStateException("reference/metrics_cases.json missing from test resources");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int[] labelsOf(JsonNode rowNumbers, Map<Integer, Integer> exited) {
    int[] labels = new int[rowNumbers.size()];
    for (int i = 0; i < labels.length; i++) {
      Integer label = exited.get(rowNumbers.get(i).asInt());
      if (label == null) {
        throw new IllegalStateException("RowNumber " + rowNumbers.get(i) + " not in the CSV");
      }
      labels[i] = label;
    }
    return labels;
  }

  /** RowNumber -> Exited from the shared churn CSV (plain comma-separated, CRLF lines). */
  private static Map<Integer, Integer> readExited() {
    String dir = System.getProperty("vigil.shared.data");
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException("system property vigil.shared.data is not set");
    }
    Path csv = Path.of(dir, "Churn_Modelling.csv");
    if (!Files.isRegularFile(csv)) {
      throw new IllegalStateException("missing " + csv + " (vigil.shared.data=" + dir + ")");
    }
    try {
      List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
      List<String> header = List.of(lines.get(0).strip().split(","));
      int rowColumn = header.indexOf("RowNumber");
      int exitedColumn = header.indexOf("Exited");
      Map<Integer, Integer> exited = new HashMap<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.strip().split(",");
        exited.put(Integer.parseInt(cells[rowColumn]), Integer.parseInt(cells[exitedColumn]));
      }
      return exited;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double[] doubles(JsonNode array) {
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).asDouble();
    }
    return values;
  }

  private static int[] ints(JsonNode array) {
    int[] values = new int[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).asInt();
    }
    return values;
  }
}
