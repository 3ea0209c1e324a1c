package dev.vigil.models;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The XGBoost parameters of each algorithm (docs/MODELS.md, "Training"). Both are deterministic for
 * a seed: the trees use the exact-histogram method without row or column sampling, and the linear
 * booster uses sequential coordinate descent ({@code coord_descent}), not the default {@code
 * shotgun} updater whose lock-free parallel updates differ from run to run.
 *
 * <p>Tree defaults are the usual ones for small tabular data (depth 4, eta 0.1, 200 rounds); the
 * linear booster converges within a few dozen rounds of coordinate descent at eta 0.5.
 */
final class TrainingParams {

  private TrainingParams() {}

  static Map<String, String> of(TrainingOptions options) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("objective", "binary:logistic");
    if (options.algorithm() == Algorithm.XGBOOST) {
      params.put("booster", "gbtree");
      params.put("tree_method", "hist");
      params.put("eta", "0.1");
      params.put("max_depth", "4");
      params.put("min_child_weight", "1");
      params.put("subsample", "1");
      params.put("colsample_bytree", "1");
      params.put("lambda", "1");
    } else {
      params.put("booster", "gblinear");
      params.put("updater", "coord_descent");
      params.put("feature_selector", "cyclic");
      params.put("eta", "0.5");
      // gblinear multiplies lambda by the sum of row weights (the row count), so this is a mild
      // L2 penalty: about scikit-learn's default C = 1 on 10,000 rows.
      params.put("lambda", "0.0001");
      params.put("alpha", "0");
    }
    params.put("seed", Long.toString(options.seed()));
    params.put("verbosity", "1");
    return params;
  }
}
