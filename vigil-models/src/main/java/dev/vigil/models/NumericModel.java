package dev.vigil.models;

/**
 * A model file loaded into memory that scores encoded rows: an XGBoost booster or an ONNX session.
 * Safe for concurrent use; {@link #close()} releases native memory.
 */
public interface NumericModel extends AutoCloseable {

  /** How many encoded columns a row must have. */
  int columns();

  /** The probability of the positive class for each row, each in [0, 1]. */
  double[] positiveProbability(DenseRows rows);

  @Override
  void close();
}
