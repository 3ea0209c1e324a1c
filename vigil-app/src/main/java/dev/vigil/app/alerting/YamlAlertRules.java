package dev.vigil.app.alerting;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.app.serve.YamlSettings;
import dev.vigil.core.alert.AlertRule;
import dev.vigil.http.alerting.AlertRuleJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
      throw new IllegalArgumentException(
          path + " must be a mapping of " + FIELDS.stream().sorted().toList());
    }
    try {
      AlertRuleJson.onlyKnown(entry, FIELDS, "");
      return AlertRuleJson.read(
          entry, AlertRuleJson.text(entry, "id"), AlertRuleJson.text(entry, "model"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + "." + e.getMessage(), e);
    }
  }
}
