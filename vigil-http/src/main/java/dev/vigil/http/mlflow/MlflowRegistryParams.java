package dev.vigil.http.mlflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of an MLflow registry request: the JSON body of POST, PATCH and DELETE (MLflow's
 * clients send DELETE parameters as a body), else the query string. A missing or malformed one is
 * MLflow's INVALID_PARAMETER_VALUE.
 */
final class MlflowRegistryParams {

  private final Context ctx;
  private final JsonNode body;

  private MlflowRegistryParams(Context ctx, JsonNode body) {
    this.ctx = ctx;
    this.body = body;
  }

  static MlflowRegistryParams of(Context ctx, ObjectMapper json) {
    String text = ctx.body();
    if (text.isBlank()) {
      return new MlflowRegistryParams(ctx, json.createObjectNode());
    }
    try {
      JsonNode node = json.readTree(text);
      if (node != null && node.isObject()) {
        return new MlflowRegistryParams(ctx, node);
      }
    } catch (IOException e) {
      // refused below
    }
    throw invalid("the request body must be a JSON object");
  }

  String optional(String name, String otherwise) {
    JsonNode node = body.get(name);
    if (node != null && !node.isNull()) {
      if (node.isContainerNode()) {
        throw invalid("'" + name + "' must be a single value");
      }
      return node.asText();
    }
    String query = ctx.queryParam(name);
    return query == null ? otherwise : query;
  }

  String required(String name) {
    String value = optional(name, null);
    if (value == null || value.isEmpty()) {
      throw invalid("Missing value for required parameter '" + name + "'.");
    }
    return value;
  }

  int version() {
    String text = required("version");
    try {
      int version = Integer.parseInt(text.strip());
      if (version > 0) {
        return version;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw invalid("Parameter 'version' must be a positive integer, was '" + text + "'.");
  }

  boolean flag(String name) {
    return Boolean.parseBoolean(optional(name, "false"));
  }

  /** A repeated parameter: a JSON array in the body, or the query parameter given several times. */
  List<String> list(String name) {
    JsonNode node = body.get(name);
    List<String> values = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(v -> values.add(v.asText()));
      return values;
    }
    return ctx.queryParams(name);
  }

  /** MLflow's tags, {@code [{"key","value"}]}. */
  Map<String, String> tags() {
    Map<String, String> tags = new HashMap<>();
    JsonNode node = body.get("tags");
    if (node != null && node.isArray()) {
      for (JsonNode tag : node) {
        String key = tag.path("key").asText("");
        if (key.isEmpty()) {
          throw invalid("every tag needs a 'key'");
        }
        tags.put(key, tag.path("value").asText(""));
      }
    }
    return tags;
  }

  static MlflowException invalid(String message) {
    return new MlflowException(MlflowErrorCode.INVALID_PARAMETER_VALUE, message);
  }
}
