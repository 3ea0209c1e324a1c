package dev.vigil.models.onnx;

import java.nio.file.Path;

/** The check that a model's outputs are probabilities, applied to every scored batch. */
final class ProbabilityRange {

  private ProbabilityRange() {}

  /**
   * The probabilities with float error within {@link OnnxModel#TOLERANCE} of 0 or 1 clipped into
   * [0, 1]. NaN is the input's fault (a linear model or a net turns a missing value into NaN): an
   * {@link IllegalArgumentException} naming the row, which serving answers with a 400. Anything
   * further out is the model's (its output is a logit or a score, not a probability): an {@link
   * IllegalStateException}.
   */
  static double[] checked(double[] probabilities, Path file) {
    for (int i = 0; i < probabilities.length; i++) {
      double p = probabilities[i];
      if (p >= 0 && p <= 1) {
        continue;
      }
      if (Double.isNaN(p)) {
        throw new IllegalArgumentException(
            "row "
                + i
                + ": the ONNX model gave no probability (NaN); it cannot score this row, usually"
                + " because of a missing value");
      }
      if (p >= -OnnxModel.TOLERANCE && p < 0) {
        probabilities[i] = 0;
      } else if (p > 1 && p <= 1 + OnnxModel.TOLERANCE) {
        probabilities[i] = 1;
      } else {
        throw new IllegalStateException(
            "ONNX model "
                + file
                + " gave "
                + p
                + " for row "
                + i
                + ", not a probability in [0, 1] (is its output a logit rather than a sigmoid?)");
      }
    }
    return probabilities;
  }
}
