package dev.vigil.http.serving;

import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.serving.DropReason;
import dev.vigil.core.serving.ServedModel;
import dev.vigil.core.serving.ServedPredictions;
import dev.vigil.core.serving.ServingStats;
import dev.vigil.http.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What both protocols do once a request is read: score its rows with the served model, give each
 * prediction its id, hand the predictions to monitoring (never waiting for it), and count the
 * answered request in the serving metrics and in {@link ServingStats}, where a refused or failed
 * one counts as an error.
 */
final class Inference {

  private static final Logger LOG = LoggerFactory.getLogger(Inference.class);

  private final ServedPredictions predictions;
  private final ServingMetrics metrics;
  private final ServingStats stats;
  private final ServingSettings settings;
  private final Clock clock;

  Inference(
      ServedPredictions predictions,
      ServingMetrics metrics,
      ServingStats stats,
      ServingSettings settings,
      Clock clock) {
    this.predictions = predictions;
    this.metrics = metrics;
    this.stats = stats;
    this.settings = settings;
    this.clock = clock;
  }

  int maxRows() {
    return settings.maxRows();
  }

  /**
   * Scores the rows and records them for monitoring.
   *
   * @param field where the rows came from in the request, for the scorer's refusals
   */
  Scored score(ServedModel model, List<Object[]> rows, List<String> clientIds, String field) {
    double[] scores;
    try {
      scores = model.scorer().score(rows);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(field, field + ": " + e.getMessage());
    }
    if (scores.length != rows.size()) {
      throw new IllegalStateException(
          "model " + model.name() + " answered " + scores.length + " scores for " + rows.size());
    }
    Scored scored = new Scored(PredictionIds.orFresh(clientIds, rows.size()), scores);
    if (settings.monitorPredictions()) {
      monitor(model, rows, scored);
    }
    return scored;
  }

  /**
   * Runs a request of {@code model} that answers {@code work}'s number of rows, counting it as an
   * error in the serving stats if it is refused or fails (the exception goes on to be answered).
   */
  int guarded(ServedModel model, IntSupplier work) {
    try {
      return work.getAsInt();
    } catch (RuntimeException e) {
      stats.failed(model.name());
      throw e;
    }
  }

  /** Counts a request answered in the serving metrics and stats. */
  void answered(ServedModel model, String protocol, int rows, long startNanos) {
    long nanos = System.nanoTime() - startNanos;
    boolean overSla = nanos > settings.sla().toNanos();
    metrics.answered(model.name(), model.version(), protocol, rows, nanos, overSla);
    stats.answered(model.name(), nanos);
  }

  private void monitor(ServedModel model, List<Object[]> rows, Scored scored) {
    try {
      predictions.record(records(model, rows, scored));
    } catch (RuntimeException e) {
      // The answer does not depend on monitoring: count the loss, answer all the same.
      LOG.warn("served predictions of {} {} not recorded", model.name(), model.version(), e);
      metrics.dropped(model.name(), DropReason.FAILED, rows.size());
    }
  }

  private List<PredictionRecord> records(ServedModel model, List<Object[]> rows, Scored scored) {
    Instant now = clock.instant();
    List<ColumnSchema> inputs = model.inputs().columns();
    List<PredictionRecord> records = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      Object[] row = rows.get(r);
      Map<String, Object> features = new LinkedHashMap<>();
      for (int c = 0; c < row.length; c++) {
        features.put(inputs.get(c).name(), row[c]);
      }
      records.add(
          new PredictionRecord(
              model.name(),
              scored.ids().get(r),
              model.version(),
              now,
              features,
              scored.scores()[r]));
    }
    return records;
  }
}
