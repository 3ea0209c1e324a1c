package dev.vigil.models;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The manifest of a model bundle, {@code vigil-model.json} (docs/MODELS.md, "Bundle"): what the
 * model file is, the raw inputs and their encoding, the decision threshold, and the sha256 of every
 * other file of the bundle.
 *
 * <p>Invariants: format version {@value #FORMAT_VERSION}; the model file is a plain file name (no
 * directory, not the manifest); algorithm one of xgboost, logistic, imported; threshold in [0, 1];
 * positive label not blank; files are plain names with lower-case hex sha256s, sorted by name.
 */
public record BundleManifest(
    int formatVersion,
    ModelKind kind,
    String modelFile,
    String algorithm,
    FeatureEncoding encoding,
    double threshold,
    String positiveLabel,
    Map<String, String> files) {

  /** The one manifest format this version of Vigil writes and reads. */
  public static final int FORMAT_VERSION = 1;

  /** The algorithm of a model trained elsewhere. */
  public static final String IMPORTED = "imported";

  private static final Set<String> ALGORITHMS = Set.of("xgboost", "logistic", IMPORTED);

  public BundleManifest {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(positiveLabel, "positiveLabel");
    files = Map.copyOf(Objects.requireNonNull(files, "files"));
    if (formatVersion != FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "formatVersion: "
              + formatVersion
              + " is not supported, this Vigil reads "
              + FORMAT_VERSION);
    }
    requirePlainName(modelFile, "model_file");
    if (!ALGORITHMS.contains(algorithm)) {
      throw new IllegalArgumentException(
          "algorithm: expected xgboost, logistic or imported, got '" + algorithm + "'");
    }
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in [0, 1], was " + threshold);
    }
    if (positiveLabel.isBlank()) {
      throw new IllegalArgumentException("positiveLabel must not be blank");
    }
    files.forEach(
        (name, sha256) -> {
          requirePlainName(name, "files");
          if (!Sha256.isHex(sha256)) {
            throw new IllegalArgumentException("files: " + name + " needs a lower-case hex sha256");
          }
        });
  }

  /** A manifest before writing: no file checksums yet ({@link ModelBundle#write} adds them). */
  public static BundleManifest of(
      ModelKind kind,
      String modelFile,
      String algorithm,
      FeatureEncoding encoding,
      double threshold,
      String positiveLabel) {
    return new BundleManifest(
        FORMAT_VERSION, kind, modelFile, algorithm, encoding, threshold, positiveLabel, Map.of());
  }

  /** This manifest with these file checksums. */
  public BundleManifest withFiles(Map<String, String> files) {
    return new BundleManifest(
        formatVersion, kind, modelFile, algorithm, encoding, threshold, positiveLabel, files);
  }

  /** The files sorted by name, as the manifest lists them. */
  public Map<String, String> sortedFiles() {
    return new TreeMap<>(files);
  }

  private static void requirePlainName(String name, String field) {
    if (name == null
        || name.isBlank()
        || name.contains("/")
        || name.contains("\\")
        || name.equals(".")
        || name.equals("..")
        || name.equals(ModelBundle.MANIFEST)) {
      throw new IllegalArgumentException(
          field + ": '" + name + "' must be a plain file name other than " + ModelBundle.MANIFEST);
    }
  }
}
