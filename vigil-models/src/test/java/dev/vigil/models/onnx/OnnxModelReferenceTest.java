package dev.vigil.models.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Java's ONNX Runtime gives onnxruntime-python's probabilities for real skl2onnx/ONNX models. */
class OnnxModelReferenceTest {

  /** Both runtimes compute in float32; 1e-6 is a few float ulps at probabilities below 1. */
  private static final double TOLERANCE = 1e-6;

  @ParameterizedTest
  @CsvSource({"logistic, probabilities", "gbm, output_probability", "mlp, probability"})
  void scoresAsOnnxRuntimeForPythonDoes(String name, String output) {
    ReferenceCase reference = ReferenceCase.of(name);
    try (OnnxModel model = OnnxModel.load(reference.model(), ReferenceCase.COLUMNS)) {
      assertEquals(output, model.outputName());
      assertEquals(ReferenceCase.COLUMNS, model.columns());
      assertEquals(200, reference.expected().length);
      assertArrayEquals(
          reference.expected(), model.positiveProbability(reference.rows()), TOLERANCE);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"logistic", "gbm", "mlp"})
  void scoresARowAloneAsInABatch(String name) {
    ReferenceCase reference = ReferenceCase.of(name);
    try (OnnxModel model = OnnxModel.load(reference.model(), ReferenceCase.COLUMNS)) {
      double[] batch = model.positiveProbability(reference.rows());
      for (int i = 0; i < 20; i++) {
        assertEquals(batch[i], model.positiveProbability(reference.row(i))[0], TOLERANCE);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"logistic", "gbm", "mlp"})
  void concurrentScoringGivesTheSameProbabilities(String name) throws Exception {
    ReferenceCase reference = ReferenceCase.of(name);
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (OnnxModel model = OnnxModel.load(reference.model(), ReferenceCase.COLUMNS)) {
      double[] alone = new double[reference.expected().length];
      for (int i = 0; i < alone.length; i++) {
        alone[i] = model.positiveProbability(reference.row(i))[0];
      }
      CountDownLatch start = new CountDownLatch(1);
      List<Future<double[]>> answers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        answers.add(pool.submit(rowByRow(model, reference, start)));
      }
      start.countDown();
      for (Future<double[]> answer : answers) {
        assertArrayEquals(alone, answer.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Callable<double[]> rowByRow(
      OnnxModel model, ReferenceCase reference, CountDownLatch start) {
    return () -> {
      start.await();
      double[] scores = new double[reference.expected().length];
      for (int i = 0; i < scores.length; i++) {
        scores[i] = model.positiveProbability(reference.row(i))[0];
      }
      return scores;
    };
  }
}
