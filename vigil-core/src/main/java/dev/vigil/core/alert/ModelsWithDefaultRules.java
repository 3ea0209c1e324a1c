package dev.vigil.core.alert;

import dev.vigil.core.model.ModelStore;
import dev.vigil.core.model.MonitoredModel;
import java.util.List;
import java.util.Optional;

/**
 * A model store that gives every model it creates the default alert rules ({@link
 * AlertRules#defaultsFor}), so a new model is watched from its first prediction. The rules are
 * created right after the model, not in its transaction: should that fail, the model exists without
 * rules and {@code POST .../alert-rules/defaults} adds them.
 */
public final class ModelsWithDefaultRules implements ModelStore {

  private final ModelStore models;
  private final AlertStore alerts;

  public ModelsWithDefaultRules(ModelStore models, AlertStore alerts) {
    this.models = models;
    this.alerts = alerts;
  }

  @Override
  public void create(MonitoredModel model) {
    models.create(model);
    for (AlertRule rule : AlertRules.defaultsFor(model)) {
      alerts.createRule(rule);
    }
  }

  @Override
  public Optional<MonitoredModel> find(String name) {
    return models.find(name);
  }

  @Override
  public List<MonitoredModel> list() {
    return models.list();
  }
}
