package dev.vigil.http;

import static dev.vigil.http.ErrorAnswers.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.store.Database;
import dev.vigil.store.JdbcModelStore;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server built without {@link MonitoringSources} answers 503 on the routes that need them. */
class NotWiredTest {

  @TempDir Path dataDir;

  @Test
  void monitoringRoutesAnswer503() throws Exception {
    try (Database database = Database.openDataDir(dataDir)) {
      JdbcModelStore models = new JdbcModelStore(database);
      HttpServer server =
          new HttpServer(
              new EventStores(
                  models,
                  UnusedStores.PREDICTIONS,
                  UnusedStores.LABELS,
                  UnusedStores.KSERVE_EVENTS),
              Readiness::ok,
              new PrometheusRegistry(),
              new ServerSettings("127.0.0.1", 0, 1 << 20));
      URI base = URI.create("http://127.0.0.1:" + server.start());
      try {
        HttpClient client = HttpClient.newHttpClient();
        var created =
            client.send(
                HttpRequest.newBuilder(base.resolve("/api/v1/models"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(QueryFixture.MODEL))
                    .build(),
                BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        var windows =
            client.send(
                HttpRequest.newBuilder(base.resolve("/api/v1/models/churn/windows")).build(),
                BodyHandlers.ofString());
        assertError(new Answer(windows.statusCode(), windows), 503, null);
      } finally {
        server.stop();
      }
    }
  }
}
