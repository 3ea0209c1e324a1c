package dev.vigil.store;

import dev.vigil.core.window.ReferenceStore;
import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.core.window.ReferenceSummaryCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The {@link ReferenceStore} on a {@link Database}: a {@code reference_summary} row per model, the
 * summary in the bytes of {@link ReferenceSummaryCodec}. Putting a reference replaces the model's.
 */
public final class JdbcReferenceStore implements ReferenceStore {

  private final Database database;

  public JdbcReferenceStore(Database database) {
    this.database = database;
  }

  @Override
  public void put(String modelName, ReferenceSummary reference) {
    byte[] payload = ReferenceSummaryCodec.encode(reference);
    Transaction.run(
        database,
        "cannot store the reference of '" + modelName + "'",
        c -> {
          requireRegistered(c, modelName);
          String sql =
              "INSERT INTO reference_summary (model_name, uploaded_at_us, payload)"
                  + " VALUES (?, ?, ?) ON CONFLICT (model_name) DO UPDATE"
                  + " SET uploaded_at_us = excluded.uploaded_at_us, payload = excluded.payload";
          try (PreparedStatement upsert = c.prepareStatement(sql)) {
            upsert.setString(1, modelName);
            upsert.setLong(2, EpochMicros.of(reference.uploadedAt()));
            upsert.setBytes(3, payload);
            upsert.executeUpdate();
          }
          return null;
        });
  }

  private static void requireRegistered(Connection c, String modelName) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("SELECT 1 FROM monitored_model WHERE name = ?")) {
      select.setString(1, modelName);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new IllegalArgumentException("name: model '" + modelName + "' is not registered");
        }
      }
    }
  }

  @Override
  public Optional<ReferenceSummary> find(String modelName) {
    String sql = "SELECT payload FROM reference_summary WHERE model_name = ?";
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement select = c.prepareStatement(sql)) {
      select.setString(1, modelName);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        try {
          return Optional.of(ReferenceSummaryCodec.decode(row.getBytes(1)));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(
              "the stored reference of '" + modelName + "' cannot be read", e);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the reference of '" + modelName + "'", e);
    }
  }
}
