package dev.vigil.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteAlertStoreTest extends NotificationQueueContract {

  @TempDir static Path dataDir;

  @Override
  protected String databaseUrl() {
    return Database.sqliteUrl(dataDir);
  }
}
