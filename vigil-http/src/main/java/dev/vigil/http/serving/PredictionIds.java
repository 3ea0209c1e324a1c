package dev.vigil.http.serving;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.http.ApiException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The id of each prediction of a request: the ones the client gave (one per row, valid prediction
 * ids, distinct), else a fresh random UUID per row.
 */
final class PredictionIds {

  private PredictionIds() {}

  /** The client's ids at {@code field}, or null when the request has none. */
  static List<String> given(JsonNode ids, int rows, String field) {
    if (ids == null || ids.isNull() || ids.isMissingNode()) {
      return null;
    }
    if (!ids.isArray() || ids.size() != rows) {
      throw ApiException.badRequest(
          field, field + " must be an array of one id per row (" + rows + " rows)");
    }
    List<String> given = new ArrayList<>(rows);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows; i++) {
      String id = ids.get(i).isTextual() ? ids.get(i).textValue() : null;
      String at = field + "[" + i + "]";
      if (id == null) {
        throw ApiException.badRequest(at, at + " must be a string");
      }
      try {
        PredictionRecord.requireValidId(id);
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest(at, at + ": " + e.getMessage());
      }
      if (!seen.add(id)) {
        throw ApiException.badRequest(at, at + ": '" + id + "' is repeated in this request");
      }
      given.add(id);
    }
    return given;
  }

  /** The client's ids when given, else fresh ones. */
  static List<String> orFresh(List<String> given, int rows) {
    if (given != null) {
      return given;
    }
    List<String> fresh = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      fresh.add(UUID.randomUUID().toString());
    }
    return fresh;
  }
}
