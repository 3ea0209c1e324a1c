package dev.vigil.models;

import dev.vigil.models.xgboost.BoosterTraining;
import dev.vigil.models.xgboost.XgboostModel;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A model {@link ModelTrainer} trained: the XGBoost model file's bytes (UBJ), the encoding fitted
 * on the training rows and the parameters used. A value; holds no native memory.
 */
public final class TrainedModel {

  private final Algorithm algorithm;
  private final FeatureEncoding encoding;
  private final Map<String, String> params;
  private final byte[] modelBytes;

  TrainedModel(
      Algorithm algorithm, FeatureEncoding encoding, Map<String, String> params, byte[] model) {
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    this.encoding = Objects.requireNonNull(encoding, "encoding");
    this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    this.modelBytes = model.clone();
  }

  public Algorithm algorithm() {
    return algorithm;
  }

  public FeatureEncoding encoding() {
    return encoding;
  }

  /** The training parameters, for tracking: algorithm, num_round, XGBoost's, standardize. */
  public Map<String, String> params() {
    return params;
  }

  /** The model file's bytes (XGBoost UBJ). */
  public byte[] modelBytes() {
    return modelBytes.clone();
  }

  /** Scores raw rows as the bundle of this model will (same bytes, same encoding). */
  public double[] score(List<Object[]> rows) {
    try (XgboostModel model = XgboostModel.load(modelBytes)) {
      return model.positiveProbability(encoding.encode(rows));
    }
  }

  /** The metrics of this model on holdout rows at the threshold. */
  public HoldoutEvaluation evaluate(TrainingData holdout, double threshold) {
    return HoldoutEvaluation.of(score(holdout.rows()), holdout.labels(), threshold);
  }

  /** Writes this model as a bundle whose positive label is {@code "1"}. */
  public SavedBundle writeBundle(Path dir, double threshold) {
    return writeBundle(dir, threshold, "1");
  }

  /** Writes this model as a bundle ({@code model.ubj} and the manifest). */
  public SavedBundle writeBundle(Path dir, double threshold, String positiveLabel) {
    return writeBundle(dir, threshold, positiveLabel, Map.of());
  }

  /** Writes this model as a bundle with further files (see {@link ModelBundle#write}). */
  public SavedBundle writeBundle(
      Path dir, double threshold, String positiveLabel, Map<String, byte[]> extras) {
    BundleManifest manifest =
        BundleManifest.of(
            ModelKind.XGBOOST,
            "model." + BoosterTraining.FORMAT,
            algorithm.id(),
            encoding,
            threshold,
            positiveLabel);
    return ModelBundle.write(dir, manifest, modelBytes, extras);
  }
}
