package dev.vigil.app.alerting;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.app.serve.YamlSettings;
import dev.vigil.core.alert.AlertRule;
import dev.vigil.core.alert.AlertRules;
import dev.vigil.core.alert.Comparison;
import dev.vigil.core.alert.Severity;
import dev.vigil.core.alert.Signal;
import dev.vigil.http.alerting.DurationText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code alert_rules} block of a YAML config file: a list of rules in the shape the HTTP
 * API takes, each also naming its {@code model}:
 *
 * <pre>
 * alert_rules:
 *   - id: auc-low
 *     model: churn
 *     name: AUC below 0.7
 *     signal: {kind: performance, argument: roc_auc}
 *     comparison: below
 *     threshold: 0.7
 *     for: 1h
 *     severity: critical
 *     labels: {team: churn}        # optional, default {}
 *     renotify_interval: 4h        # optional, default 4h
 * </pre>
 *
 * Every refusal names the rule's index and field ({@code alert_rules[2].threshold: ...}), unknown
 * keys included; two rules of the same model and id are refused.
 */
public final class YamlAlertRules {

  private static final Set<String> FIELDS =
      Set.of(
          "id",
          "model",
          "name",
          "signal",
          "comparison",
          "threshold",
          "for",
          "severity",
          "labels",
          "renotify_interval");
  private static final Set<String> SIGNAL_FIELDS = Set.of("kind", "argument");

  private YamlAlertRules() {}

  /** The rules of the file's {@code alert_rules} block, in file order; none without the block. */
  public static List<AlertRule> read(Path file) {
    JsonNode block = YamlSettings.root(file).path(YamlSettings.ALERT_RULES_KEY);
    try {
      return parse(block);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("config file " + file + ": " + e.getMessage(), e);
    }
  }

  static List<AlertRule> parse(JsonNode block) {
    if (block.isMissingNode() || block.isNull()) {
      return List.of();
    }
    if (!block.isArray()) {
      throw new IllegalArgumentException("alert_rules must be a list of rules");
    }
    List<AlertRule> rules = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < block.size(); i++) {
      String path = "alert_rules[" + i + "]";
      AlertRule rule = rule(block.get(i), path);
      Integer first = seen.putIfAbsent(rule.model() + "/" + rule.id(), i);
      if (first != null) {
        throw new IllegalArgumentException(
            path
                + ".id: '"
                + rule.id()
                + "' of model '"
                + rule.model()
                + "' is also rule "
                + first);
      }
      rules.add(rule);
    }
    return List.copyOf(rules);
  }

  private static AlertRule rule(JsonNode entry, String path) {
    if (!entry.isObject()) {
      throw new IllegalArgumentException(path + " must be a mapping of " + sorted(FIELDS));
    }
    try {
      onlyKnown(entry, FIELDS);
      return new AlertRule(
          text(entry, "id"),
          text(entry, "model"),
          text(entry, "name"),
          signal(entry),
          Comparison.fromId(text(entry, "comparison")),
          number(entry, "threshold"),
          DurationText.parse("for", durationText(entry, "for")),
          Severity.fromId(text(entry, "severity")),
          labels(entry),
          entry.hasNonNull("renotify_interval")
              ? DurationText.parse("renotify_interval", durationText(entry, "renotify_interval"))
              : AlertRules.DEFAULT_RENOTIFY);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + "." + inConfigSpelling(e.getMessage()), e);
    }
  }

  private static Signal signal(JsonNode entry) {
    JsonNode node = entry.path("signal");
    if (!node.isObject()) {
      throw new IllegalArgumentException("signal: required, a mapping {kind, argument}");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!SIGNAL_FIELDS.contains(name)) {
        throw new IllegalArgumentException(
            "signal." + name + ": unknown key; known: [argument, kind]");
      }
    }
    JsonNode argument = node.path("argument");
    if (!argument.isMissingNode() && !argument.isNull() && !argument.isValueNode()) {
      throw new IllegalArgumentException("signal.argument: must be a single value");
    }
    Optional<String> value =
        argument.isMissingNode() || argument.isNull()
            ? Optional.empty()
            : Optional.of(argument.asText());
    return Signal.of(text(node, "kind", "signal.kind"), value);
  }

  private static Map<String, String> labels(JsonNode entry) {
    Map<String, String> labels = new LinkedHashMap<>();
    JsonNode node = entry.path("labels");
    if (node.isMissingNode() || node.isNull()) {
      return labels;
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("labels: must be a mapping of label names to values");
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

  private static void onlyKnown(JsonNode entry, Set<String> known) {
    for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new IllegalArgumentException(name + ": unknown key; known: " + sorted(known));
      }
    }
  }

  private static String text(JsonNode node, String field) {
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

  /** A duration is text ({@code 30m}); YAML reads a bare {@code 0} as a number, also accepted. */
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

  /** The domain names the re-notify interval in Java's spelling; the config file in its own. */
  private static String inConfigSpelling(String message) {
    return message.startsWith("renotifyInterval:")
        ? "renotify_interval" + message.substring("renotifyInterval".length())
        : message;
  }

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }
}
