package dev.vigil.app.serve;

import dev.vigil.http.EventStores;
import dev.vigil.http.HttpServer;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcLabelStore;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcPendingEventStore;
import dev.vigil.store.JdbcPredictionStore;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The running {@code vigil serve}: the database and the HTTP server on it, wired with {@code new}.
 * Closing stops the HTTP server first (no request then reaches a closed database), then the
 * database.
 */
public final class MonitoringServer implements AutoCloseable {

  private final Database database;
  private final HttpServer http;
  private final int port;

  private MonitoringServer(Database database, HttpServer http, int port) {
    this.database = database;
    this.http = http;
    this.port = port;
  }

  /** Opens (and migrates) the database, then binds the HTTP server. */
  public static MonitoringServer start(ServeSettings settings) {
    Database database = Database.open(settings.jdbcUrl());
    try {
      HttpServer http =
          new HttpServer(
              new EventStores(
                  new JdbcModelStore(database),
                  new JdbcPredictionStore(database),
                  new JdbcLabelStore(database),
                  new JdbcPendingEventStore(database)),
              new DatabaseReadiness(database),
              new PrometheusRegistry(),
              settings.server());
      return new MonitoringServer(database, http, http.start());
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** The port bound, which differs from the settings' when they asked for 0 (any free port). */
  public int port() {
    return port;
  }

  @Override
  public void close() {
    try {
      http.stop();
    } finally {
      database.close();
    }
  }
}
