package dev.vigil.http.alerting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.core.alert.AlertRule;
import dev.vigil.core.alert.AlertRules;
import dev.vigil.core.alert.Comparison;
import dev.vigil.core.alert.Severity;
import dev.vigil.core.alert.Signal;
import dev.vigil.http.ApiException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
  private static final Set<String> SIGNAL_FIELDS = Set.of("kind", "argument");
  private static final Pattern LEADING_FIELD = Pattern.compile("^([A-Za-z_]+):");

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
    onlyKnown(body, FIELDS, "");
    String id = pathId.isPresent() && !body.hasNonNull("id") ? pathId.get() : text(body, "id");
    if (pathId.isPresent() && !pathId.get().equals(id)) {
      throw ApiException.badRequest("id", "the body's id '" + id + "' is not the URL's");
    }
    try {
      return new AlertRule(
          id,
          model,
          text(body, "name"),
          signal(body),
          Comparison.fromId(text(body, "comparison")),
          number(body, "threshold"),
          DurationText.parse("for", text(body, "for")),
          Severity.fromId(text(body, "severity")),
          labels(body),
          body.has("renotify_interval")
              ? DurationText.parse("renotify_interval", text(body, "renotify_interval"))
              : AlertRules.DEFAULT_RENOTIFY);
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

  private static Signal signal(JsonNode body) {
    JsonNode node = required(body, "signal");
    if (!node.isObject()) {
      throw ApiException.badRequest("signal", "must be an object {\"kind\", \"argument\"}");
    }
    onlyKnown(node, SIGNAL_FIELDS, "signal.");
    JsonNode argument = node.get("argument");
    if (argument != null
        && !argument.isNull()
        && !argument.isTextual()
        && !argument.isIntegralNumber()) {
      throw ApiException.badRequest("signal.argument", "must be a string or an integer");
    }
    return Signal.of(
        text(node, "kind", "signal.kind"),
        argument == null || argument.isNull() ? Optional.empty() : Optional.of(argument.asText()));
  }

  private static Map<String, String> labels(JsonNode body) {
    Map<String, String> labels = new LinkedHashMap<>();
    JsonNode node = body.get("labels");
    if (node == null || node.isNull()) {
      return labels;
    }
    if (!node.isObject()) {
      throw ApiException.badRequest("labels", "must be an object of label names to strings");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> label = it.next();
      if (!label.getValue().isTextual()) {
        throw ApiException.badRequest(
            "labels", "the value of '" + label.getKey() + "' must be a string");
      }
      labels.put(label.getKey(), label.getValue().textValue());
    }
    return labels;
  }

  private static void onlyKnown(JsonNode node, Set<String> known, String prefix) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw ApiException.badRequest(
            prefix + name, "unknown field; expected one of " + known.stream().sorted().toList());
      }
    }
  }

  private static JsonNode required(JsonNode node, String field) {
    if (!node.hasNonNull(field)) {
      throw ApiException.badRequest(field, "missing required field");
    }
    return node.get(field);
  }

  private static String text(JsonNode node, String field) {
    return text(node, field, field);
  }

  private static String text(JsonNode node, String field, String path) {
    if (!node.hasNonNull(field)) {
      throw ApiException.badRequest(path, "missing required field");
    }
    if (!node.get(field).isTextual()) {
      throw ApiException.badRequest(path, "must be a string");
    }
    return node.get(field).textValue();
  }

  private static double number(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isNumber()) {
      throw ApiException.badRequest(field, "must be a number");
    }
    return value.doubleValue();
  }
}
