package dev.vigil.models;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A model bundle written to a directory.
 *
 * @param checksum the bundle's checksum: the sha256 hex of its manifest's bytes (which pin every
 *     other file's sha256); the registry records it and passes it to {@link ModelBundle#load(Path,
 *     String)}
 */
public record SavedBundle(Path directory, BundleManifest manifest, String checksum) {

  public SavedBundle {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(manifest, "manifest");
    if (!Sha256.isHex(checksum)) {
      throw new IllegalArgumentException("checksum must be a lower-case hex sha256");
    }
  }
}
