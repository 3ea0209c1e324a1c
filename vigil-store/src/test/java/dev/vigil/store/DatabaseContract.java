package dev.vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Opening and migrating a database, the same on every dialect; run by the subclasses. */
abstract class DatabaseContract {

  /** The version of this build's newest migration. */
  static final String NEWEST = "10";

  /** How many migrations this build has (numbers may be skipped). */
  static final int MIGRATIONS = 10;

  /** A database no other test has touched. */
  protected abstract String freshDatabaseUrl();

  protected abstract Dialect dialect();

  @Test
  void aFreshDatabaseIsMigratedToTheNewestSchema() throws SQLException {
    try (Database db = Database.open(freshDatabaseUrl())) {
      assertEquals(dialect(), db.dialect());
      assertEquals(NEWEST, db.schemaVersion());
      assertEquals(0, count(db, "SELECT count(*) FROM monitored_model"));
      assertEquals(MIGRATIONS, successfulMigrations(db));
    }
  }

  @Test
  void reopeningAppliesNothingTwice() throws SQLException {
    String url = freshDatabaseUrl();
    Database.open(url).close();
    try (Database db = Database.open(url)) {
      assertEquals(NEWEST, db.schemaVersion());
      assertEquals(MIGRATIONS, successfulMigrations(db));
    }
  }

  @Test
  void aSchemaFromANewerVigilIsRefused() {
    String url = freshDatabaseUrl();
    String future = "classpath:db/future/" + dialect().name().toLowerCase(java.util.Locale.ROOT);
    try (Database newer = Database.open(url, List.of(dialect().migrationLocation(), future))) {
      assertEquals("999", newer.schemaVersion());
    }
    SchemaTooNewException refused =
        assertThrows(SchemaTooNewException.class, () -> Database.open(url));
    assertEquals(
        "database schema version 999 is newer than this Vigil, which knows up to "
            + NEWEST
            + ": upgrade Vigil",
        refused.getMessage());
  }

  private static int successfulMigrations(Database db) throws SQLException {
    return count(db, "SELECT count(*) FROM flyway_schema_history WHERE success");
  }

  static int count(Database db, String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    }
  }
}
