package dev.vigil.core.serving;

import dev.vigil.core.event.BatchOutcome;
import dev.vigil.core.event.EventBatch;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.ingest.IngestPipeline;
import dev.vigil.core.model.MonitoredModel;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Served predictions queued to the {@link IngestPipeline} without waiting ({@link
 * IngestPipeline#submit}): stored and counted in the windows like ingested ones, under the
 * monitored model of the served model's name. What cannot be kept is told to {@link
 * DroppedPredictions}: a full queue, a model that is not monitored (logged once per model), ids
 * already stored, a failed commit.
 *
 * <p>A name found unmonitored is believed for {@code recheck} before the model store is asked
 * again, so an unmonitored served model does not cost a store query per request.
 */
public final class QueuedPredictions implements ServedPredictions {

  private static final System.Logger LOG = System.getLogger(QueuedPredictions.class.getName());

  private final IngestPipeline pipeline;
  private final Function<String, Optional<MonitoredModel>> models;
  private final DroppedPredictions dropped;
  private final Clock clock;
  private final Duration recheck;
  private final Map<String, Instant> unmonitoredUntil = new ConcurrentHashMap<>();
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  /**
   * @param models finds the monitored model of a name (the window aggregator's lookup, which
   *     remembers the models found)
   * @param recheck how long a name found unmonitored is believed; positive
   */
  public QueuedPredictions(
      IngestPipeline pipeline,
      Function<String, Optional<MonitoredModel>> models,
      DroppedPredictions dropped,
      Clock clock,
      Duration recheck) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.models = Objects.requireNonNull(models, "models");
    this.dropped = Objects.requireNonNull(dropped, "dropped");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.recheck = Objects.requireNonNull(recheck, "recheck");
    if (recheck.isZero() || recheck.isNegative()) {
      throw new IllegalArgumentException("recheck must be positive, was " + recheck);
    }
  }

  @Override
  public void record(List<PredictionRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    String model = records.get(0).modelName();
    int count = records.size();
    if (!monitored(model)) {
      warnOnce(model, "no monitored model is named like it; its predictions are not kept", null);
      dropped.dropped(model, DropReason.NOT_MONITORED, count);
      return;
    }
    boolean queued =
        pipeline.submit(
            new EventBatch.Predictions(records),
            (outcome, failure) -> committed(model, count, outcome, failure));
    if (!queued) {
      dropped.dropped(model, DropReason.QUEUE_FULL, count);
    }
  }

  private boolean monitored(String model) {
    Instant until = unmonitoredUntil.get(model);
    if (until != null && clock.instant().isBefore(until)) {
      return false;
    }
    if (models.apply(model).isPresent()) {
      if (until != null) {
        unmonitoredUntil.remove(model);
      }
      return true;
    }
    unmonitoredUntil.put(model, clock.instant().plus(recheck));
    return false;
  }

  private void committed(String model, int count, BatchOutcome outcome, Throwable failure) {
    if (failure != null) {
      warnOnce(model, "storing its served predictions failed", failure);
      dropped.dropped(model, DropReason.FAILED, count);
    } else if (outcome.duplicates() > 0) {
      dropped.dropped(model, DropReason.DUPLICATE, outcome.duplicates());
    }
  }

  private void warnOnce(String model, String what, Throwable failure) {
    if (warned.add(model + " " + what)) {
      LOG.log(Level.WARNING, "served model " + model + ": " + what + " (logged once)", failure);
    }
  }
}
