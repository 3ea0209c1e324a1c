package dev.vigil.app.serve;

import dev.vigil.http.Readiness;
import dev.vigil.http.ReadinessCheck;
import dev.vigil.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ready when the database hands out a connection that answers within two seconds. */
final class DatabaseReadiness implements ReadinessCheck {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseReadiness.class);
  private static final int TIMEOUT_SECONDS = 2;

  private final Database database;

  DatabaseReadiness(Database database) {
    this.database = database;
  }

  @Override
  public Readiness check() {
    try (Connection connection = database.dataSource().getConnection()) {
      return connection.isValid(TIMEOUT_SECONDS)
          ? Readiness.ok()
          : Readiness.unavailable("the database does not answer");
    } catch (SQLException | RuntimeException e) {
      // The reason goes to the log only: it may name hosts or users of the database.
      LOG.warn("readiness check failed", e);
      return Readiness.unavailable("the database does not answer");
    }
  }
}
