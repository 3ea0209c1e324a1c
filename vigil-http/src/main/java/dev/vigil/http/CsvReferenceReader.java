package dev.vigil.http;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.vigil.core.schema.CellClass;
import dev.vigil.core.schema.CellSyntax;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a reference upload in CSV (comma-separated, header line first, RFC 4180 quoting): a cell of
 * a numeric schema column (or of the score column) that is a decimal number becomes a Double, a
 * {@code true}/{@code false} cell (any case) of a boolean column a Boolean, so both compare with
 * ingested JSON values; any other non-blank cell stays text (in a numeric column it is then a type
 * error); a blank cell is missing. Every schema column must be in the header; other columns are
 * passed on and ignored.
 */
final class CsvReferenceReader {

  private CsvReferenceReader() {}

  static void read(String text, ReferenceUpload upload) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .allowExtraFields(true)
            .allowMissingFields(true)
            .skipEmptyLines(true)
            .ofCsvRecord(body);
    try {
      Iterator<CsvRecord> records = reader.iterator();
      if (!records.hasNext()) {
        throw ApiException.badRequest("body", "the body is empty; a CSV header line is expected");
      }
      List<String> header = header(records.next(), upload);
      Map<String, ColumnKind> kinds = kinds(upload, header);
      long index = 0;
      while (records.hasNext()) {
        upload.add(row(records.next(), header, kinds, index), index);
        index++;
      }
    } catch (CsvParseException e) {
      throw ApiException.badRequest("body", "the body is not valid CSV: " + e.getMessage());
    }
  }

  private static List<String> header(CsvRecord record, ReferenceUpload upload) {
    List<String> header = record.getFields().stream().map(String::strip).toList();
    Set<String> seen = new HashSet<>();
    for (String name : header) {
      if (!name.isEmpty() && !seen.add(name)) {
        throw ApiException.badRequest("body", "the CSV header repeats the column '" + name + "'");
      }
    }
    List<String> lacking = new ArrayList<>();
    for (String column : upload.model().schema().names()) {
      if (!seen.contains(column)) {
        lacking.add(column);
      }
    }
    if (!lacking.isEmpty()) {
      throw ApiException.badRequest(
          "body", "the CSV header lacks the schema column(s) " + String.join(", ", lacking));
    }
    requireInHeader("score_column", upload.scoreColumn().orElse(null), seen);
    requireInHeader("target_column", upload.targetColumn().orElse(null), seen);
    return header;
  }

  private static void requireInHeader(String parameter, String column, Set<String> header) {
    if (column != null && !header.contains(column)) {
      throw ApiException.badRequest(parameter, "the CSV header has no column '" + column + "'");
    }
  }

  /** The kind each header column's cells are read as: the schema's, numeric for the score. */
  private static Map<String, ColumnKind> kinds(ReferenceUpload upload, List<String> header) {
    DatasetSchema schema = upload.model().schema();
    Map<String, ColumnKind> kinds = new HashMap<>();
    for (String name : header) {
      schema.column(name).ifPresent(c -> kinds.put(name, c.kind()));
    }
    upload.scoreColumn().ifPresent(score -> kinds.put(score, ColumnKind.NUMERIC));
    return kinds;
  }

  private static Map<String, Object> row(
      CsvRecord record, List<String> header, Map<String, ColumnKind> kinds, long index) {
    if (record.getFieldCount() != header.size()) {
      throw ApiException.badRequest(
          "rows[" + index + "]",
          "line "
              + record.getStartingLineNumber()
              + " has "
              + record.getFieldCount()
              + " fields, the header has "
              + header.size());
    }
    Map<String, Object> row = new HashMap<>(header.size() * 2);
    for (int i = 0; i < header.size(); i++) {
      row.put(header.get(i), cell(record.getField(i), kinds.get(header.get(i))));
    }
    return row;
  }

  /**
   * Null for a blank cell, a Double for a numeric column's decimal cell, a Boolean for a boolean
   * column's true/false cell, else the text ({@code kind} is null outside the schema).
   */
  static Object cell(String text, ColumnKind kind) {
    CellClass syntax = CellSyntax.classify(text);
    if (syntax == CellClass.BLANK) {
      return null;
    }
    if (kind == ColumnKind.NUMERIC && syntax == CellClass.NUMBER) {
      double value = parse(text.strip());
      if (Double.isFinite(value)) {
        return value;
      }
    }
    if (kind == ColumnKind.BOOLEAN && syntax == CellClass.BOOLEAN) {
      return Boolean.parseBoolean(text.strip());
    }
    return text;
  }

  private static double parse(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Double.NaN; // "inf" and "infinity" are numbers to CellSyntax, not to parseDouble
    }
  }
}
