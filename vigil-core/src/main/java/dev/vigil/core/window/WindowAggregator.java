package dev.vigil.core.window;

import dev.vigil.core.event.EventCommit;
import dev.vigil.core.event.EventSink;
import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.model.MonitoredModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The window deltas not flushed yet: what committed predictions and joined labels added to each
 * window (per model, version, segment and base window) since the last flush. Recording happens on
 * the ingestion writer's thread; {@link #pending} may be called from any thread. Safe for
 * concurrent use.
 */
public final class WindowAggregator implements EventSink {

  private final Function<String, Optional<MonitoredModel>> models;

  /** {@code models} finds a monitored model by name (records of unknown models are skipped). */
  public WindowAggregator(Function<String, Optional<MonitoredModel>> models) {
    this.models = models;
  }

  /** Records a commit's new predictions and newly joined pairs. */
  public void record(EventCommit commit) {
    commit.insertedPredictions().forEach(this::prediction);
    commit.joined().forEach(this::joined);
  }

  @Override
  public void prediction(PredictionRecord prediction) {
    throw new UnsupportedOperationException("issue 4: window recording");
  }

  @Override
  public void joined(LabeledPrediction pair) {
    throw new UnsupportedOperationException("issue 4: window recording");
  }

  /** Takes every delta out (for a flush), leaving the aggregator empty. */
  public Map<WindowKey, WindowSummary> drain() {
    throw new UnsupportedOperationException("issue 4: window recording");
  }

  /** Puts deltas back (a flush that failed), merged with anything recorded since. */
  public void restore(Map<WindowKey, WindowSummary> deltas) {
    throw new UnsupportedOperationException("issue 4: window recording");
  }

  /** The deltas the query matches, by start then version. */
  public List<Window> pending(WindowQuery query) {
    throw new UnsupportedOperationException("issue 4: window recording");
  }
}
