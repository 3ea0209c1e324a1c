package dev.vigil.app.serve;

import dev.vigil.core.serving.ServedModel;
import dev.vigil.core.serving.ServedModels;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The served models as the registry says, each bundle loaded once. Which version is a model's
 * current one is looked up again after {@link #CURRENT_TTL}, so a promotion made by another process
 * (the CLI) is served within that time without a registry read on every request; a loaded version
 * stays loaded (a few per model, released at close).
 */
final class RegistryServedModels implements ServedModels, AutoCloseable {

  static final Duration CURRENT_TTL = Duration.ofSeconds(2);

  /** A registered version and where its bundle is, as the registry records it. */
  record VersionRef(String name, String version, Path bundle, String checksum) {
    VersionRef {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(bundle, "bundle");
      Objects.requireNonNull(checksum, "checksum");
    }
  }

  /** The registry's side: the current version of a model (champion, else Production), or one. */
  interface Versions {
    Optional<VersionRef> current(String name);

    Optional<VersionRef> version(String name, String version);
  }

  /** Loads a bundle, verifying it against the checksum the registry recorded. */
  interface Loader {
    LoadedVersion load(VersionRef ref);
  }

  /** A loaded version and how to release it. */
  record LoadedVersion(ServedModel model, AutoCloseable resources) {}

  private record Current(Optional<VersionRef> ref, Instant until) {}

  private final Versions versions;
  private final Loader loader;
  private final Clock clock;
  private final Map<String, Current> current = new ConcurrentHashMap<>();
  private final Map<VersionRef, LoadedVersion> loaded = new ConcurrentHashMap<>();

  RegistryServedModels(Versions versions, Loader loader, Clock clock) {
    this.versions = versions;
    this.loader = loader;
    this.clock = clock;
  }

  @Override
  public Optional<ServedModel> current(String name) {
    Instant now = clock.instant();
    Current known = current.get(name);
    if (known == null || !now.isBefore(known.until())) {
      known = new Current(versions.current(name), now.plus(CURRENT_TTL));
      current.put(name, known);
    }
    return known.ref().map(this::loaded);
  }

  @Override
  public Optional<ServedModel> version(String name, String version) {
    return versions.version(name, version).map(this::loaded);
  }

  private ServedModel loaded(VersionRef ref) {
    return loaded.computeIfAbsent(ref, loader::load).model();
  }

  @Override
  public void close() {
    for (LoadedVersion version : loaded.values()) {
      try {
        version.resources().close();
      } catch (Exception e) {
        // Closing frees native memory at shutdown; one failure must not keep the others open.
      }
    }
    loaded.clear();
  }
}
