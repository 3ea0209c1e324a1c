package dev.vigil.http;

import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.window.ReferenceBuilder;
import dev.vigil.core.window.ReferenceSummary;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reference upload: adds each row to a {@link ReferenceBuilder} (which checks the score and the
 * target) and turns the first bad row into a 400 naming it, {@code rows[i].column} ({@code i}
 * counting data rows from 0). Row values are as the builder takes them: a String, a finite Double,
 * a Boolean or null.
 */
final class ReferenceUpload {

  /** The builder's messages start {@code row 7: column 'score': ...}. */
  private static final Pattern ROW_AND_COLUMN = Pattern.compile("^row \\d+: column '([^']*)': ");

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

  /** Adds row {@code index}; a 400 naming it, and its column, if it is bad. */
  void add(Map<String, Object> row, long index) {
    try {
      builder.add(row, index);
    } catch (IllegalArgumentException e) {
      Matcher matcher = ROW_AND_COLUMN.matcher(e.getMessage());
      String field = "rows[" + index + "]" + (matcher.find() ? "." + matcher.group(1) : "");
      throw ApiException.badRequest(field, e.getMessage());
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

  static String field(long index, String column) {
    return "rows[" + index + "]." + column;
  }
}
