package dev.vigil.models.onnx;

import dev.vigil.models.DenseRows;
import dev.vigil.models.NumericModel;
import java.nio.file.Path;

/** A binary classifier in an ONNX file, run with ONNX Runtime. (Being built: see issue 5.) */
public final class OnnxModel implements NumericModel {

  private OnnxModel() {}

  /** Loads the ONNX file; {@code columns} is the width of the float input it takes. */
  public static OnnxModel load(Path file, int columns) {
    throw new UnsupportedOperationException("ONNX models are being built (issue 5)");
  }

  @Override
  public int columns() {
    throw new UnsupportedOperationException();
  }

  @Override
  public double[] positiveProbability(DenseRows rows) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void close() {}
}
