package dev.vigil.store;

import dev.vigil.core.model.ModelAlreadyExistsException;
import dev.vigil.core.model.ModelStore;
import dev.vigil.core.model.MonitoredModel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The {@link ModelStore} on a {@link Database}, the same SQL on SQLite and PostgreSQL. The
 * definition is one JSON column ({@link ModelDefinitionJson}): it is always read whole, never
 * queried by part, and a new field needs no migration. Name uniqueness is the database's UNIQUE
 * constraint, so concurrent creates of one name from any number of servers leave exactly one.
 */
public final class JdbcModelStore implements ModelStore {

  private static final String COLUMNS = "name, definition, created_at_us";

  private final Database database;

  public JdbcModelStore(Database database) {
    this.database = database;
  }

  @Override
  public void create(MonitoredModel model) {
    String sql = "INSERT INTO monitored_model (" + COLUMNS + ") VALUES (?, ?, ?)";
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, model.name());
      insert.setString(2, ModelDefinitionJson.write(model));
      insert.setLong(3, ChronoUnit.MICROS.between(Instant.EPOCH, model.createdAt()));
      insert.executeUpdate();
    } catch (SQLException e) {
      if (isUniqueViolation(e)) {
        throw new ModelAlreadyExistsException(model.name());
      }
      throw new StoreException("cannot create model '" + model.name() + "'", e);
    }
  }

  @Override
  public Optional<MonitoredModel> find(String name) {
    List<MonitoredModel> found =
        query("SELECT " + COLUMNS + " FROM monitored_model WHERE name = ?", name);
    return found.stream().findFirst();
  }

  @Override
  public List<MonitoredModel> list() {
    return query("SELECT " + COLUMNS + " FROM monitored_model ORDER BY name", null);
  }

  private List<MonitoredModel> query(String sql, String name) {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      if (name != null) {
        select.setString(1, name);
      }
      List<MonitoredModel> models = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          Instant createdAt = Instant.EPOCH.plus(rows.getLong(3), ChronoUnit.MICROS);
          models.add(ModelDefinitionJson.read(rows.getString(1), createdAt, rows.getString(2)));
        }
      }
      return models;
    } catch (SQLException e) {
      throw new StoreException("cannot read monitored models", e);
    }
  }

  private static boolean isUniqueViolation(SQLException e) {
    if (e instanceof SQLiteException sqlite) {
      return sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE;
    }
    return "23505".equals(e.getSQLState()); // PostgreSQL's unique_violation
  }
}
