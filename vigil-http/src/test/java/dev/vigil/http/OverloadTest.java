package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.core.event.AppendResult;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.event.PredictionStore;
import dev.vigil.core.ingest.IngestOverloadedException;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcModelStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full ingestion queue answers 503 with Retry-After: nothing was stored, resend later. */
class OverloadTest {

  @TempDir Path dir;

  /** The ingestion pipeline when its queue stayed full. */
  private static final class FullQueue implements PredictionStore {
    @Override
    public AppendResult appendAll(List<PredictionRecord> records) {
      throw new IngestOverloadedException(100_000, 100_000, Duration.ofSeconds(10));
    }

    @Override
    public Optional<PredictionRecord> find(String modelName, String predictionId) {
      return Optional.empty();
    }

    @Override
    public long countByModel(String modelName) {
      return 0;
    }
  }

  @Test
  void aFullIngestionQueueIsServiceUnavailable() {
    try (Database database = Database.openDataDir(dir);
        RunningServer server =
            new RunningServer(
                new EventStores(
                    new JdbcModelStore(database),
                    new FullQueue(),
                    UnusedStores.LABELS,
                    UnusedStores.KSERVE_EVENTS),
                Readiness::ok,
                new ServerSettings("127.0.0.1", 0, 1 << 20),
                Clock.systemUTC())) {
      assertEquals(201, server.postJson("/api/v1/models", ModelRoutesTest.CHURN).status());

      Answer answer =
          server.postJson(
              IngestFixture.PREDICTIONS,
              "{\"records\":[" + IngestFixture.prediction("\"id\":\"p-1\",", 0.5) + "]}");

      ErrorAnswers.assertError(answer, 503, null);
      assertEquals("1", answer.header("Retry-After"));
    }
  }
}
