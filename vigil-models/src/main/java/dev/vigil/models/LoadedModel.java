package dev.vigil.models;

import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.core.serving.Scorer;
import java.util.List;
import java.util.Objects;

/**
 * A verified bundle's model in memory, ready to score raw rows: the bundle's encoding, then its
 * model file. Safe for concurrent use; {@link #close()} frees the model's native memory.
 */
public final class LoadedModel implements Scorer, AutoCloseable {

  private final BundleManifest manifest;
  private final String checksum;
  private final NumericModel model;

  LoadedModel(BundleManifest manifest, String checksum, NumericModel model) {
    this.manifest = Objects.requireNonNull(manifest, "manifest");
    this.checksum = Objects.requireNonNull(checksum, "checksum");
    this.model = Objects.requireNonNull(model, "model");
  }

  /**
   * The probability of the positive class of each raw row (values in input order).
   *
   * @throws IllegalArgumentException (an {@link InvalidFeatureException} naming the input) when a
   *     value does not fit its input
   */
  @Override
  public double[] score(List<Object[]> rows) {
    return model.positiveProbability(manifest.encoding().encode(rows));
  }

  /** The raw inputs (names and kinds) in the order rows and V2 tensors use. */
  public DatasetSchema inputs() {
    return manifest.encoding().schema();
  }

  public double threshold() {
    return manifest.threshold();
  }

  /** {@code xgboost}, {@code logistic} or {@code imported}. */
  public String algorithm() {
    return manifest.algorithm();
  }

  public ModelKind kind() {
    return manifest.kind();
  }

  /** The sha256 hex of the bundle's manifest bytes. */
  public String checksum() {
    return checksum;
  }

  public BundleManifest manifest() {
    return manifest;
  }

  @Override
  public void close() {
    model.close();
  }
}
