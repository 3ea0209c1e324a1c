package dev.vigil.http;

import dev.vigil.core.tracking.Tracking;
import dev.vigil.http.mlflow.MlflowTrackingRoutes;
import dev.vigil.http.tracking.TrackingRoutes;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcTrackingStore;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A real server with the tracking routes (MLflow's API and Vigil's views) on a test database of the
 * given backend, and a plain HTTP client for what MLflow's Java client does not send.
 */
final class TrackingFixture implements AutoCloseable {

  private final Backend.TestDatabase testDatabase;
  private final Database database;
  private final HttpServer server;
  final String url;
  final Tracking tracking;
  private final HttpClient client = HttpClient.newHttpClient();

  TrackingFixture(Backend backend, Path dataDir) {
    testDatabase = backend.create(dataDir);
    database = testDatabase.open();
    tracking = new Tracking(new JdbcTrackingStore(database), Clock.systemUTC());
    JdbcModelStore models = new JdbcModelStore(database);
    server =
        new HttpServer(
            new EventStores(
                models, UnusedStores.PREDICTIONS, UnusedStores.LABELS, UnusedStores.KSERVE_EVENTS),
            new MemoryMonitoring(models).sources(),
            Readiness::ok,
            new PrometheusRegistry(),
            new ServerSettings("127.0.0.1", 0, 1 << 20),
            Clock.systemUTC(),
            List.of(new MlflowTrackingRoutes(tracking), new TrackingRoutes(tracking)));
    url = "http://127.0.0.1:" + server.start();
  }

  List<String> routes() {
    return server.routes();
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(url + path)).GET());
  }

  Answer post(String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(url + path))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(json)));
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      var response = client.send(request.build(), BodyHandlers.ofString());
      return new Answer(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
    database.close();
    testDatabase.close();
  }
}
