package dev.vigil.core.window;

import dev.vigil.core.model.MonitoredModel;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a model's {@link ReferenceSummary} from reference rows (e.g. an uploaded CSV or NDJSON
 * file), recording each feature by the same rules as the windows, so reference and windows compare
 * like with like. Not thread-safe: one upload, one builder.
 */
public final class ReferenceBuilder {

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
    throw new UnsupportedOperationException("issue 4: reference upload");
  }

  /**
   * Adds one row: values are a String, a finite Double, a Boolean or null; columns outside the
   * schema (other than the score and target) are ignored.
   *
   * @param rowIndex the row's index (0-based) for error messages
   * @throws IllegalArgumentException naming the row and column when the score is not a number in
   *     [0, 1] or the target is not one of the model's label values; the row is then not added
   */
  public void add(Map<String, Object> row, long rowIndex) {
    throw new UnsupportedOperationException("issue 4: reference upload");
  }

  /** The reference of the rows added so far. */
  public ReferenceSummary build() {
    throw new UnsupportedOperationException("issue 4: reference upload");
  }
}
