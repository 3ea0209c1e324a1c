package dev.vigil.core.window;

import dev.vigil.core.model.ClassLabels;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.stats.summary.CategoricalRecorder;
import dev.vigil.stats.summary.PredictionRecorder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a model's {@link ReferenceSummary} from reference rows (e.g. an uploaded CSV or NDJSON
 * file), recording each feature by the same rules as the windows, so reference and windows compare
 * like with like. Not thread-safe: one upload, one builder.
 *
 * <p>The score column goes into the scores at the model's decision threshold; the target column is
 * mapped through the model's label values (compared as text: a String as is, a Boolean as {@code
 * true}/{@code false}, a Double as a window's categorical value, so {@code 1.0} is {@code "1"})
 * into the categories {@code "1"} (positive) and {@code "0"} (negative); a null, absent or blank
 * target is missing. The rows with both a score and a target also give the (score, label) pairs, of
 * which the reference keeps a seeded uniform sample of at most {@link LabelledScoreSample#CAPACITY}
 * in row order ({@link LabelledScoreSample}).
 */
public final class ReferenceBuilder {

  private final ClassLabels labels;
  private final Optional<String> scoreColumn;
  private final Optional<String> targetColumn;
  private final Instant uploadedAt;
  private final FeatureRecorders features;
  private final PredictionRecorder scores;
  private final CategoricalRecorder target = new CategoricalRecorder();
  private final LabelledScoreSampler pairs = new LabelledScoreSampler();
  private long rows;

  /**
   * @param model whose schema says which columns are features and their kinds
   * @param scoreColumn the column holding the model's score in [0, 1], if the rows have one
   * @param targetColumn the column holding the true label (any of the model's label values), if the
   *     rows have one
   * @param uploadedAt the time the reference is stamped with
   */
  public ReferenceBuilder(
      MonitoredModel model,
      Optional<String> scoreColumn,
      Optional<String> targetColumn,
      Instant uploadedAt) {
    this.labels = model.labels();
    this.scoreColumn = Objects.requireNonNull(scoreColumn, "scoreColumn");
    this.targetColumn = Objects.requireNonNull(targetColumn, "targetColumn");
    this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    this.features = new FeatureRecorders(model.schema());
    this.scores = new PredictionRecorder(model.decisionThreshold());
  }

  /**
   * Adds one row: values are a String, a finite Double, a Boolean or null; columns outside the
   * schema (other than the score and target) are ignored.
   *
   * @param rowIndex the row's index (0-based) for error messages ({@code row 7: column 'score'
   *     ...})
   * @throws IllegalArgumentException naming the row and column when the score is not a number in
   *     [0, 1] (a missing score included) or the target is not one of the model's label values; the
   *     row is then not added
   */
  public void add(Map<String, Object> row, long rowIndex) {
    double score = scoreColumn.isPresent() ? score(row, scoreColumn.get(), rowIndex) : Double.NaN;
    String label = targetColumn.isPresent() ? label(row, targetColumn.get(), rowIndex) : null;
    if (scoreColumn.isPresent()) {
      scores.record(score);
    }
    if (targetColumn.isPresent()) {
      target.record(label); // null: missing
    }
    if (scoreColumn.isPresent() && label != null) {
      pairs.add(score, label.equals("1") ? 1 : 0);
    }
    features.record(row);
    rows++;
  }

  /** The reference of the rows added so far. */
  public ReferenceSummary build() {
    return new ReferenceSummary(
        uploadedAt, rows, features.summary(), scores.summary(), target.summary(), pairs.sample());
  }

  private static double score(Map<String, Object> row, String column, long rowIndex) {
    Object value = row.get(column);
    if (value instanceof Double d && d >= 0 && d <= 1) {
      return d;
    }
    throw new IllegalArgumentException(
        prefix(rowIndex, column)
            + "the score must be a number in [0, 1], was "
            + (value instanceof String s ? "'" + s + "'" : String.valueOf(value)));
  }

  /** "1" or "0" for a label value, null for a missing one. */
  private String label(Map<String, Object> row, String column, long rowIndex) {
    Object value = row.get(column);
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    String text = FeatureText.of(value);
    if (text == null) {
      throw new IllegalArgumentException(
          prefix(rowIndex, column) + "a label must be a String, a number or a Boolean");
    }
    return labels
        .meaningOf(text)
        .map(positive -> positive ? "1" : "0")
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    prefix(rowIndex, column)
                        + "'"
                        + text
                        + "' is not a label value of the model; accepted: "
                        + accepted()));
  }

  private String accepted() {
    List<String> values = new ArrayList<>(labels.positiveValues());
    values.addAll(labels.negativeValues());
    return String.join(", ", values);
  }

  private static String prefix(long rowIndex, String column) {
    return "row " + rowIndex + ": column '" + column + "': ";
  }
}
