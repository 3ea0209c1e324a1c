package dev.vigil.models.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.vigil.models.DenseRows;
import dev.vigil.models.NumericModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A binary classifier in an ONNX file, run with ONNX Runtime: one session per file, in the
 * process-wide ONNX Runtime environment.
 *
 * <p>Invariants: the model has one 2-D float or double input {@code [N, F]} whose width, when
 * fixed, is {@link #columns()}; one of its outputs holds the positive class's probability (see
 * docs/ONNX.md). Every probability returned is in [0, 1]. Safe for concurrent use; after {@link
 * #close()} scoring is refused.
 */
public final class OnnxModel implements NumericModel {

  /** Float error around 0 and 1 that is clipped; anything further out is not a probability. */
  static final double TOLERANCE = 1e-5;

  private final Path file;
  private final int columns;
  private final OrtEnvironment environment;
  private final OrtSession session;
  private final OnnxInput input;
  private final ProbabilityOutput output;
  // OrtSession.run is thread-safe (ONNX Runtime allows concurrent Run calls on one session), so
  // scoring threads share the read lock; close takes the write lock because freeing the native
  // session under a running call would crash the JVM rather than throw.
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private boolean closed;

  private OnnxModel(
      Path file,
      int columns,
      OrtEnvironment environment,
      OrtSession session,
      OnnxInput input,
      ProbabilityOutput output) {
    this.file = file;
    this.columns = columns;
    this.environment = environment;
    this.session = session;
    this.input = input;
    this.output = output;
  }

  /**
   * Loads the ONNX file; {@code columns} is the width of the encoded rows it takes. Refuses, with
   * an {@link IllegalArgumentException} naming the file, a file that is missing or not ONNX, a
   * model whose input is not one {@code [N, columns]} float or double tensor, or whose outputs hold
   * no recognisable positive probability.
   */
  public static OnnxModel load(Path file, int columns) {
    Objects.requireNonNull(file, "file");
    if (columns < 1) {
      throw new IllegalArgumentException("columns: at least 1, got " + columns);
    }
    if (!Files.isRegularFile(file)) {
      throw OnnxInput.refused(file, "is not a readable file");
    }
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    OrtSession session = open(environment, file);
    try {
      OnnxInput input = OnnxInput.of(session.getInputInfo(), columns, file);
      ProbabilityOutput output = ProbabilityOutput.of(session.getOutputInfo(), file);
      return new OnnxModel(file, columns, environment, session, input, output);
    } catch (OrtException | RuntimeException e) {
      release(session, e);
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw OnnxInput.refused(file, "could not be inspected: " + e.getMessage());
    }
  }

  private static OrtSession open(OrtEnvironment environment, Path file) {
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      // Churn models are small: one thread per call scores a row fastest, and concurrency comes
      // from the request threads rather than from a pool inside each call.
      options.setIntraOpNumThreads(1);
      return environment.createSession(file.toString(), options);
    } catch (OrtException e) {
      throw OnnxInput.refused(
          file, "is not an ONNX model ONNX Runtime can load: " + e.getMessage());
    }
  }

  @Override
  public int columns() {
    return columns;
  }

  /** The name of the output the probabilities are read from (for model metadata). */
  public String outputName() {
    return output.name();
  }

  @Override
  public double[] positiveProbability(DenseRows rows) {
    Objects.requireNonNull(rows, "rows");
    if (rows.columns() != columns) {
      throw new IllegalArgumentException(
          "rows: " + rows.columns() + " columns, the model takes " + columns);
    }
    if (rows.rows() == 0) {
      return new double[0];
    }
    lock.readLock().lock();
    try {
      if (closed) {
        throw new IllegalStateException("ONNX model " + file + " is closed");
      }
      return ProbabilityRange.checked(run(rows), file);
    } finally {
      lock.readLock().unlock();
    }
  }

  private double[] run(DenseRows rows) {
    try (OnnxTensor tensor = input.tensor(environment, rows);
        OrtSession.Result result =
            session.run(Map.of(input.name(), tensor), Set.of(output.name()))) {
      return output.read(result, rows.rows(), file);
    } catch (OrtException e) {
      throw new IllegalStateException(
          "ONNX model " + file + " failed to score: " + e.getMessage(), e);
    }
  }

  /** Releases the native session; later calls to score are refused. Idempotent. */
  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      if (!closed) {
        closed = true;
        session.close();
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX model " + file + " failed to close: " + e.getMessage());
    } finally {
      lock.writeLock().unlock();
    }
  }

  private static void release(OrtSession session, Exception cause) {
    try {
      session.close();
    } catch (OrtException e) {
      cause.addSuppressed(e);
    }
  }

  @Override
  public String toString() {
    return "OnnxModel[" + file + ", " + columns + " columns, output " + output.name() + "]";
  }
}
