package dev.vigil.store;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

class PostgresDetectorStreamMigrationTest extends DetectorStreamMigrationContract {

  private static final List<TestPostgres.Scratch> SCRATCHES = new ArrayList<>();

  @Override
  protected String freshDatabaseUrl() {
    TestPostgres.Scratch scratch = TestPostgres.freshDatabase();
    SCRATCHES.add(scratch);
    return scratch.url();
  }

  @Override
  protected Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @AfterAll
  static void dropDatabases() {
    SCRATCHES.forEach(TestPostgres.Scratch::close);
  }
}
