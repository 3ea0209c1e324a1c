package dev.vigil.http;

import dev.vigil.core.tracking.Tracking;
import dev.vigil.http.mlflow.MlflowTrackingRoutes;
import dev.vigil.http.tracking.TrackingRoutes;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcTrackingStore;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
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
  private final RunningClient client;

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
    client = new RunningClient(url);
  }

  List<String> routes() {
    return server.routes();
  }

  Answer get(String path) {
    return client.get(path);
  }

  Answer post(String path, String json) {
    return client.post(path, json);
  }

  @Override
  public void close() {
    server.stop();
    database.close();
    testDatabase.close();
  }
}
