package dev.vigil.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Importing the model Python's xgboost wrote, and refusing unusable files. */
class ModelImportTest {

  /**
   * Python and XGBoost4J evaluate the same float trees: the scores were measured bit-identical
   * (tolerance 0 passes); 1e-6 leaves room for a different summation order in another version.
   */
  private static final double TOLERANCE = 1e-6;

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"model.json", "model.ubj"})
  void scoresAsPythonDid(String modelFile) {
    SavedBundle saved =
        ModelImport.importFiles(
            ReferenceModel.file(modelFile), ReferenceModel.file("schema.json"), temp.resolve("b"));

    try (LoadedModel model = ModelBundle.load(saved.directory(), saved.checksum())) {
      double[] scores = model.score(ReferenceModel.rows());
      double[] expected = ReferenceModel.expected();
      assertEquals(200, scores.length);
      for (int i = 0; i < scores.length; i++) {
        assertEquals(expected[i], scores[i], TOLERANCE, "row " + i);
      }
      assertEquals("imported", model.algorithm());
      assertEquals(ModelKind.XGBOOST, model.kind());
      assertEquals(ChurnData.FEATURES, model.inputs().names());
      assertEquals(0.5, model.threshold());
    }
    assertTrue(Files.isRegularFile(temp.resolve("b").resolve(modelFile)));
  }

  @Test
  void refusesASchemaWhoseWidthDiffersFromTheModel() throws IOException {
    Path schema =
        write(
            "schema.json",
            "{\"inputs\":[{\"name\":\"CreditScore\",\"kind\":\"numeric\"},"
                + "{\"name\":\"Geography\",\"kind\":\"categorical\",\"categories\":[\"France\"]}]}");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ModelImport.importFiles(ReferenceModel.file("model.json"), schema, bundle()));
    assertEquals(
        "inputs: the model takes 13 features but the schema's inputs encode to 2 columns"
            + " (one per numeric or boolean input, one per category)",
        e.getMessage());
    assertFalse(Files.exists(bundle()), "nothing is written for a refused import");
  }

  @Test
  void badSchemaFilesAreRefusedNamingTheField() throws IOException {
    assertRefused("{}", "inputs: required");
    assertRefused("{\"inputs\":[{\"name\":\"a\"}]}", "inputs[0].kind: required");
    assertRefused(
        "{\"inputs\":[{\"name\":\"a\",\"kind\":\"text\"}]}",
        "inputs[0].kind: expected numeric, categorical or boolean, got 'text'");
    assertRefused(
        "{\"inputs\":[{\"name\":\"a\",\"kind\":\"categorical\"}]}",
        "inputs[0].categories: required");
    assertRefused(
        "{\"inputs\":[{\"name\":\"a\",\"kind\":\"categorical\",\"categories\":[1]}]}",
        "inputs[0].categories[0]: expected a string, got 1");
    assertRefused(
        "{\"inputs\":[{\"name\":\"a\",\"kind\":\"numeric\"},{\"name\":\"a\",\"kind\":\"numeric\"}]}",
        "inputs: 'a' is listed twice");
    assertRefused(
        "{\"inputs\":[{\"name\":\"a\",\"kind\":\"numeric\"}],\"threshold\":\"high\"}",
        "threshold: expected a number, got \"high\"");
    assertRefused(
        "{\"inputs\":[{\"name\":\"a\",\"kind\":\"numeric\"}],\"threshold\":1.5}",
        "threshold must be in [0, 1], was 1.5");
  }

  @Test
  void refusesAFileThatIsNotAModel() throws IOException {
    Path notAModel = write("model.json", "{\"hello\": 1}");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ModelImport.importFiles(notAModel, ReferenceModel.file("schema.json"), bundle()));
    assertTrue(e.getMessage().startsWith("model_file: not an XGBoost model"), e.getMessage());

    Path text = write("model.txt", "x");
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ModelImport.importFiles(text, ReferenceModel.file("schema.json"), bundle()));
    assertTrue(e.getMessage().startsWith("model_file: "), e.getMessage());
  }

  @Test
  void refusesAModelThatIsNotABinaryClassifier() throws IOException {
    DenseRows rows = new DenseRows(new float[] {0, 1, 2, 3, 4, 5, 6, 7}, 8, 1);
    byte[] multiclass =
        dev.vigil.models.xgboost.BoosterTraining.train(
            rows,
            new int[] {0, 0, 0, 0, 1, 1, 1, 1},
            java.util.Map.of("objective", "multi:softprob", "num_class", "2"),
            2,
            TrainingProgress.NONE);
    Path model = Files.write(temp.resolve("multi.ubj"), multiclass);
    Path schema = write("schema.json", "{\"inputs\":[{\"name\":\"x\",\"kind\":\"numeric\"}]}");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ModelImport.importFiles(model, schema, bundle()));
    assertEquals(
        "model_file: the model failed to score a row in the schema's layout: the model gives 2"
            + " values per row; a binary classifier (binary:logistic) gives one",
        e.getMessage());
  }

  private void assertRefused(String schemaJson, String message) throws IOException {
    Path schema = write("schema.json", schemaJson);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ModelImport.importFiles(ReferenceModel.file("model.json"), schema, bundle()));
    assertEquals(message, e.getMessage());
  }

  private Path bundle() {
    return temp.resolve("bundle");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(temp.resolve(name), content);
  }
}
