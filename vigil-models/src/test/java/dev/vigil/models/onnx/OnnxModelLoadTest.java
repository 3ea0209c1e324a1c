package dev.vigil.models.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.models.DenseRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What OnnxModel accepts and refuses at load time, and closing. */
class OnnxModelLoadTest {

  private final Path logistic = ReferenceCase.folder("onnx-logistic").resolve("model.onnx");

  @Test
  void refusesAFileThatIsNotOnnx(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("model.onnx"), "CreditScore,Age\n619,42\n");
    var refused = assertThrows(IllegalArgumentException.class, () -> OnnxModel.load(file, 13));
    assertTrue(
        refused.getMessage().startsWith("model_file: ONNX model " + file), refused::getMessage);
    assertTrue(refused.getMessage().contains("is not an ONNX model"), refused::getMessage);
  }

  @Test
  void refusesAMissingFile(@TempDir Path dir) {
    Path file = dir.resolve("absent.onnx");
    var refused = assertThrows(IllegalArgumentException.class, () -> OnnxModel.load(file, 13));
    assertEquals(
        "model_file: ONNX model " + file + " is not a readable file", refused.getMessage());
  }

  @Test
  void refusesAWidthOtherThanTheModelsInput() {
    var refused = assertThrows(IllegalArgumentException.class, () -> OnnxModel.load(logistic, 12));
    assertEquals(
        "model_file: ONNX model "
            + logistic
            + " input 'input' takes 13 columns but the schema encodes 12",
        refused.getMessage());
  }

  @Test
  void refusesAnInputOfFixedBatchSize() {
    Path file = ReferenceCase.folder("onnx-edge-fixed-batch").resolve("model.onnx");
    var refused = assertThrows(IllegalArgumentException.class, () -> OnnxModel.load(file, 13));
    assertEquals(
        "model_file: ONNX model "
            + file
            + " input 'input' has a fixed batch size of 1; export it with a dynamic first axis (N"
            + " rows)",
        refused.getMessage());
  }

  @Test
  void refusesOutputsWithoutAPositiveProbability() {
    Path file = ReferenceCase.folder("onnx-edge-three-class").resolve("model.onnx");
    var refused = assertThrows(IllegalArgumentException.class, () -> OnnxModel.load(file, 13));
    assertTrue(refused.getMessage().contains(file.toString()), refused::getMessage);
    assertTrue(refused.getMessage().contains("has outputs [probabilities "), refused::getMessage);
    assertTrue(refused.getMessage().contains("shape=[-1, 3]"), refused::getMessage);
  }

  @Test
  void acceptsADoubleInputOfDynamicWidthAndAFlatOutput() {
    // The graph is sigmoid(sum of the row) over a double [N, F] input with a symbolic F.
    Path file = ReferenceCase.folder("onnx-edge-double-flat").resolve("model.onnx");
    try (OnnxModel model = OnnxModel.load(file, 3)) {
      double[] scores =
          model.positiveProbability(new DenseRows(new float[] {0.5f, 0.5f, -1, 1, 1, 1}, 2, 3));
      assertArrayEquals(new double[] {0.5, 1 / (1 + Math.exp(-3))}, scores, 1e-12);
      assertEquals("probability", model.outputName());
    }
  }

  @Test
  void refusesRowsOfAnotherWidthAndAnswersNoRows() {
    try (OnnxModel model = OnnxModel.load(logistic, 13)) {
      var refused =
          assertThrows(
              IllegalArgumentException.class,
              () -> model.positiveProbability(new DenseRows(new float[12], 1, 12)));
      assertEquals("rows: 12 columns, the model takes 13", refused.getMessage());
      assertEquals(0, model.positiveProbability(new DenseRows(new float[0], 0, 13)).length);
    }
  }

  @Test
  void refusesToScoreOnceClosedAndClosesTwice() {
    OnnxModel model = OnnxModel.load(logistic, 13);
    DenseRows row = new DenseRows(new float[13], 1, 13);
    assertEquals(1, model.positiveProbability(row).length);
    model.close();
    model.close();
    var refused = assertThrows(IllegalStateException.class, () -> model.positiveProbability(row));
    assertEquals("ONNX model " + logistic + " is closed", refused.getMessage());
  }

  @Test
  void refusesAProbabilityThatIsNaNAtScoringTime() {
    // Logistic regression propagates a missing value (NaN) into its output.
    try (OnnxModel model = OnnxModel.load(logistic, 13)) {
      float[] values = new float[13];
      values[0] = Float.NaN;
      var refused =
          assertThrows(
              IllegalArgumentException.class,
              () -> model.positiveProbability(new DenseRows(values, 1, 13)));
      assertTrue(refused.getMessage().startsWith("row 0: "), refused::getMessage);
      assertTrue(refused.getMessage().contains("missing value"), refused::getMessage);
    }
  }
}
