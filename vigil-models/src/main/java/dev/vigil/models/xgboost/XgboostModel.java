package dev.vigil.models.xgboost;

import dev.vigil.models.DenseRows;
import dev.vigil.models.NumericModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A binary classifier in XGBoost's native format (JSON or UBJ, as Python's {@code
 * Booster.save_model} and {@link BoosterTraining} write it), scored with XGBoost4J. A row's NaN is
 * a missing value, as in Python.
 *
 * <p>Concurrency: XGBoost4J 3.0.4's {@code Booster.predict} is {@code synchronized} on the booster
 * (its private {@code predict(DMatrix, ...)} is declared so), so concurrent scoring is safe and
 * predictions of one model run one at a time; each builds its own DMatrix outside that lock. A read
 * lock around each prediction and a write lock in {@link #close()} keep close from freeing the
 * booster under a running prediction; scoring after close is refused.
 */
public final class XgboostModel implements NumericModel {

  private final Booster booster;
  private final int columns;
  private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private boolean closed;

  private XgboostModel(Booster booster, int columns) {
    this.booster = booster;
    this.columns = columns;
  }

  /** Loads a model file (JSON or UBJ, told apart by XGBoost from the content). */
  public static XgboostModel load(Path file) {
    try {
      return load(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model file " + file, e);
    }
  }

  /**
   * Loads a model from the bytes of a model file.
   *
   * @throws IllegalArgumentException when XGBoost cannot read them
   */
  public static XgboostModel load(byte[] modelBytes) {
    Objects.requireNonNull(modelBytes, "modelBytes");
    try {
      Booster booster = XGBoost.loadModel(modelBytes);
      long features = booster.getNumFeature();
      if (features < 1 || features > Integer.MAX_VALUE) {
        booster.dispose();
        throw new IllegalArgumentException(
            "modelFile: the model declares " + features + " features");
      }
      return new XgboostModel(booster, (int) features);
    } catch (XGBoostError | IOException e) {
      throw new IllegalArgumentException(
          "modelFile: not an XGBoost model XGBoost4J can read: " + firstLine(e), e);
    }
  }

  /** The number of features the model was trained on, as its file declares. */
  @Override
  public int columns() {
    return columns;
  }

  @Override
  public double[] positiveProbability(DenseRows rows) {
    if (rows.columns() != columns) {
      throw new IllegalArgumentException(
          "rows: " + rows.columns() + " columns, the model takes " + columns);
    }
    if (rows.rows() == 0) {
      return new double[0];
    }
    lifecycle.readLock().lock();
    try {
      if (closed) {
        throw new IllegalStateException("the model is closed");
      }
      return predict(rows);
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  private double[] predict(DenseRows rows) {
    DMatrix matrix = null;
    try {
      matrix = new DMatrix(rows.values(), rows.rows(), rows.columns(), Float.NaN);
      float[][] predictions = booster.predict(matrix);
      double[] scores = new double[predictions.length];
      for (int i = 0; i < scores.length; i++) {
        scores[i] = predictions[i][0];
      }
      return scores;
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost failed to predict: " + firstLine(e), e);
    } finally {
      if (matrix != null) {
        matrix.dispose();
      }
    }
  }

  /** Frees the booster's native memory; waits for running predictions. Idempotent. */
  @Override
  public void close() {
    lifecycle.writeLock().lock();
    try {
      if (!closed) {
        closed = true;
        booster.dispose();
      }
    } finally {
      lifecycle.writeLock().unlock();
    }
  }

  static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
