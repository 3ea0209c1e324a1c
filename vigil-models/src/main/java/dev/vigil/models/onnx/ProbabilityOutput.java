package dev.vigil.models.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxMap;
import ai.onnxruntime.OnnxSequence;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.SequenceInfo;
import ai.onnxruntime.TensorInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The output of an ONNX model that holds the positive class's probability, and how to read it.
 *
 * <p>A {@link ClassColumns} output is a float or double tensor: {@code [N, 2]} (class 1 is column
 * 1), or {@code [N, 1]} / {@code [N]} (the positive probability itself, a sigmoid's output). A
 * {@link ClassMaps} output is a sequence of N maps class -> probability, as skl2onnx writes with
 * ZipMap; class 1 is the key {@code 1} or {@code "1"}.
 */
sealed interface ProbabilityOutput {

  /** The output's name in the graph. */
  String name();

  /** The positive probability of each of {@code rows} rows, from a run's result (not checked). */
  double[] read(OrtSession.Result result, int rows, Path file) throws OrtException;

  /**
   * The output to read: the only two-class output (a {@code [N, 2]} tensor or a sequence of maps),
   * else the model's only output when it is a {@code [N, 1]} or {@code [N]} tensor. Anything else
   * is refused with the outputs named.
   */
  static ProbabilityOutput of(Map<String, NodeInfo> outputs, Path file) {
    List<ProbabilityOutput> twoClass = new ArrayList<>();
    for (NodeInfo node : outputs.values()) {
      if (node.getInfo() instanceof SequenceInfo sequence
          && sequence.sequenceOfMaps
          && isNumber(sequence.mapInfo.valueType)) {
        twoClass.add(new ClassMaps(node.getName()));
      } else if (node.getInfo() instanceof TensorInfo tensor
          && isNumber(tensor.type)
          && tensor.getShape().length == 2
          && tensor.getShape()[1] == 2) {
        twoClass.add(new ClassColumns(node.getName()));
      }
    }
    if (twoClass.size() == 1) {
      return twoClass.get(0);
    }
    if (twoClass.isEmpty() && outputs.size() == 1) {
      NodeInfo only = outputs.values().iterator().next();
      if (only.getInfo() instanceof TensorInfo tensor && isNumber(tensor.type)) {
        long[] shape = tensor.getShape();
        if (shape.length == 1 || (shape.length == 2 && shape[1] <= 1)) {
          return new ClassColumns(only.getName());
        }
      }
    }
    throw OnnxInput.refused(
        file,
        "has outputs "
            + describe(outputs)
            + "; one of them must be the positive probability: a float [N, 2] tensor (class 1 in"
            + " column 1), a sequence of maps (skl2onnx's ZipMap), or a single [N, 1] or [N]"
            + " float output");
  }

  private static boolean isNumber(OnnxJavaType type) {
    return type == OnnxJavaType.FLOAT || type == OnnxJavaType.DOUBLE;
  }

  private static String describe(Map<String, NodeInfo> outputs) {
    return outputs.values().stream()
        .map(node -> node.getName() + " " + node.getInfo())
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /** A float or double tensor: {@code [N, 2]} (column 1 is read), {@code [N, 1]} or {@code [N]}. */
  record ClassColumns(String name) implements ProbabilityOutput {

    public ClassColumns {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public double[] read(OrtSession.Result result, int rows, Path file) throws OrtException {
      OnnxTensor tensor = (OnnxTensor) result.get(name).orElseThrow();
      long[] shape = tensor.getInfo().getShape();
      boolean fits = (shape.length == 1 || shape.length == 2) && shape[0] == rows;
      int width = shape.length == 2 ? (int) shape[1] : 1;
      if (!fits || width < 1 || width > 2) {
        throw wrongShape(file, Arrays.toString(shape), rows);
      }
      double[] probabilities = new double[rows];
      int column = width - 1;
      if (tensor.getInfo().type == OnnxJavaType.FLOAT) {
        var buffer = tensor.getFloatBuffer();
        for (int i = 0; i < rows; i++) {
          probabilities[i] = buffer.get(i * width + column);
        }
      } else {
        var buffer = tensor.getDoubleBuffer();
        for (int i = 0; i < rows; i++) {
          probabilities[i] = buffer.get(i * width + column);
        }
      }
      return probabilities;
    }

    private IllegalStateException wrongShape(Path file, String shape, int rows) {
      return new IllegalStateException(
          "ONNX model "
              + file
              + " output '"
              + name
              + "' has shape "
              + shape
              + " for "
              + rows
              + " rows; [N, 2], [N, 1] or [N] was expected");
    }
  }

  /** A sequence of N maps class -> probability; class 1 is the key {@code 1} or {@code "1"}. */
  record ClassMaps(String name) implements ProbabilityOutput {

    public ClassMaps {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public double[] read(OrtSession.Result result, int rows, Path file) throws OrtException {
      OnnxSequence sequence = (OnnxSequence) result.get(name).orElseThrow();
      List<? extends OnnxValue> maps = sequence.getValue();
      if (maps.size() != rows) {
        throw refusedOutput(file, maps.size() + " maps for " + rows + " rows");
      }
      double[] probabilities = new double[rows];
      for (int i = 0; i < rows; i++) {
        Map<?, ?> classes = ((OnnxMap) maps.get(i)).getValue();
        Object positive = classes.containsKey(1L) ? classes.get(1L) : classes.get("1");
        if (classes.size() != 2 || !(positive instanceof Number number)) {
          throw refusedOutput(file, "classes " + classes.keySet() + "; two with class 1 expected");
        }
        probabilities[i] = number.doubleValue();
      }
      return probabilities;
    }

    private IllegalStateException refusedOutput(Path file, String what) {
      return new IllegalStateException(
          "ONNX model " + file + " output '" + name + "' gave " + what);
    }
  }
}
