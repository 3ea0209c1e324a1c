package dev.vigil.core.registry;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The model registry: models, versions, stages, aliases and tags, with every transition, alias
 * change, deletion and promotion appended to the audit trail in the same transaction as the change.
 * Stage, alias and promotion rules live in {@link StageChanges}; see docs/REGISTRY.md.
 */
public final class Registry {

  /** The alias of the version that serves a model by default. */
  public static final String CHAMPION = "champion";

  private final RegistryStore store;
  private final Clock clock;

  public Registry(RegistryStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Registers a new model.
   *
   * @throws RegistryConflictException when the name is taken
   */
  public RegisteredModel createModel(
      String name, String description, Map<String, String> tags, String actor) {
    RegisteredModel model =
        RegisteredModel.create(name, description, clock.instant()).withTags(tags, clock.instant());
    AuditEvent event = events(actor).of(name, null, AuditAction.CREATE_MODEL, "", "", "", null);
    return store.write(
        w -> {
          w.insertModel(model);
          w.append(event);
          return model;
        });
  }

  /** Registers the next version of an existing model. */
  public ModelVersion createVersion(String name, NewVersion content, String actor) {
    return store.write(
        w -> {
          requireModel(w, name);
          int number = w.allocateVersion(name);
          ModelVersion version = ModelVersion.register(name, number, content, clock.instant());
          w.insertVersion(version);
          w.append(
              events(actor).of(name, number, AuditAction.REGISTER_VERSION, "", "None", "", null));
          return version;
        });
  }

  public List<RegisteredModel> models() {
    return store.listModels();
  }

  public RegisteredModel model(String name) {
    return store.findModel(name).orElseThrow(() -> noModel(name));
  }

  public List<ModelVersion> versions(String name) {
    model(name);
    return store.versions(name);
  }

  public List<ModelVersion> allVersions() {
    return store.allVersions();
  }

  public ModelVersion version(String name, int version) {
    return store.findVersion(name, version).orElseThrow(() -> noVersion(name, version));
  }

  /** The version serving the model by default: alias champion, else the newest in Production. */
  public Optional<ModelVersion> champion(String name) {
    RegisteredModel model = model(name);
    Integer aliased = model.aliases().get(CHAMPION);
    if (aliased != null) {
      return store.findVersion(name, aliased);
    }
    return latest(name, ModelStage.PRODUCTION);
  }

  /** The newest version of the model in this stage. */
  public Optional<ModelVersion> latest(String name, ModelStage stage) {
    List<ModelVersion> all = versions(name);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).stage() == stage) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  /** The version an alias points at. */
  public ModelVersion byAlias(String name, String alias) {
    Integer version = model(name).aliases().get(alias);
    if (version == null) {
      throw new RegistryNotFoundException(
          "alias", "model '" + name + "' has no alias '" + alias + "'");
    }
    return version(name, version);
  }

  public RegisteredModel describeModel(String name, String description) {
    return updateModel(name, m -> m.withDescription(description, clock.instant()));
  }

  public RegisteredModel setModelTag(String name, String key, String value) {
    return updateModel(name, m -> m.withTags(with(m.tags(), key, value), clock.instant()));
  }

  public RegisteredModel deleteModelTag(String name, String key) {
    return updateModel(name, m -> m.withTags(without(m.tags(), key), clock.instant()));
  }

  public ModelVersion describeVersion(String name, int version, String description) {
    return updateVersion(name, version, v -> v.withDescription(description, clock.instant()));
  }

  public ModelVersion setVersionTag(String name, int version, String key, String value) {
    return updateVersion(
        name, version, v -> v.withTags(with(v.tags(), key, value), clock.instant()));
  }

  public ModelVersion deleteVersionTag(String name, int version, String key) {
    return updateVersion(name, version, v -> v.withTags(without(v.tags(), key), clock.instant()));
  }

  /**
   * Moves a version to a stage. With {@code archiveExisting}, the model's other versions in that
   * stage (Staging or Production) go to Archived, each with its own audit entry; without, they stay
   * where they are: that is how a caller asks for more than one Production at a time.
   */
  public ModelVersion transition(
      String name,
      int version,
      ModelStage stage,
      boolean archiveExisting,
      String actor,
      String reason) {
    return store.write(
        w -> changes(w, actor).transition(name, version, stage, archiveExisting, reason));
  }

  /** Points an alias at a version (moving it when it pointed elsewhere). */
  public RegisteredModel setAlias(
      String name, String alias, int version, String actor, String reason) {
    RegistryNames.requireText("alias", alias);
    if (alias.matches("[vV]\\d+") || alias.equalsIgnoreCase("latest")) {
      // MLflow reserves these: "v3" and "latest" already mean versions in its URIs.
      throw new IllegalArgumentException("alias '" + alias + "' is reserved by MLflow");
    }
    return store.write(w -> changes(w, actor).setAlias(name, alias, version, reason, "{}"));
  }

  public RegisteredModel deleteAlias(String name, String alias, String actor, String reason) {
    return store.write(w -> changes(w, actor).deleteAlias(name, alias, reason));
  }

  /** Deletes a version, and the aliases that pointed at it (each audited). */
  public void deleteVersion(String name, int version, String actor, String reason) {
    store.write(w -> changes(w, actor).deleteVersion(name, version, reason));
  }

  /** Deletes a model with its versions and aliases; its audit entries stay. */
  public void deleteModel(String name, String actor, String reason) {
    store.write(w -> changes(w, actor).deleteModel(name, reason));
  }

  /**
   * Promotes a version when the gate passed: alias champion moves to it and it goes to Production,
   * the other Production versions to Archived; the audit entry carries the gate's evidence. A
   * refused promotion changes nothing but is recorded too (action promote_refused).
   */
  public PromotionOutcome promote(
      String name, int version, GateDecision decision, String actor, String reason) {
    return store.write(w -> changes(w, actor).promote(name, version, decision, reason));
  }

  public List<AuditEntry> audit(Optional<String> model) {
    return store.audit(model);
  }

  /**
   * Checks the whole chain against the head the store keeps. The head is read before and after the
   * entries; when a change was appended in between, the reading is taken again, so a concurrent
   * change is not mistaken for tampering.
   */
  public AuditVerification verifyAudit() {
    for (int attempt = 0; ; attempt++) {
      AuditHead head = store.auditHead();
      List<AuditEntry> entries = store.audit(Optional.empty());
      if (head.equals(store.auditHead()) || attempt == 2) {
        return AuditChain.verify(entries, Optional.of(head));
      }
    }
  }

  private RegisteredModel updateModel(String name, UnaryOperator<RegisteredModel> change) {
    return store.write(
        w -> {
          RegisteredModel changed = change.apply(requireModel(w, name));
          w.updateModel(changed);
          return changed;
        });
  }

  private ModelVersion updateVersion(String name, int version, UnaryOperator<ModelVersion> change) {
    return store.write(
        w -> {
          ModelVersion changed = change.apply(StageChanges.requireVersion(w, name, version));
          w.updateVersion(changed);
          return changed;
        });
  }

  private StageChanges changes(RegistryWriter writer, String actor) {
    return new StageChanges(writer, events(actor), clock);
  }

  private AuditEvents events(String actor) {
    return new AuditEvents(clock, actor);
  }

  static RegisteredModel requireModel(RegistryWriter w, String name) {
    return w.findModel(name).orElseThrow(() -> noModel(name));
  }

  static RegistryNotFoundException noModel(String name) {
    return new RegistryNotFoundException("name", "no registered model named '" + name + "'");
  }

  static RegistryNotFoundException noVersion(String name, int version) {
    return new RegistryNotFoundException(
        "version", "model '" + name + "' has no version " + version);
  }

  private static Map<String, String> with(Map<String, String> tags, String key, String value) {
    RegistryNames.requireText("key", key);
    Map<String, String> copy = new HashMap<>(tags);
    copy.put(key, value == null ? "" : value);
    return copy;
  }

  private static Map<String, String> without(Map<String, String> tags, String key) {
    Map<String, String> copy = new HashMap<>(tags);
    copy.remove(key);
    return copy;
  }
}
