package dev.vigil.store;

import dev.vigil.core.event.AppendResult;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.event.PredictionStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The {@link PredictionStore} on a {@link Database}, the same SQL on SQLite and PostgreSQL. A batch
 * is one transaction of batched {@code INSERT ... ON CONFLICT DO NOTHING}: the primary key (model,
 * prediction id) absorbs resends, and each row's update count (1 or 0) tells inserted from
 * duplicate.
 */
public final class JdbcPredictionStore implements PredictionStore {

  private static final String COLUMNS =
      "model_name, prediction_id, model_version, event_time_us, features, score";
  private static final String INSERT =
      "INSERT INTO prediction ("
          + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (model_name, prediction_id) DO NOTHING";

  /**
   * Rows are inserted in key order so that overlapping concurrent batches on PostgreSQL take their
   * row locks in the same order and cannot deadlock; the sort is stable, so the first of two
   * records with one key in a batch is still the one kept.
   */
  static final Comparator<PredictionRecord> KEY_ORDER =
      Comparator.comparing(PredictionRecord::modelName)
          .thenComparing(PredictionRecord::predictionId);

  private final Database database;

  public JdbcPredictionStore(Database database) {
    this.database = database;
  }

  @Override
  public AppendResult appendAll(List<PredictionRecord> records) {
    if (records.isEmpty()) {
      return new AppendResult(0, 0);
    }
    List<PredictionRecord> ordered = records.stream().sorted(KEY_ORDER).toList();
    int inserted =
        Transaction.run(
            database, "cannot append predictions", c -> RowCounts.inserted(insert(c, ordered)));
    return new AppendResult(inserted, ordered.size() - inserted);
  }

  static int[] insert(Connection connection, List<PredictionRecord> records) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (PredictionRecord r : records) {
        insert.setString(1, r.modelName());
        insert.setString(2, r.predictionId());
        insert.setString(3, r.modelVersion());
        insert.setLong(4, EpochMicros.of(r.eventTime()));
        insert.setString(5, FeaturesJson.write(r.features()));
        insert.setDouble(6, r.score());
        insert.addBatch();
      }
      return insert.executeBatch();
    }
  }

  @Override
  public Optional<PredictionRecord> find(String modelName, String predictionId) {
    String sql =
        "SELECT " + COLUMNS + " FROM prediction WHERE model_name = ? AND prediction_id = ?";
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, modelName);
      select.setString(2, predictionId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new PredictionRecord(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                EpochMicros.toInstant(row.getLong(4)),
                FeaturesJson.read(row.getString(5)),
                row.getDouble(6)));
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
