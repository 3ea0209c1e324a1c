package dev.vigil.app.monitor;

import dev.vigil.app.csv.CsvInputException;
import java.util.Optional;

/**
 * A prediction log's numbers: the score of each row (if the log has scores), its prediction (the
 * prediction column, else {@code score >= threshold}) and its true label (if the log has labels;
 * {@link #UNLABELLED} where the label cell is empty: a label not yet known). Invariant: every array
 * present has one entry per row of {@link #file()}.
 */
public final class PredictionLog {

  /** The label of a row whose label cell is empty. */
  public static final int UNLABELLED = -1;

  private final LogFile file;
  private final double[] scores;
  private final int[] predictions;
  private final int[] labels;
  private final double threshold;

  private PredictionLog(
      LogFile file, double[] scores, int[] predictions, int[] labels, double threshold) {
    this.file = file;
    this.scores = scores;
    this.predictions = predictions;
    this.labels = labels;
    this.threshold = threshold;
  }

  /**
   * Reads the columns; errors name the file, the line and the column.
   *
   * @throws CsvInputException when neither a score nor a prediction column is found, or a cell is
   *     not a score in [0, 1] or a class 0/1
   */
  public static PredictionLog of(LogFile file, LogColumns columns) {
    int score = columns.scoreIn(file);
    int prediction = columns.predictionIn(file);
    int label = columns.labelIn(file);
    if (score < 0 && prediction < 0) {
      throw new CsvInputException(
          file.source()
              + ": no score column '"
              + LogColumns.SCORE
              + "' and no prediction column '"
              + LogColumns.PREDICTION
              + "' (name one with --score-column or --prediction-column); columns: "
              + file.header());
    }
    double[] scores = score < 0 ? null : scores(file, score);
    int[] predictions = new int[file.size()];
    for (int i = 0; i < predictions.length; i++) {
      predictions[i] =
          prediction >= 0
              ? classAt(file, i, prediction)
              : (scores[i] >= columns.threshold() ? 1 : 0);
    }
    int[] labels = null;
    if (label >= 0) {
      labels = new int[file.size()];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = file.rows().get(i)[label].isBlank() ? UNLABELLED : classAt(file, i, label);
      }
    }
    return new PredictionLog(file, scores, predictions, labels, columns.threshold());
  }

  public LogFile file() {
    return file;
  }

  public int size() {
    return predictions.length;
  }

  public Optional<double[]> scores() {
    return Optional.ofNullable(scores);
  }

  public int[] predictions() {
    return predictions;
  }

  public Optional<int[]> labels() {
    return Optional.ofNullable(labels);
  }

  public double threshold() {
    return threshold;
  }

  private static double[] scores(LogFile file, int column) {
    double[] out = new double[file.size()];
    for (int i = 0; i < out.length; i++) {
      String cell = file.rows().get(i)[column].strip();
      double value;
      try {
        value = Double.parseDouble(cell);
      } catch (NumberFormatException e) {
        value = Double.NaN;
      }
      if (!(value >= 0.0 && value <= 1.0)) {
        throw problem(file, i, column, "'" + cell + "' is not a score in [0, 1]");
      }
      out[i] = value;
    }
    return out;
  }

  /** A class cell: 0/1 (also 0.0/1.0 and false/true). */
  static int classAt(LogFile file, int row, int column) {
    String cell = file.rows().get(row)[column].strip();
    switch (cell.toLowerCase(java.util.Locale.ROOT)) {
      case "1", "1.0", "true":
        return 1;
      case "0", "0.0", "false":
        return 0;
      default:
        throw problem(file, row, column, "'" + cell + "' is not a class 0 or 1");
    }
  }

  static CsvInputException problem(LogFile file, int row, int column, String what) {
    return new CsvInputException(
        file.source()
            + " line "
            + file.lines()[row]
            + ", column '"
            + file.header().get(column)
            + "': "
            + what);
  }
}
