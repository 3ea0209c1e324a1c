package dev.vigil.app.serve;

import dev.vigil.app.alerting.ConfigAlertRules;
import dev.vigil.core.alert.ModelsWithDefaultRules;
import dev.vigil.core.alert.QuerySignalSource;
import dev.vigil.core.detector.LiveDetectors;
import dev.vigil.core.ingest.IngestPipeline;
import dev.vigil.core.kserve.PendingExpiry;
import dev.vigil.core.model.ModelStore;
import dev.vigil.core.query.MonitoringQueries;
import dev.vigil.core.serving.ServingStats;
import dev.vigil.core.window.WindowAggregator;
import dev.vigil.http.CommittedEventMetrics;
import dev.vigil.http.DataDirMetrics;
import dev.vigil.http.DetectorRoutes;
import dev.vigil.http.EventStores;
import dev.vigil.http.HttpServer;
import dev.vigil.http.KServeExpiryMetrics;
import dev.vigil.http.MonitoringSources;
import dev.vigil.http.RetentionMetrics;
import dev.vigil.http.RouteGroup;
import dev.vigil.http.ServingSignalRoutes;
import dev.vigil.http.alerting.AlertRoutes;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcAlertStore;
import dev.vigil.store.JdbcEventLog;
import dev.vigil.store.JdbcEventReader;
import dev.vigil.store.JdbcLabelStore;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcPendingEventStore;
import dev.vigil.store.JdbcPredictionStore;
import dev.vigil.store.JdbcReferenceStore;
import dev.vigil.store.JdbcWindowStore;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The running {@code vigil serve}, wired with {@code new}: the database; the ingestion pipeline
 * (the one writer of predictions and labels, and the windows' source); the HTTP server with the
 * serving, registry, tracking and MLflow routes (see {@link ModelRoutesAssembly}); the expiry of
 * KServe halves; the retention of raw records when configured. Start-up replays into the windows
 * what the last run left unflushed before the port is bound. Closing stops the expiry, the
 * retention and the HTTP server (no new work), then the pipeline (commits what is queued, flushes
 * the windows), then closes the database.
 */
public final class MonitoringServer implements AutoCloseable {

  private final Database database;
  private final IngestPipeline pipeline;
  private final HttpServer http;
  private final PendingExpiryTask kserveExpiry;
  private final Optional<RetentionTask> retention;
  private final RegistryServedModels servedModels;
  private final AlertingTasks alerting;
  private final int port;

  private MonitoringServer(
      Database database,
      IngestPipeline pipeline,
      HttpServer http,
      PendingExpiryTask kserveExpiry,
      Optional<RetentionTask> retention,
      RegistryServedModels servedModels,
      AlertingTasks alerting,
      int port) {
    this.database = database;
    this.pipeline = pipeline;
    this.http = http;
    this.kserveExpiry = kserveExpiry;
    this.retention = retention;
    this.servedModels = servedModels;
    this.alerting = alerting;
    this.port = port;
  }

  /** Opens (and migrates) the database, recovers the windows, then binds the HTTP server. */
  public static MonitoringServer start(ServeSettings settings) {
    Database database = Database.open(settings.jdbcUrl());
    IngestPipeline pipeline = null;
    RegistryServedModels servedModels = null;
    AlertingTasks alerting = null;
    try {
      Clock clock = Clock.systemUTC();
      PrometheusRegistry registry = new PrometheusRegistry();
      JdbcAlertStore alerts = new JdbcAlertStore(database);
      ModelStore models = new ModelsWithDefaultRules(new JdbcModelStore(database), alerts);
      RegisteredModels registered = new RegisteredModels(models);
      LiveDetectors detectors = new LiveDetectors(registered, settings.detectors());
      pipeline =
          new IngestPipeline(
              new JdbcEventLog(database),
              new WindowAggregator(registered),
              new JdbcWindowStore(database),
              new JdbcPredictionStore(database),
              new JdbcLabelStore(database),
              new CommittedEventMetrics(registry, registered),
              settings.ingest(),
              detectors);
      // The KServe join commits in its own transaction; its log tells the pipeline of each commit.
      JdbcPendingEventStore kserveEvents =
          new JdbcPendingEventStore(
              database, new JdbcEventLog(database, pipeline.otherWriters()), clock);
      pipeline.start();
      servedModels = ModelRoutesAssembly.servedModels(database, clock);
      ServingStats servingStats = new ServingStats(clock);
      List<RouteGroup> routes =
          new ArrayList<>(
              ModelRoutesAssembly.routes(
                  database,
                  pipeline,
                  registered,
                  servedModels,
                  registry,
                  settings,
                  servingStats,
                  clock));
      routes.add(new ServingSignalRoutes(models::find, servingStats));
      routes.add(new AlertRoutes(models, alerts, clock));
      routes.add(new DetectorRoutes(models, detectors));
      HttpServer http =
          new HttpServer(
              new EventStores(models, pipeline.predictions(), pipeline.labels(), kserveEvents),
              new MonitoringSources(
                  pipeline, new JdbcReferenceStore(database), new JdbcEventReader(database)),
              new DatabaseReadiness(database),
              registry,
              settings.server(),
              routes);
      DataDirMetrics.register(registry, settings.dataDir());
      int port = http.start();
      alerting =
          AlertingTasks.start(
              settings.alerting(),
              models,
              alerts,
              new QuerySignalSource(
                  new MonitoringQueries(models, pipeline, new JdbcReferenceStore(database), clock),
                  detectors,
                  servingStats),
              registry,
              clock);
      pipeline.afterEachFlush(alerting::evaluateSoon);
      ConfigAlertRules.apply(settings.alerting().configRules(), models, alerts);
      PendingExpiryTask kserveExpiry =
          PendingExpiryTask.start(
              new PendingExpiry(kserveEvents, settings.kservePendingTtl(), clock),
              new KServeExpiryMetrics(registry)::expired);
      Optional<RetentionTask> retention =
          startRetention(settings, database, pipeline, new RetentionMetrics(registry), clock);
      return new MonitoringServer(
          database, pipeline, http, kserveExpiry, retention, servedModels, alerting, port);
    } catch (RuntimeException e) {
      try {
        if (alerting != null) {
          alerting.close();
        }
        if (pipeline != null) {
          pipeline.close();
        }
        if (servedModels != null) {
          servedModels.close();
        }
      } catch (RuntimeException closing) {
        e.addSuppressed(closing);
      } finally {
        database.close();
      }
      throw e;
    }
  }

  /** Without a retention setting (0), raw records are kept for ever and no task runs. */
  private static Optional<RetentionTask> startRetention(
      ServeSettings settings,
      Database database,
      IngestPipeline pipeline,
      RetentionMetrics metrics,
      Clock clock) {
    if (!settings.deletesOldRecords()) {
      return Optional.empty();
    }
    return Optional.of(
        RetentionTask.start(
            new RetentionTask.Run(
                settings.retention(),
                pipeline::flush,
                new JdbcWindowStore(database)::watermark,
                new JdbcEventLog(database),
                clock,
                metrics::deleted)));
  }

  /** The port bound, which differs from the settings' when they asked for 0 (any free port). */
  public int port() {
    return port;
  }

  @Override
  public void close() {
    try {
      try {
        alerting.close();
        kserveExpiry.close();
        retention.ifPresent(RetentionTask::close);
        http.stop();
      } finally {
        // Answers the requests already queued and flushes the windows a last time.
        try {
          pipeline.close();
        } finally {
          servedModels.close();
        }
      }
    } finally {
      database.close();
    }
  }
}
