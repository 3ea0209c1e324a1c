package dev.vigil.store;

import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresAlertStoreTest extends NotificationQueueContract {

  @RegisterExtension static final ScratchPostgres DATABASE = new ScratchPostgres();

  @Override
  protected String databaseUrl() {
    return DATABASE.url();
  }
}
