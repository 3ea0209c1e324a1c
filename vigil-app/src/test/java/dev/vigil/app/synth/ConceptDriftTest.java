package dev.vigil.app.synth;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.models.Algorithm;
import dev.vigil.models.ModelTrainer;
import dev.vigil.models.TrainedModel;
import dev.vigil.models.TrainingData;
import dev.vigil.models.TrainingOptions;
import dev.vigil.models.TrainingProgress;
import dev.vigil.stats.drift.ColumnKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A model trained by Vigil's trainer on the unshifted population, scored on shifted ones. */
class ConceptDriftTest {

  private static TrainedModel model;

  @BeforeAll
  static void trainOnTheUnshiftedPopulation() {
    model =
        ModelTrainer.train(
            data(ChurnGeneratorTest.draw(1, DriftShift.NONE, 20_000)),
            TrainingOptions.defaults(Algorithm.XGBOOST, 1),
            TrainingProgress.NONE);
  }

  @Test
  void theMechanismIsLearnable() {
    double accuracy = accuracy(DriftShift.NONE);
    assertTrue(accuracy > 0.80, "accuracy without drift " + accuracy);
  }

  @Test
  void conceptDriftCostsAccuracyMoreAsItStrengthens() {
    double none = accuracy(DriftShift.NONE);
    double half = accuracy(new DriftShift(0, 0.5));
    double full = accuracy(new DriftShift(0, 1));
    assertTrue(half < none - 0.03, "half-strength concept drift: " + half + " vs " + none);
    assertTrue(full < half - 0.05, "full-strength concept drift: " + full + " vs " + half);
  }

  private static double accuracy(DriftShift shift) {
    TrainingData holdout = data(ChurnGeneratorTest.draw(2, shift, 10_000));
    return model.evaluate(holdout, 0.5).metric("accuracy");
  }

  private static TrainingData data(List<SyntheticCustomer> customers) {
    List<ColumnSchema> columns = new ArrayList<>();
    SyntheticCustomer first = customers.get(0);
    for (String name : ChurnGenerator.featureNames()) {
      boolean text = first.features().get(name) instanceof String;
      columns.add(new ColumnSchema(name, text ? ColumnKind.CATEGORICAL : ColumnKind.NUMERIC));
    }
    List<Object[]> rows = new ArrayList<>();
    int[] labels = new int[customers.size()];
    for (int i = 0; i < customers.size(); i++) {
      rows.add(
          customers.get(i).features().values().stream()
              .map(v -> v instanceof Number n ? (Object) n.doubleValue() : v)
              .toArray());
      labels[i] = customers.get(i).churned();
    }
    return new TrainingData(new DatasetSchema(columns), rows, labels);
  }
}
