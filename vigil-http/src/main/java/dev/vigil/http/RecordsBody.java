package dev.vigil.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the records of an ingestion request: {@code {"records": [...]}} with {@code Content-Type:
 * application/json}, or one JSON object a line with {@code application/x-ndjson} (blank lines
 * skipped, not counted). Either way record {@code i} (0-based) is named {@code records[i]} in
 * errors. Refuses more than {@code maxRecords} records with a 413 naming {@code records}, and an
 * empty request with a 400.
 */
final class RecordsBody {

  private static final Set<String> NDJSON = Set.of("application/x-ndjson", "application/ndjson");
  private static final Set<String> FIELDS = Set.of("records");

  private final ObjectMapper json;
  private final JsonBody body;
  private final int maxRecords;

  RecordsBody(ObjectMapper json, JsonBody body, int maxRecords) {
    this.json = json;
    this.body = body;
    this.maxRecords = maxRecords;
  }

  List<JsonNode> read(Context ctx) {
    List<JsonNode> records =
        isNdjson(ctx.header("Content-Type")) ? ndjson(body.readBounded(ctx)) : jsonRecords(ctx);
    if (records.isEmpty()) {
      throw ApiException.badRequest("records", "the request holds no record");
    }
    return records;
  }

  private List<JsonNode> jsonRecords(Context ctx) {
    List<JsonNode> records =
        new JsonFields(body.readObject(ctx), "").onlyKnown(FIELDS).array("records");
    checkCount(records.size());
    return records;
  }

  private List<JsonNode> ndjson(byte[] bytes) {
    List<JsonNode> records = new ArrayList<>();
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n");
    for (int line = 0; line < lines.length; line++) {
      if (lines[line].isBlank()) {
        continue;
      }
      checkCount(records.size() + 1);
      records.add(parseLine(lines[line], line + 1, records.size()));
    }
    return records;
  }

  private JsonNode parseLine(String text, int lineNumber, int index) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest(
          "records[" + index + "]",
          "line " + lineNumber + " is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void checkCount(int count) {
    if (count > maxRecords) {
      throw new ApiException(
          413, "records", "more than " + maxRecords + " records in one request; split the batch");
    }
  }

  private static boolean isNdjson(String contentType) {
    return contentType != null
        && NDJSON.contains(contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
  }
}
