package dev.vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqliteDatabaseTest extends DatabaseContract {

  @TempDir Path dir;
  private final AtomicInteger databases = new AtomicInteger();

  @Override
  protected String freshDatabaseUrl() {
    return Database.sqliteUrl(dir.resolve("db" + databases.incrementAndGet()));
  }

  @Override
  protected Dialect dialect() {
    return Dialect.SQLITE;
  }

  @Test
  void theDataDirectoryIsCreatedWithTheDatabaseInIt() {
    Path dataDir = dir.resolve("nested/vigil-data");
    try (Database db = Database.openDataDir(dataDir)) {
      assertEquals(NEWEST, db.schemaVersion());
    }
    assertTrue(Files.isRegularFile(dataDir.resolve("vigil.db")));
  }

  @Test
  void everyPooledConnectionIsDurableAndChecksForeignKeys() throws SQLException {
    try (Database db = Database.open(freshDatabaseUrl());
        Connection first = db.dataSource().getConnection();
        Connection second = db.dataSource().getConnection()) {
      for (Connection c : new Connection[] {first, second}) {
        assertEquals("wal", pragma(c, "journal_mode"));
        assertEquals("2", pragma(c, "synchronous")); // 2 = FULL
        assertEquals("1", pragma(c, "foreign_keys"));
        assertEquals("10000", pragma(c, "busy_timeout"));
      }
    }
  }

  private static String pragma(Connection c, String name) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA " + name)) {
      r.next();
      return r.getString(1);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jdbc:mysql://localhost/vigil",
        "postgresql://localhost/vigil",
        "jdbc:sqlite:",
        "vigil.db",
        ""
      })
  void anUnsupportedUrlIsNamedInTheError(String url) {
    var e = assertThrows(IllegalArgumentException.class, () -> Database.open(url));
    assertEquals(
        "database url '"
            + url
            + "' is not supported: use jdbc:sqlite:<file> or jdbc:postgresql://host/db",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jdbc:sqlite::memory:", "jdbc:sqlite:file:x?mode=memory"})
  void anInMemorySqliteIsRefusedBecauseItIsNotDurable(String url) {
    var e = assertThrows(IllegalArgumentException.class, () -> Database.open(url));
    assertTrue(e.getMessage().contains(url), e.getMessage());
  }

  @Test
  void aNullUrlIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Database.open(null));
  }
}
