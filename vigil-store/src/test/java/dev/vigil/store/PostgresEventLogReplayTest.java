package dev.vigil.store;

import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresEventLogReplayTest extends EventLogReplayContract {

  @RegisterExtension static final ScratchPostgres DATABASE = new ScratchPostgres();

  @Override
  protected String databaseUrl() {
    return DATABASE.url();
  }
}
