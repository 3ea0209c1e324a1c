package dev.vigil.store;

import dev.vigil.core.event.AppendResult;
import dev.vigil.core.event.EventBatch;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.event.PredictionStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The {@link PredictionStore} on a {@link Database}, the same SQL on SQLite and PostgreSQL. A batch
 * is appended through the database's {@link JdbcEventLog} (one transaction, every row numbered):
 * {@code INSERT ... ON CONFLICT DO NOTHING}, so the key (model, prediction id) absorbs resends.
 */
public final class JdbcPredictionStore implements PredictionStore {

  private final Database database;
  private final JdbcEventLog log;

  public JdbcPredictionStore(Database database) {
    this(database, new JdbcEventLog(database));
  }

  /** A store that appends through {@code log}, e.g. one that tells a listener of each commit. */
  public JdbcPredictionStore(Database database, JdbcEventLog log) {
    this.database = database;
    this.log = log;
  }

  @Override
  public AppendResult appendAll(List<PredictionRecord> records) {
    if (records.isEmpty()) {
      return new AppendResult(0, 0);
    }
    List<EventBatch> batch = List.of(new EventBatch.Predictions(records));
    return log.append(batch).outcomes().get(0).asAppendResult();
  }

  @Override
  public Optional<PredictionRecord> find(String modelName, String predictionId) {
    String sql =
        "SELECT "
            + PredictionRows.COLUMNS
            + " FROM prediction WHERE model_name = ? AND prediction_id = ?";
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, modelName);
      select.setString(2, predictionId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(PredictionRows.read(row, 1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read prediction '" + predictionId + "'", e);
    }
  }

  @Override
  public long countByModel(String modelName) {
    String sql = "SELECT count(*) FROM prediction WHERE model_name = ?";
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, modelName);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count the predictions of '" + modelName + "'", e);
    }
  }
}
