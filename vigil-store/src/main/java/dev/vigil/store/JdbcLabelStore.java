package dev.vigil.store;

import dev.vigil.core.event.EventBatch;
import dev.vigil.core.event.LabelAppendResult;
import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.LabelStore;
import dev.vigil.core.event.UnmatchedLabels;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@link LabelStore} on a {@link Database}, the same SQL on SQLite and PostgreSQL. A batch is
 * appended through the database's {@link JdbcEventLog} (one transaction, every row numbered): the
 * key of {@code label} keeps the first label of a prediction; a later one is compared with it, the
 * same value is a duplicate, another is a conflict, copied into {@code label_conflict}.
 */
public final class JdbcLabelStore implements LabelStore {

  /** The most examples {@link #unmatched} returns. */
  public static final int MAX_UNMATCHED_EXAMPLES = 1000;

  private final Database database;
  private final JdbcEventLog log;

  public JdbcLabelStore(Database database) {
    this(database, new JdbcEventLog(database));
  }

  /** A store that appends through {@code log}, e.g. one that tells a listener of each commit. */
  public JdbcLabelStore(Database database, JdbcEventLog log) {
    this.database = database;
    this.log = log;
  }

  @Override
  public LabelAppendResult appendAll(List<LabelRecord> records) {
    if (records.isEmpty()) {
      return new LabelAppendResult(0, 0, 0);
    }
    List<EventBatch> batch = List.of(new EventBatch.Labels(records));
    return log.append(batch).outcomes().get(0).asLabelAppendResult();
  }

  @Override
  public Optional<LabelRecord> find(String modelName, String predictionId) {
    String sql =
        "SELECT " + LabelRows.COLUMNS + " FROM label WHERE model_name = ? AND prediction_id = ?";
    return read(sql, modelName, predictionId).stream().findFirst();
  }

  @Override
  public List<LabelRecord> conflicts(String modelName, String predictionId) {
    String sql =
        "SELECT "
            + LabelRows.COLUMNS
            + " FROM label_conflict WHERE model_name = ? AND prediction_id = ? ORDER BY id";
    return read(sql, modelName, predictionId);
  }

  @Override
  public UnmatchedLabels unmatched(String modelName, int limit) {
    if (limit < 0 || limit > MAX_UNMATCHED_EXAMPLES) {
      throw new IllegalArgumentException(
          "limit: must be in [0, " + MAX_UNMATCHED_EXAMPLES + "], was " + limit);
    }
    try (Connection connection = database.dataSource().getConnection()) {
      return UnmatchedLabelRows.read(connection, modelName, limit);
    } catch (SQLException e) {
      throw new StoreException("cannot read the unmatched labels of '" + modelName + "'", e);
    }
  }

  private List<LabelRecord> read(String sql, String modelName, String predictionId) {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, modelName);
      select.setString(2, predictionId);
      List<LabelRecord> labels = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          labels.add(LabelRows.read(rows, 1));
        }
      }
      return labels;
    } catch (SQLException e) {
      throw new StoreException("cannot read the labels of '" + predictionId + "'", e);
    }
  }
}
