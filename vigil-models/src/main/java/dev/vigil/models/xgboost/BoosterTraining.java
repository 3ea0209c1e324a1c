package dev.vigil.models.xgboost;

import dev.vigil.models.DenseRows;
import dev.vigil.models.TrainingProgress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Trains an XGBoost booster round by round ({@code Booster.update}), reporting each round, and
 * returns the model file's bytes in UBJ, XGBoost's compact native format.
 */
public final class BoosterTraining {

  /** The format of the model files training writes: UBJ (Universal Binary JSON). */
  public static final String FORMAT = "ubj";

  private BoosterTraining() {}

  /**
   * Trains on encoded rows and 0/1 labels.
   *
   * @param params XGBoost parameters ({@code booster}, {@code objective}, {@code eta}, ...)
   * @param rounds the number of boosting rounds, at least 1
   * @return the trained model in UBJ
   */
  public static byte[] train(
      DenseRows rows,
      int[] labels,
      Map<String, String> params,
      int rounds,
      TrainingProgress progress) {
    Objects.requireNonNull(progress, "progress");
    if (labels.length != rows.rows()) {
      throw new IllegalArgumentException(
          "labels: " + labels.length + " labels for " + rows.rows() + " rows");
    }
    DMatrix matrix = null;
    Booster booster = null;
    try {
      matrix = new DMatrix(rows.values(), rows.rows(), rows.columns(), Float.NaN);
      matrix.setLabel(floats(labels));
      // XGBoost.train with no rounds only builds the booster with the matrix as its cache; the
      // rounds are run here so that each can be reported.
      booster = XGBoost.train(matrix, new LinkedHashMap<>(params), 0, Map.of(), null, null);
      for (int round = 0; round < rounds; round++) {
        booster.update(matrix, round);
        progress.round(round + 1, rounds);
      }
      return booster.toByteArray(FORMAT);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost failed to train: " + XgboostModel.firstLine(e), e);
    } finally {
      if (booster != null) {
        booster.dispose();
      }
      if (matrix != null) {
        matrix.dispose();
      }
    }
  }

  private static float[] floats(int[] labels) {
    float[] floats = new float[labels.length];
    for (int i = 0; i < labels.length; i++) {
      floats[i] = labels[i];
    }
    return floats;
  }
}
