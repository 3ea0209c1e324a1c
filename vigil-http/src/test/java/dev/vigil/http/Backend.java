package dev.vigil.http;

import dev.vigil.store.Database;
import dev.vigil.store.TestPostgres;
import java.nio.file.Path;

/**
 * The database a functional test runs on. The test classes that exercise storage run once per value
 * ({@code @ParameterizedClass} with {@code @EnumSource(Backend.class)}; Surefire names the runs
 * {@code [1]} for SQLite and {@code [2]} for PostgreSQL), each test on a database of its own:
 * SQLite in the test's data directory, or a fresh database on vigil-store's test PostgreSQL server
 * (started once per test JVM, see docs/STORAGE.md). Tests whose subject is not storage (tokens,
 * health, OpenAPI, validation of model bodies and query parameters) stay on SQLite alone.
 */
enum Backend {
  SQLITE,
  POSTGRESQL;

  /**
   * A new database holding no data, for one test; {@code dataDir} is where SQLite keeps its file.
   */
  TestDatabase create(Path dataDir) {
    if (this == SQLITE) {
      // The test's @TempDir deletes the file.
      return new TestDatabase(Database.sqliteUrl(dataDir), () -> {});
    }
    TestPostgres.Scratch scratch = TestPostgres.freshMigratedDatabase();
    return new TestDatabase(scratch.url(), scratch::close);
  }

  /** One test's database: {@link #open} opens it (again, after a restart); closing drops it. */
  record TestDatabase(String url, Runnable drop) implements AutoCloseable {

    Database open() {
      return Database.open(url);
    }

    @Override
    public void close() {
      drop.run();
    }
  }
}
