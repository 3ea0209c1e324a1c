package dev.vigil.http;

import dev.vigil.core.registry.Registry;
import dev.vigil.http.mlflow.MlflowRegistryRoutes;
import dev.vigil.http.registry.RegistryRoutes;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcRegistryStore;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A real server with the registry route groups (Vigil's and MLflow's) on one test database of a
 * backend, and a client for it.
 */
final class RegistryServer implements AutoCloseable {

  final Backend.TestDatabase testDatabase;
  final Database database;
  final Registry registry;
  private final HttpServer server;
  final String baseUrl;
  private final RunningClient client;

  RegistryServer(Backend backend, Path dataDir, ServerSettings settings) {
    testDatabase = backend.create(dataDir);
    database = testDatabase.open();
    registry = new Registry(new JdbcRegistryStore(database), Clock.systemUTC());
    JdbcModelStore models = new JdbcModelStore(database);
    EventStores stores =
        new EventStores(
            models, UnusedStores.PREDICTIONS, UnusedStores.LABELS, UnusedStores.KSERVE_EVENTS);
    server =
        new HttpServer(
            stores,
            new MemoryMonitoring(models).sources(),
            Readiness::ok,
            new PrometheusRegistry(),
            settings,
            List.of(new RegistryRoutes(registry), new MlflowRegistryRoutes(registry)));
    baseUrl = "http://127.0.0.1:" + server.start();
    client = new RunningClient(baseUrl);
  }

  RegistryServer(Backend backend, Path dataDir) {
    this(backend, dataDir, new ServerSettings("127.0.0.1", 0, 1 << 20));
  }

  Answer send(String method, String path, String json) {
    return client.send(method, path, json, Map.of());
  }

  Answer send(String method, String path, String json, Map<String, String> headers) {
    return client.send(method, path, json, headers);
  }

  List<String> routes() {
    return server.routes();
  }

  @Override
  public void close() {
    server.stop();
    database.close();
    testDatabase.close();
  }
}
