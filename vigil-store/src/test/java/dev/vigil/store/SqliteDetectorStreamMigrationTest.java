package dev.vigil.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteDetectorStreamMigrationTest extends DetectorStreamMigrationContract {

  @TempDir Path dir;

  @Override
  protected String freshDatabaseUrl() {
    return Database.sqliteUrl(dir);
  }

  @Override
  protected Dialect dialect() {
    return Dialect.SQLITE;
  }
}
