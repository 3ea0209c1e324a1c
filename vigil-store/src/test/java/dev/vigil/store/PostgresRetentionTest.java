package dev.vigil.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresRetentionTest extends RetentionContract {

  private static TestPostgres.Scratch scratch;

  @BeforeAll
  static void createDatabase() {
    scratch = TestPostgres.freshDatabase();
  }

  @AfterAll
  static void dropDatabase() {
    if (scratch != null) {
      scratch.close();
    }
  }

  @Override
  protected String databaseUrl() {
    return scratch.url();
  }
}
