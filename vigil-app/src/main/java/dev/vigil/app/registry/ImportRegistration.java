package dev.vigil.app.registry;

import dev.vigil.core.model.ClassLabels;
import dev.vigil.core.model.ModelAlreadyExistsException;
import dev.vigil.core.model.ModelStore;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.registry.Lineage;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.NewVersion;
import dev.vigil.core.registry.Registry;
import dev.vigil.core.registry.RegistryConflictException;
import dev.vigil.core.registry.RegistryNotFoundException;
import dev.vigil.models.BundleManifest;
import dev.vigil.models.SavedBundle;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Records an imported bundle: the monitored model of the same name when there is none (so served
 * predictions are monitored), the registered model when there is none, and a new version whose
 * parent is the current champion. What it records about the version is in docs/REGISTRY.md,
 * "Importing models".
 */
final class ImportRegistration {

  /** The outcome: the new version, and whether the monitored model was created or existed. */
  record Outcome(ModelVersion version, MonitoredModel monitored, boolean monitoredCreated) {}

  private final Registry registry;
  private final ModelStore monitoredModels;
  private final Clock clock;

  ImportRegistration(Registry registry, ModelStore monitoredModels, Clock clock) {
    this.registry = registry;
    this.monitoredModels = monitoredModels;
    this.clock = clock;
  }

  /**
   * @param name a valid monitored-model name
   * @param importedFrom the model file's name as the user gave it
   */
  Outcome register(
      String name, SavedBundle bundle, String importedFrom, String description, String actor) {
    MonitoredModel wanted = monitoredModel(name, bundle.manifest());
    Optional<MonitoredModel> existing = monitoredModels.find(name);
    boolean created = false;
    if (existing.isEmpty()) {
      try {
        monitoredModels.create(wanted);
        created = true;
      } catch (ModelAlreadyExistsException raced) {
        // Created meanwhile by another client: the same outcome as finding it.
      }
    }
    MonitoredModel monitored = existing.or(() -> monitoredModels.find(name)).orElse(wanted);
    ensureRegistered(name, description, actor);
    Optional<Integer> parent = registry.champion(name).map(ModelVersion::version);
    ModelVersion version =
        registry.createVersion(name, newVersion(bundle, importedFrom, description, parent), actor);
    return new Outcome(version, monitored, created);
  }

  private void ensureRegistered(String name, String description, String actor) {
    try {
      registry.model(name);
    } catch (RegistryNotFoundException absent) {
      try {
        registry.createModel(name, description, Map.of(), actor);
      } catch (RegistryConflictException raced) {
        // Registered meanwhile by another client.
      }
    }
  }

  static NewVersion newVersion(
      SavedBundle bundle, String importedFrom, String description, Optional<Integer> parent) {
    BundleManifest manifest = bundle.manifest();
    String modelFile = manifest.modelFile();
    String format = modelFile.substring(modelFile.lastIndexOf('.') + 1);
    Lineage lineage =
        new Lineage(
            Optional.empty(),
            Optional.of(manifest.files().get(modelFile)),
            Optional.empty(),
            parent);
    return new NewVersion(
        bundle.directory().toAbsolutePath().normalize().toString(),
        "",
        description,
        Map.of("vigil.kind", manifest.kind().id(), "vigil.imported_from", importedFrom),
        Map.of(),
        Map.of("format", format, "file", modelFile),
        lineage,
        Optional.of(bundle.checksum()));
  }

  /**
   * The monitored model the bundle's predictions are recorded under, hourly windows, no segments.
   */
  MonitoredModel monitoredModel(String name, BundleManifest manifest) {
    return new MonitoredModel(
        name,
        manifest.encoding().schema(),
        labels(manifest.positiveLabel()),
        manifest.threshold(),
        WindowGranularity.HOUR,
        List.of(),
        clock.instant());
  }

  /**
   * Label "1" (the default) accepts 1/true as positive and 0/false as negative; another positive
   * label (say "Yes") is the only positive value, with 0/false negative. A positive label 0 or
   * false is refused: feedback labels would read the other way round.
   */
  static ClassLabels labels(String positive) {
    String lower = positive.toLowerCase(Locale.ROOT);
    if (lower.equals("1") || lower.equals("true")) {
      return new ClassLabels(positive, List.of("1", "true"), List.of("0", "false"));
    }
    if (lower.equals("0") || lower.equals("false")) {
      throw new IllegalArgumentException(
          "positive_label: '" + positive + "' means negative to monitoring; use 1 or a class name");
    }
    return new ClassLabels(positive, List.of(positive), List.of("0", "false"));
  }
}
