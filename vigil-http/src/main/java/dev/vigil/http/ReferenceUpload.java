package dev.vigil.http;

import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.window.ReferenceBuilder;
import dev.vigil.core.window.ReferenceSummary;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One reference upload: checks each row's score and target, adds it to a {@link ReferenceBuilder},
 * and names the row ({@code rows[i]}, 0-based data rows) and column of the first bad one. Row
 * values are as the builder takes them: a String, a finite Double, a Boolean or null.
 */
final class ReferenceUpload {

  private final MonitoredModel model;
  private final Optional<String> scoreColumn;
  private final Optional<String> targetColumn;
  private final ReferenceBuilder builder;
  private long rows;

  ReferenceUpload(
      MonitoredModel model,
      Optional<String> scoreColumn,
      Optional<String> targetColumn,
      Instant uploadedAt) {
    if (scoreColumn.isPresent() && scoreColumn.equals(targetColumn)) {
      throw ApiException.badRequest(
          "target_column", "the target column must differ from the score column");
    }
    this.model = model;
    this.scoreColumn = scoreColumn;
    this.targetColumn = targetColumn;
    this.builder = new ReferenceBuilder(model, scoreColumn, targetColumn, uploadedAt);
  }

  Optional<String> scoreColumn() {
    return scoreColumn;
  }

  Optional<String> targetColumn() {
    return targetColumn;
  }

  MonitoredModel model() {
    return model;
  }

  /** Adds row {@code index}; a 400 naming it (and the column when known) if it is bad. */
  void add(Map<String, Object> row, long index) {
    scoreColumn.ifPresent(column -> checkScore(row.get(column), index, column));
    targetColumn.ifPresent(column -> checkTarget(row.get(column), index, column));
    try {
      builder.add(row, index);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("rows[" + index + "]", e.getMessage());
    }
    rows++;
  }

  /** The reference of every row; a 400 when there was none. */
  ReferenceSummary build() {
    if (rows == 0) {
      throw ApiException.badRequest("body", "the reference holds no data row");
    }
    return builder.build();
  }

  private static void checkScore(Object value, long index, String column) {
    if (!(value instanceof Double score && score >= 0 && score <= 1)) {
      throw ApiException.badRequest(
          field(index, column),
          "row "
              + index
              + ": the score must be a number in [0, 1], was "
              + (value == null ? "missing" : "'" + value + "'"));
    }
  }

  private void checkTarget(Object value, long index, String column) {
    if (value == null || model.labels().meaningOf(value.toString()).isEmpty()) {
      throw ApiException.badRequest(
          field(index, column),
          "row "
              + index
              + ": the target must be a label value of the model ("
              + String.join(", ", model.labels().positiveValues())
              + ", "
              + String.join(", ", model.labels().negativeValues())
              + "), was "
              + (value == null ? "missing" : "'" + value + "'"));
    }
  }

  static String field(long index, String column) {
    return "rows[" + index + "]." + column;
  }
}
