package dev.vigil.http.alerting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.core.alert.AlertRule;
import dev.vigil.http.ApiException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an alert rule from a request body: {@code {"id", "name", "signal": {"kind", "argument"},
 * "comparison", "threshold", "for", "severity", "labels", "renotify_interval"}}. Every refusal is
 * an {@link ApiException} (400) naming the field as the body spells it, the domain's own checks
 * included ({@code renotifyInterval: ...} becomes field {@code renotify_interval}).
 */
final class RuleRequest {

  private static final Set<String> FIELDS =
      Set.of(
          "id",
          "name",
          "signal",
          "comparison",
          "threshold",
          "for",
          "severity",
          "labels",
          "renotify_interval");
  private static final Pattern LEADING_FIELD = Pattern.compile("^([A-Za-z_.]+):");

  private RuleRequest() {}

  /** The body of a request as a JSON object. */
  static JsonNode body(Context ctx, ObjectMapper json) {
    String type = Optional.ofNullable(ctx.header("Content-Type")).orElse("");
    if (!type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals("application/json")) {
      throw new ApiException(415, "Content-Type", "Content-Type must be application/json");
    }
    JsonNode node;
    try {
      node = json.readTree(ctx.body());
    } catch (IOException e) {
      throw ApiException.badRequest("body", "the body is not valid JSON");
    }
    if (node == null || !node.isObject()) {
      throw ApiException.badRequest("body", "the body must be a JSON object");
    }
    return node;
  }

  /**
   * The rule of {@code model} the body describes. {@code pathId}, when present, is the id the URL
   * names: the body may omit its id, or must repeat it.
   */
  static AlertRule read(JsonNode body, String model, Optional<String> pathId) {
    try {
      AlertRuleJson.onlyKnown(body, FIELDS, "");
      String id =
          pathId.isPresent() && !body.hasNonNull("id")
              ? pathId.get()
              : AlertRuleJson.text(body, "id");
      if (pathId.isPresent() && !pathId.get().equals(id)) {
        throw ApiException.badRequest("id", "the body's id '" + id + "' is not the URL's");
      }
      return AlertRuleJson.read(body, id, model);
    } catch (IllegalArgumentException e) {
      throw named(e);
    }
  }

  /** The domain's refusal as a 400 naming the field in the API's spelling. */
  static ApiException named(IllegalArgumentException e) {
    String message = Optional.ofNullable(e.getMessage()).orElse("invalid request");
    Matcher leading = LEADING_FIELD.matcher(message);
    if (!leading.find()) {
      return ApiException.badRequest("body", message);
    }
    String field =
        leading.group(1).equals("renotifyInterval") ? "renotify_interval" : leading.group(1);
    return ApiException.badRequest(field, field + message.substring(leading.end(1)));
  }
}
