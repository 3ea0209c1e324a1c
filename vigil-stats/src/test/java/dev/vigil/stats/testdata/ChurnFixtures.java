package dev.vigil.stats.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reference fixtures from test resources, and the labels of the shared bank churn data that the
 * fixtures name by RowNumber (the data itself is never copied into the repository).
 */
public final class ChurnFixtures {

  private static Map<Integer, Integer> exited;

  private ChurnFixtures() {}

  /** A JSON fixture under {@code /reference/} of the test resources. */
  public static JsonNode fixture(String name) {
    try (InputStream in = ChurnFixtures.class.getResourceAsStream("/reference/" + name)) {
      if (in == null) {
        throw new IllegalStateException("reference/" + name + " missing from test resources");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code Exited} label of each RowNumber listed, in order. */
  public static int[] labelsOf(JsonNode rowNumbers) {
    Map<Integer, Integer> byRow = exited();
    int[] labels = new int[rowNumbers.size()];
    for (int i = 0; i < labels.length; i++) {
      Integer label = byRow.get(rowNumbers.get(i).asInt());
      if (label == null) {
        throw new IllegalStateException("RowNumber " + rowNumbers.get(i) + " not in the CSV");
      }
      labels[i] = label;
    }
    return labels;
  }

  /** RowNumber -> Exited from the shared churn CSV (plain comma-separated, CRLF lines). */
  private static synchronized Map<Integer, Integer> exited() {
    if (exited != null) {
      return exited;
    }
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
      Map<Integer, Integer> byRow = new HashMap<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.strip().split(",");
        byRow.put(Integer.parseInt(cells[rowColumn]), Integer.parseInt(cells[exitedColumn]));
      }
      exited = Map.copyOf(byRow);
      return exited;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
