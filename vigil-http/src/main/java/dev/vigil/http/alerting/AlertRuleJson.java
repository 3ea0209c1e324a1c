package dev.vigil.http.alerting;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.core.alert.AlertRule;
import dev.vigil.core.alert.AlertRules;
import dev.vigil.core.alert.Comparison;
import dev.vigil.core.alert.Severity;
import dev.vigil.core.alert.Signal;
import dev.vigil.core.detector.LiveDetectors;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An alert rule written as JSON (or YAML read into the same tree), as the HTTP API and the config
 * file's {@code alert_rules} block both spell it: {@code name}, {@code signal: {kind, argument}},
 * {@code comparison}, {@code threshold}, {@code for}, {@code severity}, {@code labels}, {@code
 * renotify_interval}. Every refusal is an {@link IllegalArgumentException} whose message starts
 * with the field as written there ({@code signal.kind: required}, {@code renotify_interval: ...}),
 * the domain's own checks included; callers add where the rule came from.
 */
public final class AlertRuleJson {

  private static final Set<String> SIGNAL_FIELDS = Set.of("kind", "argument");

  private AlertRuleJson() {}

  /** The rule with this id of this model that the node describes. */
  public static AlertRule read(JsonNode node, String id, String model) {
    try {
      return new AlertRule(
          id,
          model,
          text(node, "name"),
          signal(node),
          Comparison.fromId(text(node, "comparison")),
          number(node, "threshold"),
          DurationText.parse("for", durationText(node, "for")),
          Severity.fromId(text(node, "severity")),
          labels(node),
          node.hasNonNull("renotify_interval")
              ? DurationText.parse("renotify_interval", durationText(node, "renotify_interval"))
              : AlertRules.DEFAULT_RENOTIFY);
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      // The domain names the re-notify interval in Java's spelling.
      throw message.startsWith("renotifyInterval:")
          ? new IllegalArgumentException(
              "renotify_interval" + message.substring("renotifyInterval".length()), e)
          : e;
    }
  }

  /** Refuses a key of {@code node} outside {@code known}, naming it after {@code prefix}. */
  public static void onlyKnown(JsonNode node, Set<String> known, String prefix) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new IllegalArgumentException(
            prefix + name + ": unknown key; known: " + known.stream().sorted().toList());
      }
    }
  }

  /** A required text field. */
  public static String text(JsonNode node, String field) {
    return text(node, field, field);
  }

  private static String text(JsonNode node, String field, String path) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      throw new IllegalArgumentException(path + ": required");
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(path + ": must be text");
    }
    return value.textValue();
  }

  private static Signal signal(JsonNode entry) {
    JsonNode node = entry.path("signal");
    if (!node.isObject()) {
      throw new IllegalArgumentException("signal: required, an object {kind, argument}");
    }
    onlyKnown(node, SIGNAL_FIELDS, "signal.");
    JsonNode argument = node.path("argument");
    if (!argument.isMissingNode() && !argument.isNull() && !argument.isValueNode()) {
      throw new IllegalArgumentException("signal.argument: must be a single value");
    }
    Optional<String> value =
        argument.isMissingNode() || argument.isNull()
            ? Optional.empty()
            : Optional.of(argument.asText());
    Signal signal = Signal.of(text(node, "kind", "signal.kind"), value);
    if (signal instanceof Signal.StreamingDrift d && !LiveDetectors.isStream(d.detector())) {
      throw new IllegalArgumentException(
          "signal.argument: streaming_drift reads a live stream: score, error or feature:NAME"
              + " (a feature the config's detectors block chooses), was '"
              + d.detector()
              + "'");
    }
    return signal;
  }

  private static Map<String, String> labels(JsonNode entry) {
    Map<String, String> labels = new LinkedHashMap<>();
    JsonNode node = entry.path("labels");
    if (node.isMissingNode() || node.isNull()) {
      return labels;
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("labels: must be an object of label names to values");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> label = it.next();
      if (!label.getValue().isValueNode() || label.getValue().isNull()) {
        throw new IllegalArgumentException(
            "labels: the value of '" + label.getKey() + "' must be a single value");
      }
      labels.put(label.getKey(), label.getValue().asText());
    }
    return labels;
  }

  /** A duration is text ({@code 30m}); a bare {@code 0} may come as a number (YAML reads it so). */
  private static String durationText(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isIntegralNumber() && value.asLong() == 0) {
      return "0";
    }
    return text(node, field);
  }

  private static double number(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      throw new IllegalArgumentException(field + ": required");
    }
    if (!value.isNumber()) {
      throw new IllegalArgumentException(field + ": must be a number");
    }
    return value.doubleValue();
  }
}
