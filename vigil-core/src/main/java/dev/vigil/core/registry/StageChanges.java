package dev.vigil.core.registry;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The audited changes of the registry, applied through one transaction's writer: stage transitions,
 * alias moves, deletions and promotions, each appending its audit entries.
 */
final class StageChanges {

  private final RegistryWriter w;
  private final AuditEvents events;
  private final Clock clock;

  StageChanges(RegistryWriter writer, AuditEvents events, Clock clock) {
    this.w = writer;
    this.events = events;
    this.clock = clock;
  }

  ModelVersion transition(
      String name, int number, ModelStage stage, boolean archiveExisting, String reason) {
    ModelVersion version = requireVersion(w, name, number);
    if (archiveExisting && (stage == ModelStage.PRODUCTION || stage == ModelStage.STAGING)) {
      for (ModelVersion other : w.versions(name)) {
        if (other.version() != number && other.stage() == stage) {
          move(
              other,
              ModelStage.ARCHIVED,
              "archived: version " + number + " moved to " + stage.label());
        }
      }
    }
    return move(version, stage, reason);
  }

  RegisteredModel setAlias(String name, String alias, int number, String reason, String evidence) {
    RegisteredModel model = Registry.requireModel(w, name);
    requireVersion(w, name, number);
    Integer before = model.aliases().get(alias);
    Map<String, Integer> aliases = new HashMap<>(model.aliases());
    aliases.put(alias, number);
    RegisteredModel changed = model.withAliases(aliases, clock.instant());
    w.updateModel(changed);
    w.append(
        events.of(
            name,
            number,
            AuditAction.SET_ALIAS,
            before == null ? "" : alias + "@" + before,
            alias + "@" + number,
            reason,
            evidence));
    return changed;
  }

  RegisteredModel deleteAlias(String name, String alias, String reason) {
    RegisteredModel model = Registry.requireModel(w, name);
    Integer before = model.aliases().get(alias);
    if (before == null) {
      throw new RegistryNotFoundException(
          "alias", "model '" + name + "' has no alias '" + alias + "'");
    }
    Map<String, Integer> aliases = new HashMap<>(model.aliases());
    aliases.remove(alias);
    RegisteredModel changed = model.withAliases(aliases, clock.instant());
    w.updateModel(changed);
    w.append(
        events.of(name, before, AuditAction.DELETE_ALIAS, alias + "@" + before, "", reason, null));
    return changed;
  }

  Void deleteVersion(String name, int number, String reason) {
    ModelVersion version = requireVersion(w, name, number);
    RegisteredModel model = Registry.requireModel(w, name);
    model
        .sortedAliases()
        .forEach(
            (alias, target) -> {
              if (target == number) {
                deleteAlias(name, alias, "version " + number + " deleted");
              }
            });
    w.deleteVersion(name, number);
    w.append(
        events.of(
            name, number, AuditAction.DELETE_VERSION, version.stage().label(), "", reason, null));
    return null;
  }

  Void deleteModel(String name, String reason) {
    RegisteredModel model = Registry.requireModel(w, name);
    int versions = w.versions(name).size();
    w.deleteModel(name);
    String evidence = "{\"versions\":" + versions + ",\"aliases\":" + model.aliases().size() + "}";
    w.append(events.of(name, null, AuditAction.DELETE_MODEL, "", "", reason, evidence));
    return null;
  }

  PromotionOutcome promote(String name, int number, GateDecision decision, String reason) {
    RegisteredModel model = Registry.requireModel(w, name);
    ModelVersion version = requireVersion(w, name, number);
    Optional<Integer> previous = Optional.ofNullable(model.aliases().get(Registry.CHAMPION));
    String from = previous.map(v -> Registry.CHAMPION + "@" + v).orElse("");
    String to = Registry.CHAMPION + "@" + number;
    if (!decision.passed()) {
      AuditEntry refused =
          w.append(
              events.of(
                  name,
                  number,
                  AuditAction.PROMOTE_REFUSED,
                  from,
                  from,
                  reason,
                  decision.evidenceJson()));
      return new PromotionOutcome(false, decision, previous, refused);
    }
    if (version.stage() != ModelStage.PRODUCTION || hasOtherProduction(name, number)) {
      transition(name, number, ModelStage.PRODUCTION, true, "promoted to champion");
    }
    model = Registry.requireModel(w, name);
    Map<String, Integer> aliases = new HashMap<>(model.aliases());
    aliases.put(Registry.CHAMPION, number);
    w.updateModel(model.withAliases(aliases, clock.instant()));
    AuditEntry entry =
        w.append(
            events.of(
                name, number, AuditAction.PROMOTE, from, to, reason, decision.evidenceJson()));
    return new PromotionOutcome(true, decision, previous, entry);
  }

  private boolean hasOtherProduction(String name, int number) {
    return w.versions(name).stream()
        .anyMatch(v -> v.version() != number && v.stage() == ModelStage.PRODUCTION);
  }

  private ModelVersion move(ModelVersion version, ModelStage stage, String reason) {
    ModelVersion moved = version.withStage(stage, clock.instant());
    w.updateVersion(moved);
    w.append(
        events.of(
            version.modelName(),
            version.version(),
            AuditAction.TRANSITION,
            version.stage().label(),
            stage.label(),
            reason,
            null));
    return moved;
  }

  static ModelVersion requireVersion(RegistryWriter w, String name, int number) {
    Registry.requireModel(w, name);
    return w.versions(name).stream()
        .filter(v -> v.version() == number)
        .findFirst()
        .orElseThrow(() -> Registry.noVersion(name, number));
  }
}
