package dev.vigil.app.serve;

import dev.vigil.core.kserve.PendingExpiry;
import dev.vigil.http.DataDirMetrics;
import dev.vigil.http.EventStores;
import dev.vigil.http.HttpServer;
import dev.vigil.http.KServeExpiryMetrics;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcLabelStore;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcPendingEventStore;
import dev.vigil.store.JdbcPredictionStore;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;

/**
 * The running {@code vigil serve}: the database, the HTTP server on it and the expiry of KServe
 * halves, wired with {@code new}. Closing stops the expiry and the HTTP server first (no work then
 * reaches a closed database), then the database.
 */
public final class MonitoringServer implements AutoCloseable {

  private final Database database;
  private final HttpServer http;
  private final PendingExpiryTask kserveExpiry;
  private final int port;

  private MonitoringServer(
      Database database, HttpServer http, PendingExpiryTask kserveExpiry, int port) {
    this.database = database;
    this.http = http;
    this.kserveExpiry = kserveExpiry;
    this.port = port;
  }

  /** Opens (and migrates) the database, then binds the HTTP server. */
  public static MonitoringServer start(ServeSettings settings) {
    Database database = Database.open(settings.jdbcUrl());
    try {
      Clock clock = Clock.systemUTC();
      PrometheusRegistry registry = new PrometheusRegistry();
      JdbcPendingEventStore kserveEvents = new JdbcPendingEventStore(database, clock);
      HttpServer http =
          new HttpServer(
              new EventStores(
                  new JdbcModelStore(database),
                  new JdbcPredictionStore(database),
                  new JdbcLabelStore(database),
                  kserveEvents),
              new DatabaseReadiness(database),
              registry,
              settings.server());
      DataDirMetrics.register(registry, settings.dataDir());
      int port = http.start();
      PendingExpiryTask kserveExpiry =
          PendingExpiryTask.start(
              new PendingExpiry(kserveEvents, settings.kservePendingTtl(), clock),
              new KServeExpiryMetrics(registry)::expired);
      return new MonitoringServer(database, http, kserveExpiry, port);
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
      kserveExpiry.close();
      http.stop();
    } finally {
      database.close();
    }
  }
}
