package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.store.Database;
import dev.vigil.store.JdbcLabelStore;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcPendingEventStore;
import dev.vigil.store.JdbcPredictionStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A real server on a test database ({@link Backend}) with the model {@code churn} of {@link
 * ModelRoutesTest#CHURN} registered, a fixed clock, and the stores for checking what was kept.
 */
final class IngestFixture implements AutoCloseable {

  static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  static final String PREDICTIONS = "/api/v1/models/churn/predictions";
  static final String FEEDBACK = "/api/v1/models/churn/feedback";

  private final Backend.TestDatabase testDatabase;
  final Database database;
  final JdbcPredictionStore predictions;
  final JdbcLabelStore labels;
  final RunningServer server;

  IngestFixture(Backend backend, Path dataDir, ServerSettings settings) {
    testDatabase = backend.create(dataDir);
    database = testDatabase.open();
    predictions = new JdbcPredictionStore(database);
    labels = new JdbcLabelStore(database);
    server =
        new RunningServer(
            new EventStores(
                new JdbcModelStore(database),
                predictions,
                labels,
                new JdbcPendingEventStore(database)),
            Readiness::ok,
            settings,
            Clock.fixed(NOW, ZoneOffset.UTC));
    Answer created = server.postJson("/api/v1/models", ModelRoutesTest.CHURN);
    assertEquals(201, created.status(), created.body());
  }

  IngestFixture(Backend backend, Path dataDir) {
    this(backend, dataDir, new ServerSettings("127.0.0.1", 0, 1 << 20));
  }

  long storedPredictions() {
    return predictions.countByModel("churn");
  }

  /** One prediction record as JSON, with the given id field text (e.g. {@code "id":"p-1",}). */
  static String prediction(String idField, double score) {
    return "{"
        + idField
        + "\"timestamp\":\"2026-11-01T10:00:00Z\",\"features\":{\"Age\":42,"
        + "\"Geography\":\"France\",\"IsActive\":true},\"score\":"
        + score
        + ",\"model_version\":\"3\"}";
  }

  @Override
  public void close() {
    server.close();
    database.close();
    testDatabase.close();
  }
}
