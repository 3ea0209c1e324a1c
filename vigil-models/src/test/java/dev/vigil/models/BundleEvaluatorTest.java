package dev.vigil.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.registry.Lineage;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.NewVersion;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evaluating a registered version's bundle on labelled rows whose columns are matched by name. */
class BundleEvaluatorTest {

  @TempDir Path temp;

  private SavedBundle saved;
  private TrainingData churn;

  @BeforeEach
  void importReferenceModel() {
    saved =
        ModelImport.importFiles(
            ReferenceModel.file("model.json"),
            ReferenceModel.file("schema.json"),
            temp.resolve("b"));
    churn = ChurnData.all();
  }

  @Test
  void scoresTheRowsByColumnNameAsTheLoadedModelDoes() {
    // The data's columns in reverse order with an extra column the model does not take.
    List<String> names = new ArrayList<>(churn.inputs().names());
    List<ColumnSchema> columns = new ArrayList<>();
    columns.add(new ColumnSchema("RowNumber", ColumnKind.NUMERIC));
    for (int c = names.size() - 1; c >= 0; c--) {
      columns.add(new ColumnSchema(names.get(c), churn.inputs().kindOf(names.get(c))));
    }
    List<Object[]> reordered = new ArrayList<>();
    for (int r = 0; r < churn.size(); r++) {
      Object[] row = churn.rows().get(r);
      Object[] values = new Object[row.length + 1];
      values[0] = (double) r + 1;
      for (int c = 0; c < row.length; c++) {
        values[row.length - c] = row[c];
      }
      reordered.add(values);
    }
    BundleEvaluator evaluator =
        new BundleEvaluator(
            new DatasetSchema(columns), reordered, churn.labels(), 0.4, "Churn (10000 rows)");

    Map<String, Double> metrics = evaluator.evaluate(version(saved.checksum()));

    HoldoutEvaluation expected;
    try (LoadedModel model = ModelBundle.load(saved.directory(), saved.checksum())) {
      expected = HoldoutEvaluation.of(model.score(churn.rows()), churn.labels(), 0.4);
    }
    assertEquals(expected.metrics(), metrics);
    assertTrue(metrics.get("roc_auc") > 0.8, "a real model on real data: " + metrics);
    assertEquals(2037.0, metrics.get("positives"));
    assertEquals("Churn (10000 rows)", evaluator.dataDescription());
  }

  @Test
  void aMissingInputIsNamed() {
    DatasetSchema noAge =
        new DatasetSchema(List.of(new ColumnSchema("CreditScore", ColumnKind.NUMERIC)));
    BundleEvaluator evaluator =
        new BundleEvaluator(noAge, List.<Object[]>of(new Object[] {600.0}), new int[] {1}, 0.5, "");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> evaluator.evaluate(version(saved.checksum())));
    assertTrue(e.getMessage().startsWith("data: no column 'Geography'"), e.getMessage());
  }

  @Test
  void aBundleThatDiffersFromTheRecordedChecksumIsRefused() throws IOException {
    BundleEvaluator evaluator =
        new BundleEvaluator(churn.inputs(), churn.rows(), churn.labels(), 0.5, "");
    assertThrows(CorruptBundleException.class, () -> evaluator.evaluate(version("0".repeat(64))));
    Files.writeString(saved.directory().resolve("model.json"), "{}");
    assertThrows(CorruptBundleException.class, () -> evaluator.evaluate(version(saved.checksum())));
  }

  @Test
  void refusesInconsistentData() {
    DatasetSchema one = new DatasetSchema(List.of(new ColumnSchema("x", ColumnKind.NUMERIC)));
    List<Object[]> rows = List.<Object[]>of(new Object[] {1.0});
    assertThrows(
        IllegalArgumentException.class, () -> new BundleEvaluator(one, rows, new int[0], 0.5, ""));
    assertThrows(
        IllegalArgumentException.class,
        () -> new BundleEvaluator(one, rows, new int[] {2}, 0.5, ""));
    assertThrows(
        IllegalArgumentException.class,
        () -> new BundleEvaluator(one, List.<Object[]>of(new Object[2]), new int[] {1}, 0.5, ""));
    assertThrows(
        IllegalArgumentException.class, () -> new BundleEvaluator(one, rows, new int[] {1}, 2, ""));
  }

  private ModelVersion version(String checksum) {
    NewVersion content =
        new NewVersion(
            saved.directory().toString(),
            "",
            "",
            Map.of(),
            Map.of(),
            Map.of(),
            Lineage.NONE,
            Optional.of(checksum));
    return ModelVersion.register("churn", 1, content, Instant.EPOCH);
  }
}
