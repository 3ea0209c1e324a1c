package dev.vigil.models.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.models.LoadedModel;
import dev.vigil.models.ModelBundle;
import dev.vigil.models.ModelImport;
import dev.vigil.models.ModelInput;
import dev.vigil.models.ModelKind;
import dev.vigil.models.SavedBundle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Importing the reference ONNX models: the bundle, loaded back verified, scores raw rows as the
 * ONNX model scores their encoding directly, and as onnxruntime-python did.
 */
class OnnxImportTest {

  private static final double TOLERANCE = 1e-6;

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"logistic", "gbm", "mlp"})
  void anImportedBundleScoresRawRowsAsTheModelScoresTheirEncoding(String name) {
    ReferenceCase reference = ReferenceCase.of(name);
    Path schema = ReferenceCase.folder("onnx-" + name).resolve("schema.json");
    SavedBundle saved = ModelImport.importFiles(reference.model(), schema, temp.resolve("b"));

    double[] direct;
    try (OnnxModel model = OnnxModel.load(reference.model(), ReferenceCase.COLUMNS)) {
      direct = model.positiveProbability(reference.rows());
    }
    try (LoadedModel loaded = ModelBundle.load(saved.directory(), saved.checksum())) {
      assertEquals(ModelKind.ONNX, loaded.kind());
      assertEquals("imported", loaded.algorithm());
      assertEquals(10, loaded.inputs().size());
      List<Object[]> raw = decode(loaded.manifest().encoding().inputs(), reference);
      double[] scores = loaded.score(raw);
      assertArrayEquals(direct, scores, 0.0, "the same floats reach the same model");
      assertArrayEquals(reference.expected(), scores, TOLERANCE);
    }
    assertEquals(true, Files.isRegularFile(temp.resolve("b").resolve("model.onnx")));
  }

  /**
   * The raw rows whose encoding is the reference's rows: numbers as Double, 0/1 booleans as
   * Boolean, a one-hot group as its category's name.
   */
  private static List<Object[]> decode(List<ModelInput> inputs, ReferenceCase reference) {
    float[] values = reference.rows().values();
    List<Object[]> rows = new ArrayList<>();
    for (int row = 0; row < reference.expected().length; row++) {
      Object[] raw = new Object[inputs.size()];
      int column = row * ReferenceCase.COLUMNS;
      for (int i = 0; i < raw.length; i++) {
        ModelInput input = inputs.get(i);
        raw[i] =
            switch (input.kind()) {
              case NUMERIC -> (double) values[column];
              case BOOLEAN -> values[column] == 1f;
              case CATEGORICAL -> category(input, values, column);
            };
        column += input.width();
      }
      rows.add(raw);
    }
    return rows;
  }

  private static String category(ModelInput input, float[] values, int first) {
    for (int c = 0; c < input.width(); c++) {
      if (values[first + c] == 1f) {
        return input.categories().get(c);
      }
    }
    return null;
  }
}
