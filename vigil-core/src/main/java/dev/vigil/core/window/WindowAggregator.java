package dev.vigil.core.window;

import dev.vigil.core.event.EventCommit;
import dev.vigil.core.event.EventSink;
import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.model.MonitoredModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The window deltas not flushed yet: what committed predictions and joined labels added to each
 * window (per model, version, segment and base window) since the last flush. Recording happens on
 * the ingestion writer's thread; {@link #pending} may be called from any thread. Safe for
 * concurrent use: one lock guards the recorders; {@link #drain} holds it only to swap them out.
 *
 * <p>A prediction goes to {@link Segment#ALL} and to one segment per segment column of its model; a
 * joined pair goes to the same windows as its prediction (docs/WINDOWS.md has the rules). Records
 * of a model the lookup does not find are skipped.
 */
public final class WindowAggregator implements EventSink {

  private static final Comparator<Window> BY_START_THEN_VERSION =
      Comparator.comparing((Window w) -> w.key().start())
          .thenComparing(w -> w.key().modelVersion());

  private final Function<String, Optional<MonitoredModel>> models;
  private final Object lock = new Object();
  private Map<WindowKey, WindowRecorder> recording = new HashMap<>();
  private Map<WindowKey, WindowSummary> restored = new HashMap<>();

  /** {@code models} finds a monitored model by name (records of unknown models are skipped). */
  public WindowAggregator(Function<String, Optional<MonitoredModel>> models) {
    this.models = models;
  }

  /** Records a commit's new predictions and newly joined pairs. */
  public void record(EventCommit commit) {
    synchronized (lock) {
      commit.insertedPredictions().forEach(this::prediction);
      commit.joined().forEach(this::joined);
    }
  }

  @Override
  public void prediction(PredictionRecord prediction) {
    Optional<MonitoredModel> model = models.apply(prediction.modelName());
    if (model.isPresent()) {
      synchronized (lock) {
        forEachWindow(model.get(), prediction, window -> window.prediction(prediction));
      }
    }
  }

  @Override
  public void joined(LabeledPrediction pair) {
    PredictionRecord prediction = pair.prediction();
    Optional<MonitoredModel> model = models.apply(prediction.modelName());
    if (model.isPresent()) {
      double score = prediction.score();
      int label = pair.label().label();
      double delaySeconds = WindowRecorder.delaySeconds(pair);
      synchronized (lock) {
        forEachWindow(model.get(), prediction, window -> window.joined(score, label, delaySeconds));
      }
    }
  }

  /** Takes every delta out (for a flush), leaving the aggregator empty. */
  public Map<WindowKey, WindowSummary> drain() {
    Map<WindowKey, WindowRecorder> taken;
    Map<WindowKey, WindowSummary> deltas;
    synchronized (lock) {
      taken = recording;
      deltas = restored;
      recording = new HashMap<>();
      restored = new HashMap<>();
    }
    // No one else can reach the recorders taken out, so they are read outside the lock.
    taken.forEach((key, recorder) -> deltas.merge(key, recorder.summary(), WindowSummary::merge));
    return deltas;
  }

  /**
   * Puts deltas back (a flush that failed), merged with anything recorded since.
   *
   * @throws IllegalArgumentException when a delta does not merge with what is pending for its key
   *     (another decision threshold or feature kind); nothing is restored then
   */
  public void restore(Map<WindowKey, WindowSummary> deltas) {
    synchronized (lock) {
      // Merge into a copy first, so a delta that does not fit leaves everything as it was and
      // drain() never meets a merge that fails.
      Map<WindowKey, WindowSummary> merged = new HashMap<>(restored);
      deltas.forEach(
          (key, delta) -> {
            WindowRecorder recorder = recording.get(key);
            if (recorder != null) {
              recorder.requireMergeable(delta);
            }
            merged.merge(key, delta, WindowSummary::merge);
          });
      restored = merged;
    }
  }

  /** The deltas the query matches, by start then version. */
  public List<Window> pending(WindowQuery query) {
    Map<WindowKey, WindowSummary> matching = new HashMap<>();
    synchronized (lock) {
      recording.forEach(
          (key, recorder) -> {
            if (query.matches(key)) {
              matching.put(key, recorder.summary());
            }
          });
      restored.forEach(
          (key, delta) -> {
            if (query.matches(key)) {
              matching.merge(key, delta, WindowSummary::merge);
            }
          });
    }
    List<Window> windows = new ArrayList<>(matching.size());
    matching.forEach((key, summary) -> windows.add(new Window(key, summary)));
    windows.sort(BY_START_THEN_VERSION);
    return windows;
  }

  /** Runs the action on the recorder of every window the prediction belongs to. Holds the lock. */
  private void forEachWindow(
      MonitoredModel model, PredictionRecord prediction, Consumer<WindowRecorder> action) {
    action.accept(recorder(model, WindowKey.of(model, prediction, Segment.ALL)));
    for (String column : model.segmentColumns()) {
      if (Segment.isValidColumn(column)) {
        Object value = prediction.features().get(column);
        Segment segment = new Segment(column, FeatureText.segmentValue(value));
        action.accept(recorder(model, WindowKey.of(model, prediction, segment)));
      }
    }
  }

  private WindowRecorder recorder(MonitoredModel model, WindowKey key) {
    WindowRecorder recorder = recording.get(key);
    if (recorder == null) {
      recorder = new WindowRecorder(model.decisionThreshold(), model.schema());
      recording.put(key, recorder);
    }
    return recorder;
  }
}
