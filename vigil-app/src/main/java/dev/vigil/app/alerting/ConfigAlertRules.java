package dev.vigil.app.alerting;

import dev.vigil.core.alert.AlertRule;
import dev.vigil.core.alert.AlertStore;
import dev.vigil.core.model.ModelStore;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the config file's alert rules at start-up: each rule of a registered model is created, or
 * replaces the rule of the same model and id (so the config wins over an API edit of that id; the
 * alert's state is kept). A rule of a model that is not registered is skipped with a warning and
 * applied at the next start. Rules the config does not name are left alone.
 */
public final class ConfigAlertRules {

  private static final Logger LOG = LoggerFactory.getLogger(ConfigAlertRules.class);

  private ConfigAlertRules() {}

  /** What {@link #apply} did, rule by rule. */
  public record Applied(List<AlertRule> created, List<AlertRule> updated, List<AlertRule> skipped) {
    public Applied {
      created = List.copyOf(created);
      updated = List.copyOf(updated);
      skipped = List.copyOf(skipped);
    }
  }

  /** Creates or replaces each rule of a registered model; skips (and logs) the others. */
  public static Applied apply(List<AlertRule> rules, ModelStore models, AlertStore alerts) {
    List<AlertRule> created = new ArrayList<>();
    List<AlertRule> updated = new ArrayList<>();
    List<AlertRule> skipped = new ArrayList<>();
    for (AlertRule rule : rules) {
      if (models.find(rule.model()).isEmpty()) {
        LOG.warn(
            "alert_rules: rule '{}' names model '{}', which is not registered; skipped until the"
                + " next start",
            rule.id(),
            rule.model());
        skipped.add(rule);
      } else if (alerts.updateRule(rule)) {
        updated.add(rule);
      } else {
        alerts.createRule(rule);
        created.add(rule);
      }
    }
    if (!rules.isEmpty()) {
      LOG.info(
          "alert_rules: {} created, {} updated, {} skipped",
          created.size(),
          updated.size(),
          skipped.size());
    }
    return new Applied(created, updated, skipped);
  }
}
