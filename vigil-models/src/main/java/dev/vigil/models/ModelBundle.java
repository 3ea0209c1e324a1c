package dev.vigil.models;

import dev.vigil.models.onnx.OnnxModel;
import dev.vigil.models.xgboost.XgboostModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes and loads model bundles: a directory holding {@value #MANIFEST} and the model file it
 * names (docs/MODELS.md, "Bundle"). Loading verifies every file against the sha256 the manifest
 * pins, and the manifest against the checksum the registry recorded when one is given.
 */
public final class ModelBundle {

  /** The manifest's file name. */
  public static final String MANIFEST = "vigil-model.json";

  /**
   * The bundle file of a trained model that holds the reference profile of its training data (a
   * {@code ReferenceSummaryCodec} encoding), which becomes the monitored model's reference when the
   * version is promoted.
   */
  public static final String REFERENCE_PROFILE = "reference.bin";

  private ModelBundle() {}

  /**
   * Writes the model file and then the manifest (last, so a directory without a manifest is an
   * unfinished bundle), creating the directory if needed.
   *
   * @param manifest the manifest; its files are replaced by the model file's checksum
   * @throws IllegalArgumentException when the directory already holds a bundle
   */
  public static SavedBundle write(Path dir, BundleManifest manifest, byte[] modelBytes) {
    return write(dir, manifest, modelBytes, Map.of());
  }

  /**
   * Writes the model file, further files that travel with the model (such as the reference profile
   * of its training data; verified on load like the model file), then the manifest.
   *
   * @param extras further files by name; none may be named like the model file or the manifest
   * @throws IllegalArgumentException when the directory already holds a bundle or a name clashes
   */
  public static SavedBundle write(
      Path dir, BundleManifest manifest, byte[] modelBytes, Map<String, byte[]> extras) {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(modelBytes, "modelBytes");
    Map<String, String> files = new TreeMap<>();
    files.put(manifest.modelFile(), Sha256.hex(modelBytes));
    extras.forEach(
        (name, bytes) -> {
          if (name.equals(MANIFEST) || files.containsKey(name) || name.contains("/")) {
            throw new IllegalArgumentException(
                "extras: '" + name + "' cannot be a bundle file name");
          }
          files.put(name, Sha256.hex(bytes));
        });
    BundleManifest complete = manifest.withFiles(files);
    byte[] manifestBytes = ManifestJson.write(complete);
    try {
      Files.createDirectories(dir);
      if (Files.exists(dir.resolve(MANIFEST))) {
        throw new IllegalArgumentException("dir: " + dir + " already holds a model bundle");
      }
      Files.write(dir.resolve(manifest.modelFile()), modelBytes);
      for (Map.Entry<String, byte[]> extra : extras.entrySet()) {
        Files.write(dir.resolve(extra.getKey()), extra.getValue());
      }
      Files.write(dir.resolve(MANIFEST), manifestBytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the model bundle " + dir, e);
    }
    return new SavedBundle(dir, complete, Sha256.hex(manifestBytes));
  }

  /** Whether the verified bundle's manifest lists a file of this name. */
  public static boolean listsFile(Path dir, String expectedChecksum, String name) {
    return verify(dir, expectedChecksum).manifest().files().containsKey(name);
  }

  /**
   * A further file of a verified bundle, read again after {@link #verify} and checked against the
   * manifest's sha256, so what the caller gets is what the registry's checksum pins.
   *
   * @throws CorruptBundleException when the file is missing, unlisted or changed
   */
  public static byte[] extra(Path dir, String expectedChecksum, String name) {
    VerifiedBundle bundle = verify(dir, expectedChecksum);
    String expected = bundle.manifest().files().get(name);
    if (expected == null) {
      throw new CorruptBundleException(dir.toString(), name, "(not listed in files)", "unverified");
    }
    byte[] bytes = read(dir, name, expected);
    String actual = Sha256.hex(bytes);
    if (!actual.equals(expected)) {
      throw new CorruptBundleException(dir.toString(), name, expected, actual);
    }
    return bytes;
  }

  /** Loads a bundle after verifying every file it lists. */
  public static LoadedModel load(Path dir) {
    return load(dir, null);
  }

  /**
   * Loads a bundle after verifying its manifest against {@code expectedChecksum} (the registry's
   * record; null to skip) and every file against the manifest.
   *
   * @throws CorruptBundleException when a file is missing or its sha256 differs
   * @throws IllegalArgumentException when the manifest is unreadable or of an unknown format
   */
  public static LoadedModel load(Path dir, String expectedChecksum) {
    VerifiedBundle bundle = verify(dir, expectedChecksum);
    BundleManifest manifest = bundle.manifest();
    NumericModel model =
        switch (manifest.kind()) {
          case XGBOOST -> XgboostModel.load(bundle.modelBytes());
          case ONNX ->
              OnnxModel.load(dir.resolve(manifest.modelFile()), manifest.encoding().columns());
        };
    if (model.columns() != manifest.encoding().columns()) {
      model.close();
      throw new IllegalArgumentException(
          "inputs: the model file "
              + manifest.modelFile()
              + " takes "
              + model.columns()
              + " features but the inputs encode to "
              + manifest.encoding().columns()
              + " columns");
    }
    return new LoadedModel(manifest, bundle.checksum(), model);
  }

  /**
   * Verifies a bundle without loading its model: the manifest against {@code expectedChecksum}
   * (null to skip), then every listed file.
   */
  public static VerifiedBundle verify(Path dir, String expectedChecksum) {
    byte[] manifestBytes =
        read(dir, MANIFEST, expectedChecksum == null ? "(not recorded)" : expectedChecksum);
    String checksum = Sha256.hex(manifestBytes);
    if (expectedChecksum != null && !expectedChecksum.equals(checksum)) {
      throw new CorruptBundleException(dir.toString(), MANIFEST, expectedChecksum, checksum);
    }
    BundleManifest manifest;
    try {
      manifest = ManifestJson.read(manifestBytes);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "model bundle " + dir + ": " + MANIFEST + ": " + e.getMessage(), e);
    }
    if (!manifest.files().containsKey(manifest.modelFile())) {
      throw new CorruptBundleException(
          dir.toString(), manifest.modelFile(), "(not listed in files)", "unverified");
    }
    byte[] modelBytes = null;
    for (Map.Entry<String, String> file : manifest.sortedFiles().entrySet()) {
      byte[] bytes = read(dir, file.getKey(), file.getValue());
      String actual = Sha256.hex(bytes);
      if (!actual.equals(file.getValue())) {
        throw new CorruptBundleException(dir.toString(), file.getKey(), file.getValue(), actual);
      }
      if (file.getKey().equals(manifest.modelFile())) {
        modelBytes = bytes;
      }
    }
    return new VerifiedBundle(manifest, checksum, modelBytes);
  }

  private static byte[] read(Path dir, String file, String expected) {
    try {
      return Files.readAllBytes(dir.resolve(file));
    } catch (NoSuchFileException e) {
      throw new CorruptBundleException(
          dir.toString(), file, expected, CorruptBundleException.MISSING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " of the model bundle " + dir, e);
    }
  }
}
