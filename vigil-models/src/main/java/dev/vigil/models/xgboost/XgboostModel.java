package dev.vigil.models.xgboost;

import dev.vigil.models.DenseRows;
import dev.vigil.models.NumericModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
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
 * (its private {@code predict(DMatrix, ...)} is declared so), so one booster predicts one request
 * at a time. The model therefore loads a few boosters (one per processor, at most {@value
 * #MAX_BOOSTERS}) and lends each to one prediction at a time, so requests score in parallel. Each
 * booster predicts with one thread ({@code nthread=1}): serving requests are small, and waking
 * OpenMP workers on a busy machine inflates single-row tail latency (a probe on the shared 2-core
 * machine, load average ~9: p99 44 ms with the default threads, 0.2-4 ms with one; p50 ~90 µs
 * either way). A read lock around each prediction and a write lock in {@link #close()} keep close
 * from freeing a booster under a running prediction.
 */
public final class XgboostModel implements NumericModel {

  /** The most boosters a model loads for parallel scoring. */
  public static final int MAX_BOOSTERS = 4;

  private final List<Booster> boosters;
  private final BlockingQueue<Booster> idle;
  private final int columns;
  private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private boolean closed;

  private XgboostModel(List<Booster> boosters, int columns) {
    this.boosters = List.copyOf(boosters);
    this.idle = new ArrayBlockingQueue<>(boosters.size(), false, boosters);
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
    int count = Math.max(1, Math.min(MAX_BOOSTERS, Runtime.getRuntime().availableProcessors()));
    List<Booster> boosters = new ArrayList<>(count);
    try {
      for (int i = 0; i < count; i++) {
        Booster booster = XGBoost.loadModel(modelBytes);
        boosters.add(booster);
        booster.setParam("nthread", 1);
      }
      long features = boosters.get(0).getNumFeature();
      if (features < 1 || features > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            "model_file: the model declares " + features + " features");
      }
      return new XgboostModel(boosters, (int) features);
    } catch (XGBoostError | IOException e) {
      boosters.forEach(Booster::dispose);
      throw new IllegalArgumentException(
          "model_file: not an XGBoost model XGBoost4J can read: " + firstLine(e), e);
    } catch (RuntimeException e) {
      boosters.forEach(Booster::dispose);
      throw e;
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
      Booster booster = idle.take();
      try {
        return predict(booster, rows);
      } finally {
        idle.add(booster);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a free booster", e);
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  private static double[] predict(Booster booster, DenseRows rows) {
    DMatrix matrix = null;
    try {
      matrix = new DMatrix(rows.values(), rows.rows(), rows.columns(), Float.NaN);
      float[][] predictions = booster.predict(matrix);
      if (predictions[0].length != 1) {
        throw new IllegalStateException(
            "the model gives "
                + predictions[0].length
                + " values per row; a binary classifier (binary:logistic) gives one");
      }
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

  /** Frees the boosters' native memory; waits for running predictions. Idempotent. */
  @Override
  public void close() {
    lifecycle.writeLock().lock();
    try {
      if (!closed) {
        closed = true;
        boosters.forEach(Booster::dispose);
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
