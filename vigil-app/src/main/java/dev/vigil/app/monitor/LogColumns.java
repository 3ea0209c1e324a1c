package dev.vigil.app.monitor;

import dev.vigil.app.csv.CsvInputException;
import java.util.Optional;

/**
 * The columns of a prediction log as the user named them (empty: the default name, used when the
 * file has it). At least a score or a prediction column must be found; a label column only when
 * {@code labelRequired}.
 *
 * @param score probability of class 1 in [0, 1] (default {@value #SCORE})
 * @param prediction the logged decision, 0/1 (default {@value #PREDICTION}); wins over the score
 * @param label the true class, 0/1, empty when unknown (default {@code defaultLabel})
 * @param defaultLabel the label column's name when {@code label} is empty
 * @param labelRequired whether a log without a label column is refused (monitor) or not (degrade)
 * @param threshold predicts 1 when {@code score >= threshold} without a prediction column
 */
public record LogColumns(
    Optional<String> score,
    Optional<String> prediction,
    Optional<String> label,
    String defaultLabel,
    boolean labelRequired,
    double threshold) {

  public static final String SCORE = "score";
  public static final String PREDICTION = "prediction";

  public LogColumns {
    if (!(threshold >= 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("--threshold: must be in [0, 1], got " + threshold);
    }
  }

  /** The column index of the score, or -1 when the file has none. */
  int scoreIn(LogFile file) {
    return find(file, score, SCORE, "--score-column");
  }

  /** The column index of the prediction, or -1 when the file has none. */
  int predictionIn(LogFile file) {
    return find(file, prediction, PREDICTION, "--prediction-column");
  }

  /** The column index of the label, or -1 when the file has none and none is required. */
  int labelIn(LogFile file) {
    int index = find(file, label, defaultLabel, "--label-column");
    if (index < 0 && labelRequired) {
      throw new CsvInputException(
          file.source()
              + ": no label column '"
              + defaultLabel
              + "' (name it with --label-column); columns: "
              + file.header());
    }
    return index;
  }

  private static int find(LogFile file, Optional<String> named, String fallback, String flag) {
    if (named.isPresent()) {
      int index = file.column(named.get());
      if (index < 0) {
        throw new CsvInputException(
            file.source() + ": " + flag + " '" + named.get() + "' is not a column of the file");
      }
      return index;
    }
    return file.column(fallback);
  }
}
