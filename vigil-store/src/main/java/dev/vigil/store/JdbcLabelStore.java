package dev.vigil.store;

import dev.vigil.core.event.LabelAppendResult;
import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.LabelStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The {@link LabelStore} on a {@link Database}, the same SQL on SQLite and PostgreSQL. A batch is
 * one transaction: batched {@code INSERT ... ON CONFLICT DO NOTHING} into {@code label}, whose
 * primary key keeps the first label of a prediction; each row skipped is then compared, in the same
 * transaction, with the stored label: the same value is a duplicate, another is a conflict, copied
 * into {@code label_conflict}.
 */
public final class JdbcLabelStore implements LabelStore {

  private static final String COLUMNS = "model_name, prediction_id, label, label_time_us";
  private static final String INSERT =
      "INSERT INTO label ("
          + COLUMNS
          + ") VALUES (?, ?, ?, ?) ON CONFLICT (model_name, prediction_id) DO NOTHING";
  private static final String INSERT_CONFLICT =
      "INSERT INTO label_conflict (" + COLUMNS + ") VALUES (?, ?, ?, ?)";
  private static final String SELECT_LABEL =
      "SELECT " + COLUMNS + " FROM label WHERE model_name = ? AND prediction_id = ?";

  /** Key order, for the reason of {@link JdbcPredictionStore#KEY_ORDER}. */
  private static final Comparator<LabelRecord> KEY_ORDER =
      Comparator.comparing(LabelRecord::modelName).thenComparing(LabelRecord::predictionId);

  private final Database database;

  public JdbcLabelStore(Database database) {
    this.database = database;
  }

  @Override
  public LabelAppendResult appendAll(List<LabelRecord> records) {
    if (records.isEmpty()) {
      return new LabelAppendResult(0, 0, 0);
    }
    List<LabelRecord> ordered = records.stream().sorted(KEY_ORDER).toList();
    return Transaction.run(database, "cannot append labels", c -> append(c, ordered));
  }

  private static LabelAppendResult append(Connection connection, List<LabelRecord> records)
      throws SQLException {
    int[] counts = batch(connection, INSERT, records);
    int inserted = RowCounts.inserted(counts);
    List<LabelRecord> conflicting = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        LabelRecord label = records.get(i);
        LabelRecord first =
            select(connection, SELECT_LABEL, label.modelName(), label.predictionId()).get(0);
        if (first.label() != label.label()) {
          conflicting.add(label);
        }
      }
    }
    if (!conflicting.isEmpty()) {
      batch(connection, INSERT_CONFLICT, conflicting);
    }
    int duplicates = records.size() - inserted - conflicting.size();
    return new LabelAppendResult(inserted, duplicates, conflicting.size());
  }

  private static int[] batch(Connection connection, String sql, List<LabelRecord> records)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (LabelRecord r : records) {
        insert.setString(1, r.modelName());
        insert.setString(2, r.predictionId());
        insert.setInt(3, r.label());
        insert.setLong(4, EpochMicros.of(r.labelTime()));
        insert.addBatch();
      }
      return insert.executeBatch();
    }
  }

  @Override
  public Optional<LabelRecord> find(String modelName, String predictionId) {
    return read(SELECT_LABEL, modelName, predictionId).stream().findFirst();
  }

  @Override
  public List<LabelRecord> conflicts(String modelName, String predictionId) {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM label_conflict WHERE model_name = ? AND prediction_id = ? ORDER BY id";
    return read(sql, modelName, predictionId);
  }

  private List<LabelRecord> read(String sql, String modelName, String predictionId) {
    try (Connection connection = database.dataSource().getConnection()) {
      return select(connection, sql, modelName, predictionId);
    } catch (SQLException e) {
      throw new StoreException("cannot read the labels of '" + predictionId + "'", e);
    }
  }

  private static List<LabelRecord> select(
      Connection connection, String sql, String modelName, String predictionId)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, modelName);
      select.setString(2, predictionId);
      List<LabelRecord> labels = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          labels.add(
              new LabelRecord(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getInt(3),
                  EpochMicros.toInstant(rows.getLong(4))));
        }
      }
      return labels;
    }
  }
}
