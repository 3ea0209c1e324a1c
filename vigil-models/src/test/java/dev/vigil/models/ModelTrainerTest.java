package dev.vigil.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Training on the real bank churn data, evaluated on a stratified 20 % holdout. */
class ModelTrainerTest {

  private static final long SEED = 42;

  private static TrainingData train() {
    return ChurnData.all().subset(split().train());
  }

  private static TrainingData holdout() {
    return ChurnData.all().subset(split().holdout());
  }

  private static HoldoutSplit split() {
    return HoldoutSplit.stratified(ChurnData.all().labels(), 0.2, SEED);
  }

  @Test
  void gradientBoostedTreesReachTheKnownAucOnTheHoldout() {
    List<int[]> rounds = new ArrayList<>();
    TrainedModel model =
        ModelTrainer.train(
            train(),
            TrainingOptions.defaults(Algorithm.XGBOOST, SEED),
            (done, total) -> rounds.add(new int[] {done, total}));

    HoldoutEvaluation evaluation = model.evaluate(holdout(), 0.5);
    System.out.println("xgboost holdout: " + evaluation.metrics());
    // Measured 0.876 on this split; tuned models on this data reach about 0.86-0.88.
    assertTrue(evaluation.metric("roc_auc") > 0.86, evaluation.metrics().toString());
    assertTrue(evaluation.metric("log_loss") < 0.36, evaluation.metrics().toString());
    assertEquals(TrainingOptions.XGBOOST_ROUNDS, rounds.size());
    assertArrayEquals(new int[] {1, 200}, rounds.get(0));
    assertArrayEquals(new int[] {200, 200}, rounds.get(199));
    assertEquals("gbtree", model.params().get("booster"));
    assertEquals("200", model.params().get("num_round"));
    assertEquals(Long.toString(SEED), model.params().get("seed"));
    assertTrue(model.encoding().scaling().isEmpty(), "trees take raw numbers");
  }

  @Test
  void logisticRegressionStandardizesAndReachesTheKnownAuc() {
    TrainedModel model =
        ModelTrainer.train(
            train(), TrainingOptions.defaults(Algorithm.LOGISTIC, SEED), TrainingProgress.NONE);

    HoldoutEvaluation evaluation = model.evaluate(holdout(), 0.5);
    System.out.println("logistic holdout: " + evaluation.metrics());
    // Measured 0.785 here; scikit-learn's LogisticRegression on this layout reaches about the same
    // AUC and log loss (tools/reference has no script for it: this is a floor, not an oracle).
    assertTrue(evaluation.metric("roc_auc") > 0.78, evaluation.metrics().toString());
    assertTrue(evaluation.metric("log_loss") < 0.44, evaluation.metrics().toString());
    assertEquals("gblinear", model.params().get("booster"));
    NumericScaling age = model.encoding().scaling().get("Age");
    assertEquals(38.9, age.mean(), 0.3, "the training split's mean age");
    assertEquals(10.5, age.std(), 0.3);
  }

  @Test
  void theSameSeedGivesTheSameModelBytes() {
    TrainingData train = train();
    for (Algorithm algorithm : Algorithm.values()) {
      TrainingOptions options = new TrainingOptions(algorithm, 30, SEED);
      byte[] first = ModelTrainer.train(train, options, TrainingProgress.NONE).modelBytes();
      byte[] second = ModelTrainer.train(train, options, TrainingProgress.NONE).modelBytes();
      assertTrue(Arrays.equals(first, second), algorithm + " is not deterministic");
    }
  }

  @Test
  void holdoutEvaluationRecordsTheClassBalance() {
    TrainedModel model =
        ModelTrainer.train(
            train(), new TrainingOptions(Algorithm.XGBOOST, 5, SEED), TrainingProgress.NONE);
    HoldoutEvaluation evaluation = model.evaluate(holdout(), 0.5);

    // 2037 of 10000 rows exited; the holdout keeps round(0.2 * 2037) = 407 of them.
    assertEquals(407, evaluation.metric("positives"));
    assertEquals(1593, evaluation.metric("negatives"));
    assertEquals(407 / 2000.0, evaluation.metric("positive_rate"), 1e-12);
    assertEquals(
        List.of(
            "roc_auc",
            "pr_auc",
            "f1",
            "precision",
            "recall",
            "accuracy",
            "log_loss",
            "brier",
            "expected_calibration_error",
            "positives",
            "negatives",
            "positive_rate"),
        List.copyOf(evaluation.metrics().keySet()));
  }

  @Test
  void trainingNeedsBothClasses() {
    TrainingData all = ChurnData.all();
    TrainingData stayers = all.subset(indicesOf(all.labels(), 0));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ModelTrainer.train(
                    stayers,
                    TrainingOptions.defaults(Algorithm.XGBOOST, SEED),
                    TrainingProgress.NONE));
    assertTrue(e.getMessage().startsWith("labels:"), e.getMessage());
  }

  private static int[] indicesOf(int[] labels, int label) {
    return java.util.stream.IntStream.range(0, labels.length)
        .filter(i -> labels[i] == label)
        .toArray();
  }
}
