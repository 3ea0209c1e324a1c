package dev.vigil.stats.estimate;

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

/**
 * The NannyML CBPE fixture (tools/reference/cbpe_reference.py) with labels read from the shared
 * churn CSV by RowNumber.
 */
record CbpeCases(String name, JsonNode json, int[] referenceLabels, int[] analysisLabels) {

  static List<CbpeCases> load() {
    JsonNode root = read();
    Map<Integer, Integer> exited = readExited();
    List<CbpeCases> cases = new ArrayList<>();
    for (JsonNode c : root.get("cases")) {
      cases.add(
          new CbpeCases(
              c.get("name").asText(),
              c,
              labelsOf(c.get("reference_rows"), exited),
              labelsOf(c.get("analysis_rows"), exited)));
    }
    return cases;
  }

  double threshold() {
    return json.get("threshold").asDouble();
  }

  int chunkSize() {
    return json.get("chunk_size").asInt();
  }

  double[] doubles(String field) {
    JsonNode array = json.get(field);
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).asDouble();
    }
    return values;
  }

  private static JsonNode read() {
    try (InputStream in = CbpeCases.class.getResourceAsStream("/reference/cbpe_cases.json")) {
      if (in == null) {
        throw new IllegalStateException("reference/cbpe_cases.json missing from test resources");
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
}
