package dev.vigil.models.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.TensorInfo;
import dev.vigil.models.DenseRows;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The one input of an ONNX model: a 2-D {@code [N, F]} tensor of float or double, named {@code
 * name}. Encoded rows are always float; a double input gets them widened.
 */
record OnnxInput(String name, OnnxJavaType elementType) {

  OnnxInput {
    Objects.requireNonNull(name, "name");
    if (elementType != OnnxJavaType.FLOAT && elementType != OnnxJavaType.DOUBLE) {
      throw new IllegalArgumentException("elementType: float or double, got " + elementType);
    }
  }

  /**
   * The input of a loaded model, refused unless it is the only input, 2-D with a dynamic batch
   * axis, float or double, and {@code columns} wide when its width is fixed (a dynamic width, -1,
   * is trusted).
   */
  static OnnxInput of(Map<String, NodeInfo> inputs, int columns, Path file) {
    if (inputs.size() != 1) {
      throw refused(file, "has inputs " + inputs.keySet() + "; one [N, F] input is needed");
    }
    NodeInfo node = inputs.values().iterator().next();
    if (!(node.getInfo() instanceof TensorInfo tensor)) {
      throw refused(file, "input '" + node.getName() + "' is not a tensor: " + node.getInfo());
    }
    long[] shape = tensor.getShape();
    if (shape.length != 2) {
      throw refused(file, "input '" + node.getName() + "' is " + tensor + "; [N, F] is needed");
    }
    if (shape[0] > 0) {
      throw refused(
          file,
          "input '"
              + node.getName()
              + "' has a fixed batch size of "
              + shape[0]
              + "; export it with a dynamic first axis (N rows)");
    }
    if (shape[1] > 0 && shape[1] != columns) {
      throw refused(
          file,
          "input '"
              + node.getName()
              + "' takes "
              + shape[1]
              + " columns but the schema encodes "
              + columns);
    }
    if (tensor.type != OnnxJavaType.FLOAT && tensor.type != OnnxJavaType.DOUBLE) {
      throw refused(file, "input '" + node.getName() + "' is " + tensor.type + ", not float");
    }
    return new OnnxInput(node.getName(), tensor.type);
  }

  /** The rows as a tensor of this input's element type; the caller closes it. */
  OnnxTensor tensor(OrtEnvironment environment, DenseRows rows) throws OrtException {
    long[] shape = {rows.rows(), rows.columns()};
    if (elementType == OnnxJavaType.FLOAT) {
      return OnnxTensor.createTensor(environment, FloatBuffer.wrap(rows.values()), shape);
    }
    float[] values = rows.values();
    double[] widened = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      widened[i] = values[i];
    }
    return OnnxTensor.createTensor(environment, DoubleBuffer.wrap(widened), shape);
  }

  static IllegalArgumentException refused(Path file, String why) {
    return new IllegalArgumentException("model_file: ONNX model " + file + " " + why);
  }
}
