package dev.vigil.models;

import dev.vigil.models.xgboost.BoosterTraining;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Trains a churn model with XGBoost4J: gradient-boosted trees ({@link Algorithm#XGBOOST}) or
 * logistic regression ({@link Algorithm#LOGISTIC}). The encoding is fitted on the training rows and
 * saved with the model, so the model takes raw values. The same data, options and seed give the
 * same model file, byte for byte.
 */
public final class ModelTrainer {

  private ModelTrainer() {}

  /**
   * Trains on {@code train} (the training side of a holdout split).
   *
   * @param progress told after each round, on this thread
   * @throws IllegalArgumentException when the rows do not hold both classes
   */
  public static TrainedModel train(
      TrainingData train, TrainingOptions options, TrainingProgress progress) {
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(options, "options");
    int positives = train.positives();
    if (positives == 0 || positives == train.size()) {
      throw new IllegalArgumentException(
          "labels: training needs both classes, the "
              + train.size()
              + " training rows are all "
              + (positives == 0 ? 0 : 1));
    }
    boolean standardize = options.algorithm() == Algorithm.LOGISTIC;
    FeatureEncoding encoding = FeatureEncoding.fit(train.inputs(), train.rows(), standardize);
    Map<String, String> xgboostParams = TrainingParams.of(options);
    byte[] model =
        BoosterTraining.train(
            encoding.encode(train.rows()),
            train.labels(),
            xgboostParams,
            options.rounds(),
            progress);
    return new TrainedModel(options.algorithm(), encoding, tracked(options, xgboostParams), model);
  }

  /** The parameters recorded for tracking: the algorithm's, the rounds and the encoding's. */
  private static Map<String, String> tracked(TrainingOptions options, Map<String, String> xgboost) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("algorithm", options.algorithm().id());
    params.put("num_round", Integer.toString(options.rounds()));
    xgboost.forEach(
        (name, value) -> {
          if (!name.equals("verbosity")) {
            params.put(name, value);
          }
        });
    params.put("standardize", Boolean.toString(options.algorithm() == Algorithm.LOGISTIC));
    return params;
  }
}
