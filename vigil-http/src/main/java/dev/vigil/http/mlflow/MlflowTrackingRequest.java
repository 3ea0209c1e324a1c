package dev.vigil.http.mlflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of one MLflow tracking request, read as MLflow's server reads them: from the query
 * string of a GET, from the JSON body of a POST (an empty body being no fields). Numbers are
 * accepted as JSON numbers or as strings (protobuf's JSON writes 64-bit integers as strings). A
 * missing required field or a value of the wrong kind is refused as INVALID_PARAMETER_VALUE.
 */
final class MlflowTrackingRequest {

  private final Context ctx;
  private final JsonNode body;

  private MlflowTrackingRequest(Context ctx, JsonNode body) {
    this.ctx = ctx;
    this.body = body;
  }

  static MlflowTrackingRequest of(Context ctx, ObjectMapper json) {
    if (ctx.method() == HandlerType.GET) {
      return new MlflowTrackingRequest(ctx, null);
    }
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length == 0) {
      return new MlflowTrackingRequest(ctx, json.createObjectNode());
    }
    try {
      JsonNode root = json.readTree(bytes);
      if (root == null || !root.isObject()) {
        throw invalid("the body must be a JSON object");
      }
      return new MlflowTrackingRequest(ctx, root);
    } catch (JsonProcessingException e) {
      throw invalid("the body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Optional<String> text(String field) {
    if (body == null) {
      return Optional.ofNullable(ctx.queryParam(field));
    }
    JsonNode node = body.path(field);
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isValueNode() || node.isBinary()) {
      throw invalid("'" + field + "' must be a string");
    }
    return Optional.of(node.asText());
  }

  String required(String field) {
    return text(field)
        .filter(v -> !v.isEmpty())
        .orElseThrow(() -> invalid("Missing value for required parameter '" + field + "'"));
  }

  /** The run id, from {@code run_id} or the older {@code run_uuid} that clients still send. */
  String runId() {
    return text("run_id")
        .filter(v -> !v.isEmpty())
        .or(() -> text("run_uuid").filter(v -> !v.isEmpty()))
        .orElseThrow(() -> invalid("Missing value for required parameter 'run_id'"));
  }

  Optional<Long> whole(String field) {
    return text(field).filter(v -> !v.isEmpty()).map(v -> parseWhole(field, v));
  }

  Optional<Double> number(String field) {
    return text(field).map(v -> parseNumber(field, v));
  }

  int maxResults(int fallback) {
    return whole("max_results")
        .map(v -> (int) Math.max(Math.min(v, Integer.MAX_VALUE), 0))
        .orElse(fallback);
  }

  /** A repeated string field: a JSON array, or the query parameter given several times. */
  List<String> texts(String field) {
    if (body == null) {
      return ctx.queryParams(field);
    }
    List<String> values = new ArrayList<>();
    array(field).forEach(v -> values.add(v.asText()));
    return values;
  }

  /** A repeated object field of the body (metrics, params, tags); empty when absent. */
  List<JsonNode> array(String field) {
    JsonNode node = body == null ? MissingNode.getInstance() : body.path(field);
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw invalid("'" + field + "' must be an array");
    }
    List<JsonNode> items = new ArrayList<>();
    node.forEach(items::add);
    return items;
  }

  /** The {@code [{"key", "value"}]} list of a field as a map; a repeated key is refused. */
  Map<String, String> keyValues(String field) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (JsonNode item : array(field)) {
      String key = item.path("key").asText("");
      if (pairs.put(key, item.path("value").asText("")) != null) {
        throw invalid("'" + field + "' has the key '" + key + "' more than once");
      }
    }
    return pairs;
  }

  static long parseWhole(String field, String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw invalid("'" + field + "' must be a whole number, was '" + value + "'");
    }
  }

  static double parseNumber(String field, String value) {
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw invalid("'" + field + "' must be a number, was '" + value + "'");
    }
  }

  static MlflowException invalid(String message) {
    return new MlflowException(MlflowErrorCode.INVALID_PARAMETER_VALUE, message);
  }
}
