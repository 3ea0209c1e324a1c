package dev.vigil.models;

import java.util.Objects;

/**
 * A bundle whose files matched their checksums when read: its manifest, checksum and the model
 * file's bytes as verified (loading uses these bytes, not a second read of the file).
 */
public record VerifiedBundle(BundleManifest manifest, String checksum, byte[] modelBytes) {

  public VerifiedBundle {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(modelBytes, "modelBytes");
  }
}
