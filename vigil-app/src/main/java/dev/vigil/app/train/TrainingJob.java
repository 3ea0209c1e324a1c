package dev.vigil.app.train;

import dev.vigil.app.csv.ProgressMeter;
import dev.vigil.core.model.ModelStore;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.registry.GateDecision;
import dev.vigil.core.registry.Lineage;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.NewVersion;
import dev.vigil.core.registry.PromotionOutcome;
import dev.vigil.core.registry.PromotionPolicy;
import dev.vigil.core.registry.Registry;
import dev.vigil.core.tracking.Experiment;
import dev.vigil.core.tracking.MetricPoint;
import dev.vigil.core.tracking.NewRun;
import dev.vigil.core.tracking.Run;
import dev.vigil.core.tracking.RunData;
import dev.vigil.core.tracking.RunStatus;
import dev.vigil.core.tracking.Tracking;
import dev.vigil.core.window.ReferenceStore;
import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.core.window.ReferenceSummaryCodec;
import dev.vigil.models.BundleEvaluator;
import dev.vigil.models.HoldoutEvaluation;
import dev.vigil.models.HoldoutSplit;
import dev.vigil.models.ModelBundle;
import dev.vigil.models.ModelTrainer;
import dev.vigil.models.SavedBundle;
import dev.vigil.models.TrainedModel;
import dev.vigil.models.TrainingData;
import dev.vigil.models.TrainingOptions;
import dev.vigil.models.TrainingProgress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code vigil train}: reads the file, splits a stratified holdout, trains, evaluates, writes
 * the bundle under the data dir, records the run in tracking, registers the version (with its
 * lineage and the reference profile of its training data), applies the promotion gate when asked
 * and pushes the figures to a Pushgateway when given one. A failure after the run started marks it
 * FAILED, so no run is left RUNNING by a crash of the trainer.
 */
final class TrainingJob {

  /** What the stores and the file system are, for one job. */
  record Context(
      Tracking tracking,
      Registry registry,
      ModelStore models,
      ReferenceStore references,
      Path artifacts,
      PromotionPolicy policy,
      Clock clock) {}

  /** What a job produced. */
  record Result(
      Run run,
      TrainingFile file,
      HoldoutEvaluation evaluation,
      SavedBundle bundle,
      Optional<ModelVersion> version,
      Optional<PromotionOutcome> promotion,
      double durationSeconds) {}

  private final Context context;
  private final TrainingProgress progress;
  private final ProgressMeter meter;

  TrainingJob(Context context, TrainingProgress progress, ProgressMeter meter) {
    this.context = context;
    this.progress = progress;
    this.meter = meter;
  }

  Result run(TrainingRequest request) {
    Instant started = context.clock().instant();
    TrainingFile file = TrainingFile.read(request, meter);
    Run run = startRun(request, file);
    try {
      Result result = train(request, file, run, started);
      context
          .tracking()
          .updateRun(run.id(), Optional.of(RunStatus.FINISHED), Optional.empty(), Optional.empty());
      return result;
    } catch (RuntimeException e) {
      context.tracking().setTag(run.id(), "vigil.error", String.valueOf(e.getMessage()));
      context
          .tracking()
          .updateRun(run.id(), Optional.of(RunStatus.FAILED), Optional.empty(), Optional.empty());
      throw e;
    }
  }

  private Result train(TrainingRequest request, TrainingFile file, Run run, Instant started) {
    TrainingTable table = file.table();
    TrainingData all = new TrainingData(table.inputs(), table.rows(), table.labels());
    HoldoutSplit split = HoldoutSplit.stratified(table.labels(), request.holdout(), request.seed());
    TrainingData holdout = all.subset(split.holdout());
    TrainedModel model =
        ModelTrainer.train(
            all.subset(split.train()),
            TrainingOptions.defaults(request.algorithm(), request.seed()),
            progress);
    HoldoutEvaluation evaluation = model.evaluate(holdout, request.threshold());
    MonitoredModel monitored = monitoredModel(request, table);
    ReferenceSummary reference =
        TrainingReference.of(
            monitored,
            table,
            model.score(table.rows()),
            split.holdout(),
            context.clock().instant());
    SavedBundle bundle =
        model.writeBundle(
            context.artifacts().resolve(request.modelName()).resolve(run.id()),
            request.threshold(),
            table.classes().positiveValues().get(0),
            Map.of(ModelBundle.REFERENCE_PROFILE, ReferenceSummaryCodec.encode(reference)));
    double seconds = Duration.between(started, context.clock().instant()).toMillis() / 1000.0;
    logRun(run, request, file, model, evaluation, all, seconds);
    if (!request.register()) {
      return new Result(run, file, evaluation, bundle, Optional.empty(), Optional.empty(), seconds);
    }
    if (context.models().find(request.modelName()).isEmpty()) {
      context.models().create(monitored);
    }
    ModelVersion version = register(request, file, run, model, evaluation, bundle);
    context.tracking().setTag(run.id(), "vigil.model_version", Integer.toString(version.version()));
    Optional<PromotionOutcome> promotion = Optional.empty();
    if (request.promote()) {
      promotion = Optional.of(promote(request, version, evaluation, holdout));
    }
    if (promotion.map(p -> p.decision().passed()).orElse(false)
        || context.references().find(request.modelName()).isEmpty()) {
      // The monitored model's reference is the training data of the version that serves it.
      context.references().put(request.modelName(), reference);
    }
    return new Result(run, file, evaluation, bundle, Optional.of(version), promotion, seconds);
  }

  private Run startRun(TrainingRequest request, TrainingFile file) {
    Tracking tracking = context.tracking();
    Experiment experiment = tracking.experimentNamed(request.experiment());
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("vigil.model", request.modelName());
    tags.put("vigil.data", request.data().toString());
    tags.put("vigil.command", "vigil train");
    return tracking.createRun(
        new NewRun(
            experiment.id(),
            Optional.of(request.modelName() + "-" + request.algorithm().id()),
            Optional.of(request.actor()),
            Optional.empty(),
            tags));
  }

  private void logRun(
      Run run,
      TrainingRequest request,
      TrainingFile file,
      TrainedModel model,
      HoldoutEvaluation evaluation,
      TrainingData all,
      double seconds) {
    Map<String, String> params = new LinkedHashMap<>(model.params());
    params.put("target", request.target());
    params.put("holdout", Double.toString(request.holdout()));
    params.put("seed", Long.toString(request.seed()));
    params.put("threshold", Double.toString(request.threshold()));
    params.put("features", String.join(",", all.inputs().names()));
    params.put("set_aside", String.join(",", file.setAside().keySet()));
    long now = context.clock().millis();
    List<MetricPoint> metrics = new ArrayList<>();
    evaluation.metrics().forEach((k, v) -> metrics.add(new MetricPoint("holdout_" + k, v, now, 0)));
    metrics.add(new MetricPoint("rows", all.size(), now, 0));
    metrics.add(new MetricPoint("positives", all.positives(), now, 0));
    metrics.add(new MetricPoint("positive_rate", (double) all.positives() / all.size(), now, 0));
    metrics.add(new MetricPoint("duration_seconds", seconds, now, 0));
    Map<String, String> tags = Map.of("vigil.data_sha256", file.sha256());
    context.tracking().logBatch(run.id(), new RunData(metrics, params, tags));
  }

  private ModelVersion register(
      TrainingRequest request,
      TrainingFile file,
      Run run,
      TrainedModel model,
      HoldoutEvaluation evaluation,
      SavedBundle bundle) {
    Registry registry = context.registry();
    if (registry.models().stream().noneMatch(m -> m.name().equals(request.modelName()))) {
      registry.createModel(request.modelName(), "", Map.of(), request.actor());
    }
    Optional<Integer> parent = registry.champion(request.modelName()).map(ModelVersion::version);
    Lineage lineage =
        new Lineage(
            Optional.of(run.id()),
            Optional.of(file.sha256()),
            Optional.of((long) file.table().rows().size()),
            parent);
    Map<String, String> params = new LinkedHashMap<>(model.params());
    params.put("threshold", Double.toString(request.threshold()));
    return registry.createVersion(
        request.modelName(),
        new NewVersion(
            bundle.directory().toAbsolutePath().toString(),
            run.id(),
            request.algorithm().id() + " trained on " + request.data().getFileName(),
            Map.of("vigil.algorithm", request.algorithm().id()),
            evaluation.metrics(),
            params,
            lineage,
            Optional.of(bundle.checksum())),
        request.actor());
  }

  private PromotionOutcome promote(
      TrainingRequest request,
      ModelVersion candidate,
      HoldoutEvaluation evaluation,
      TrainingData holdout) {
    Optional<ModelVersion> champion = context.registry().champion(request.modelName());
    Optional<Map<String, Double>> championOnHoldout =
        champion
            .filter(c -> c.version() != candidate.version())
            .map(
                new BundleEvaluator(
                        holdout.inputs(),
                        holdout.rows(),
                        holdout.labels(),
                        request.threshold(),
                        "the candidate's holdout")
                    ::evaluate);
    GateDecision decision = context.policy().evaluate(evaluation.metrics(), championOnHoldout);
    return context
        .registry()
        .promote(
            request.modelName(), candidate.version(), decision, request.actor(), request.reason());
  }

  /** The monitored model of this name, or the one registering will create (not stored yet). */
  private MonitoredModel monitoredModel(TrainingRequest request, TrainingTable table) {
    Optional<MonitoredModel> existing = context.models().find(request.modelName());
    if (existing.isPresent()) {
      return existing.get();
    }
    return new MonitoredModel(
        request.modelName(),
        table.inputs(),
        table.classes(),
        request.threshold(),
        WindowGranularity.HOUR,
        List.of(),
        context.clock().instant());
  }
}
