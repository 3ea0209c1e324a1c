package dev.vigil.stats.drift;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.vigil.stats.summary.CategoryCounts;
import dev.vigil.stats.summary.SortedSample;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads reference/drift_cases.json (written by tools/reference/drift_reference.py) and rebuilds
 * each case's reference and current data: CSV splits from the shared data, inline values, generated
 * sequences and category counts.
 */
final class ReferenceCases {

  private static JsonNode root;
  private static final Map<String, List<String[]>> CSV_ROWS = new HashMap<>();

  private ReferenceCases() {}

  static synchronized JsonNode root() {
    if (root == null) {
      try (InputStream in =
          ReferenceCases.class.getResourceAsStream("/reference/drift_cases.json")) {
        root =
            JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build()
                .readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return root;
  }

  static List<JsonNode> cases() {
    List<JsonNode> cases = new ArrayList<>();
    root().get("cases").forEach(cases::add);
    return cases;
  }

  static JsonNode find(String name) {
    return cases().stream()
        .filter(c -> c.get("name").asText().equals(name))
        .findFirst()
        .orElseThrow();
  }

  static ColumnInput column(JsonNode c) {
    boolean numeric = c.get("kind").asText().equals("numeric");
    String name = c.get("name").asText();
    return numeric
        ? new ColumnInput(
            name,
            ColumnKind.NUMERIC,
            new ColumnData.Numeric(SortedSample.of(numbers(c.get("reference")))),
            new ColumnData.Numeric(SortedSample.of(numbers(c.get("current")))))
        : new ColumnInput(
            name,
            ColumnKind.CATEGORICAL,
            new ColumnData.Categorical(categories(c.get("reference"))),
            new ColumnData.Categorical(categories(c.get("current"))));
  }

  static double[] numbers(JsonNode source) {
    return switch (source.get("type").asText()) {
      case "csv" -> select(source).stream().mapToDouble(Double::parseDouble).toArray();
      case "inline" -> {
        double[] v = new double[source.get("values").size()];
        for (int i = 0; i < v.length; i++) {
          v[i] = source.get("values").get(i).asDouble();
        }
        yield v;
      }
      case "sequence" -> sequence(source);
      default -> throw new IllegalArgumentException(source.toString());
    };
  }

  /** {@code shift + scale * u} with {@code u = (offset + i step) mod 1}, squared, levelled. */
  private static double[] sequence(JsonNode s) {
    int n = s.get("n").asInt();
    double step = s.get("step").asDouble();
    double offset = s.get("offset").asDouble();
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      double u = (offset + (double) i * step) % 1.0;
      if (s.get("power").asInt() == 2) {
        u = u * u;
      }
      if (s.get("levels").asInt() > 0) {
        u = Math.floor(u * s.get("levels").asInt());
      }
      v[i] = s.get("shift").asDouble() + s.get("scale").asDouble() * u;
    }
    return v;
  }

  static CategoryCounts categories(JsonNode source) {
    TreeMap<String, Long> counts = new TreeMap<>();
    if (source.get("type").asText().equals("counts")) {
      source
          .get("counts")
          .fields()
          .forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
    } else {
      for (String v : select(source)) {
        counts.merge(v, 1L, Long::sum);
      }
    }
    return new CategoryCounts(counts);
  }

  /** The split of a CSV column: rows passing the filter, the first {@code head} of them. */
  static List<String> select(JsonNode side) {
    List<String[]> rows = csv(side.get("file").asText());
    String[] header = rows.get(0);
    int column = indexOf(header, side.get("column").asText());
    JsonNode filter = side.get("filter");
    int filterColumn = filter == null ? -1 : indexOf(header, filter.get("column").asText());
    int head = side.has("head") ? side.get("head").asInt() : Integer.MAX_VALUE;
    List<String> out = new ArrayList<>();
    for (String[] row : rows.subList(1, rows.size())) {
      if (out.size() >= head) {
        break;
      }
      if (filter != null && !passes(filter, row[filterColumn])) {
        continue;
      }
      out.add(row[column]);
    }
    return out;
  }

  private static boolean passes(JsonNode filter, String value) {
    if (filter.has("equals") && !value.equals(filter.get("equals").asText())) {
      return false;
    }
    if (filter.has("range")) {
      double x = Double.parseDouble(value);
      JsonNode lo = filter.get("range").get(0);
      JsonNode hi = filter.get("range").get(1);
      return (lo.isNull() || x >= lo.asDouble()) && (hi.isNull() || x < hi.asDouble());
    }
    return true;
  }

  private static int indexOf(String[] header, String name) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + name);
  }

  static synchronized List<String[]> csv(String file) {
    return CSV_ROWS.computeIfAbsent(
        file,
        f -> {
          String dir = System.getProperty("vigil.shared.data");
          if (dir == null || !Files.isDirectory(Path.of(dir))) {
            throw new IllegalStateException(
                "system property vigil.shared.data must name the shared data directory, got "
                    + dir);
          }
          try {
            String text = Files.readString(Path.of(dir, f));
            List<String[]> rows = new ArrayList<>();
            for (String line : text.split("\r\n")) {
              if (!line.isEmpty()) {
                rows.add(line.split(",", -1));
              }
            }
            return rows;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
