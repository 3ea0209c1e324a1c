package dev.vigil.app.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.app.serve.RegistryServedModels.LoadedVersion;
import dev.vigil.app.serve.RegistryServedModels.VersionRef;
import dev.vigil.core.ingest.IngestPipeline;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.Registry;
import dev.vigil.core.registry.RegistryNotFoundException;
import dev.vigil.core.serving.QueuedPredictions;
import dev.vigil.core.serving.ServedModel;
import dev.vigil.core.serving.ServingStats;
import dev.vigil.core.tracking.Tracking;
import dev.vigil.dashboard.DashboardRoutes;
import dev.vigil.http.RouteGroup;
import dev.vigil.http.mlflow.MlflowRegistryRoutes;
import dev.vigil.http.mlflow.MlflowTrackingRoutes;
import dev.vigil.http.registry.RegistryRoutes;
import dev.vigil.http.serving.ServingMetrics;
import dev.vigil.http.serving.ServingRoutes;
import dev.vigil.http.tracking.TrackingRoutes;
import dev.vigil.models.LoadedModel;
import dev.vigil.models.ModelBundle;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcRegistryStore;
import dev.vigil.store.JdbcTrackingStore;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The model side of {@code vigil serve}, built with {@code new}: the registry and tracking over the
 * database, their routes and MLflow's, and serving, which loads the registry's current versions
 * from their bundles and queues every prediction into the monitoring pipeline.
 */
final class ModelRoutesAssembly {

  /** How long a model found unmonitored is believed before the store is asked again. */
  private static final Duration MONITORED_RECHECK = Duration.ofSeconds(5);

  private ModelRoutesAssembly() {}

  static RegistryServedModels servedModels(Database database, Clock clock) {
    Registry registry = new Registry(new JdbcRegistryStore(database), clock);
    return new RegistryServedModels(
        new RegistryVersions(registry), ModelRoutesAssembly::load, clock);
  }

  static List<RouteGroup> routes(
      Database database,
      IngestPipeline pipeline,
      Function<String, Optional<MonitoredModel>> monitored,
      RegistryServedModels served,
      PrometheusRegistry metrics,
      ServeSettings settings,
      ServingStats stats,
      Clock clock) {
    Registry registry = new Registry(new JdbcRegistryStore(database), clock);
    Tracking tracking = new Tracking(new JdbcTrackingStore(database), clock);
    ServingMetrics serving = new ServingMetrics(metrics);
    QueuedPredictions predictions =
        new QueuedPredictions(pipeline, monitored, serving, clock, MONITORED_RECHECK);
    return List.of(
        new ServingRoutes(
            served,
            predictions,
            new DatabaseReadiness(database),
            serving,
            stats,
            settings.serving(),
            new ObjectMapper(),
            clock),
        new RegistryRoutes(registry),
        new MlflowRegistryRoutes(registry),
        new TrackingRoutes(tracking),
        new MlflowTrackingRoutes(tracking),
        new DashboardRoutes());
  }

  /** Loads a version's bundle, verified against the checksum the registry recorded. */
  private static LoadedVersion load(VersionRef ref) {
    LoadedModel model = ModelBundle.load(ref.bundle(), ref.checksum());
    ServedModel served =
        new ServedModel(ref.name(), ref.version(), model.inputs(), model.threshold(), model);
    return new LoadedVersion(served, model);
  }

  /** The registry seen from serving: versions that have a bundle and a recorded checksum. */
  private record RegistryVersions(Registry registry) implements RegistryServedModels.Versions {

    @Override
    public Optional<VersionRef> current(String name) {
      return registry.champion(name).flatMap(RegistryVersions::ref);
    }

    @Override
    public Optional<VersionRef> version(String name, String version) {
      int number;
      try {
        number = Integer.parseInt(version);
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      try {
        return ref(registry.version(name, number));
      } catch (RegistryNotFoundException e) {
        return Optional.empty();
      }
    }

    private static Optional<VersionRef> ref(ModelVersion v) {
      return v.content()
          .artifactSha256()
          .map(
              sum ->
                  new VersionRef(
                      v.modelName(),
                      Integer.toString(v.version()),
                      Path.of(v.content().source()),
                      sum));
    }
  }
}
