package dev.vigil.app.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.vigil.app.csv.CsvInputException;
import dev.vigil.app.csv.CsvLayout;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A prediction log read as text, from CSV (delimiter detected) or NDJSON ({@code .ndjson} or {@code
 * .jsonl}: one JSON object per line). Invariants: every row has one cell per header name (missing
 * cells are empty strings) and {@code lines[i]} is the file line row {@code i} starts on.
 *
 * @param source the file as the user named it, for messages
 */
public record LogFile(String source, List<String> header, List<String[]> rows, long[] lines) {

  public LogFile {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
    if (lines.length != rows.size()) {
      throw new IllegalArgumentException("lines: one per row");
    }
  }

  /** Reads the file; errors name it and, where it applies, the line. */
  public static LogFile read(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    LogFile file = lower.endsWith(".ndjson") || lower.endsWith(".jsonl") ? ndjson(path) : csv(path);
    if (file.rows.isEmpty()) {
      throw new CsvInputException(path + ": no data rows");
    }
    return file;
  }

  /** The index of a header name, or -1. */
  public int column(String name) {
    return header.indexOf(name);
  }

  public int size() {
    return rows.size();
  }

  private static LogFile csv(Path path) {
    CsvLayout layout = CsvLayout.probe(path);
    int width = layout.header().size();
    List<String[]> rows = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .fieldSeparator(layout.delimiter())
            .detectBomHeader(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(path)) {
      boolean first = true;
      for (CsvRecord record : reader) {
        if (first) {
          first = false;
          continue;
        }
        String[] cells = new String[width];
        for (int i = 0; i < width; i++) {
          cells[i] = i < record.getFieldCount() ? record.getField(i) : "";
        }
        rows.add(cells);
        lines.add(record.getStartingLineNumber());
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof CsvInputException input) {
        throw input;
      }
      throw new CsvInputException(path + ": cannot be read (" + e.getMessage() + ")", e);
    }
    return new LogFile(
        path.toString(),
        layout.header(),
        rows,
        lines.stream().mapToLong(Long::longValue).toArray());
  }

  private static LogFile ndjson(Path path) {
    ObjectMapper json = new ObjectMapper();
    List<Map<String, String>> objects = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    Map<String, Boolean> names = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      long number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        objects.add(cells(path, number, json, line));
        objects.get(objects.size() - 1).keySet().forEach(k -> names.putIfAbsent(k, true));
        lines.add(number);
      }
    } catch (NoSuchFileException e) {
      throw new CsvInputException(path + ": no such file");
    } catch (IOException e) {
      throw new CsvInputException(path + ": cannot be read (" + e.getMessage() + ")", e);
    }
    List<String> header = List.copyOf(names.keySet());
    List<String[]> rows = new ArrayList<>();
    for (Map<String, String> object : objects) {
      rows.add(header.stream().map(h -> object.getOrDefault(h, "")).toArray(String[]::new));
    }
    return new LogFile(
        path.toString(), header, rows, lines.stream().mapToLong(Long::longValue).toArray());
  }

  private static Map<String, String> cells(Path path, long line, ObjectMapper json, String text) {
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (IOException e) {
      throw new CsvInputException(path + " line " + line + ": not JSON (" + e.getMessage() + ")");
    }
    if (node == null || !node.isObject()) {
      throw new CsvInputException(path + " line " + line + ": not a JSON object");
    }
    Map<String, String> cells = new LinkedHashMap<>();
    node.fields()
        .forEachRemaining(
            f -> {
              JsonNode v = f.getValue();
              cells.put(f.getKey(), v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString());
            });
    return cells;
  }
}
