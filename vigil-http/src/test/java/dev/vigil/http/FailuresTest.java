package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.core.model.ModelStore;
import dev.vigil.core.model.MonitoredModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An unexpected failure answers 500 with a generic message; the details stay in the log. */
class FailuresTest {

  private static final String SECRET = "jdbc:postgresql://db/vigil?password=hunter2";

  /** A store whose database is gone. */
  private static final class BrokenStore implements ModelStore {
    @Override
    public void create(MonitoredModel model) {
      throw new IllegalStateException("cannot reach " + SECRET);
    }

    @Override
    public Optional<MonitoredModel> find(String name) {
      throw new IllegalStateException("cannot reach " + SECRET);
    }

    @Override
    public List<MonitoredModel> list() {
      throw new IllegalStateException("cannot reach " + SECRET);
    }
  }

  @Test
  void aStoreFailureIsAnInternalErrorWithoutDetails() {
    try (RunningServer server = new RunningServer(new BrokenStore(), Readiness::ok, 4096)) {
      for (Answer answer :
          List.of(
              server.get("/api/v1/models"),
              server.get("/api/v1/models/churn"),
              server.postJson("/api/v1/models", ModelRoutesTest.CHURN))) {
        JsonNode body = ErrorAnswers.assertError(answer, 500, null);
        assertFalse(answer.body().contains("hunter2"), answer.body());
        assertFalse(body.get("error").asText().contains("reach"), answer.body());
      }
    }
  }
}
