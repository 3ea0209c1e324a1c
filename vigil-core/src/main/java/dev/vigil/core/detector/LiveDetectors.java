package dev.vigil.core.detector;

import dev.vigil.core.event.EventCommit;
import dev.vigil.core.event.EventSink;
import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.stats.detect.DetectorMethod;
import dev.vigil.stats.detect.DetectorParameters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The streaming detectors of every monitored model's live streams, fed in commit order by the
 * ingestion pipeline's recorder: {@value #SCORE} takes each prediction's score (ADWIN, River's
 * defaults) and {@value #ERROR} each joined pair's error, 1 when the class predicted at the model's
 * decision threshold ({@code score >= threshold}) differs from the label, else 0 (DDM, River's
 * defaults). Records of models the lookup does not find are skipped, as the windows skip them.
 *
 * <p>The states are saved with each window flush, in its transaction ({@link #changed}), and loaded
 * back at start-up before the replay of what the event log committed after the watermark ({@link
 * #load}), so they continue exactly as an uninterrupted run. Safe for concurrent use: one lock.
 */
public final class LiveDetectors implements EventSink, DetectorStates {

  public static final String SCORE = "score";
  public static final String ERROR = "error";

  /** The streams, in the order {@link #of} lists them. */
  public static final List<String> STREAMS = List.of(SCORE, ERROR);

  private record Key(String model, String stream) {}

  private static final Comparator<SavedDetector> BY_MODEL_THEN_STREAM =
      Comparator.comparing((SavedDetector d) -> d.status().model())
          .thenComparing(d -> STREAMS.indexOf(d.status().stream()));

  private final Function<String, Optional<MonitoredModel>> models;
  private final Map<Key, LiveDetector> detectors = new HashMap<>();
  private final Set<Key> changed = new HashSet<>();

  /** {@code models} finds a monitored model by name. */
  public LiveDetectors(Function<String, Optional<MonitoredModel>> models) {
    this.models = models;
  }

  /** The method a stream's detector uses. */
  public static DetectorMethod method(String stream) {
    return stream.equals(SCORE) ? DetectorMethod.ADWIN : DetectorMethod.DDM;
  }

  /** Takes over stored states (start-up, before any record); they replace any in memory. */
  public synchronized void load(List<SavedDetector> saved) {
    for (SavedDetector s : saved) {
      DetectorStatus status = s.status();
      detectors.put(new Key(status.model(), status.stream()), LiveDetector.restore(s));
    }
  }

  /** Feeds a commit's new predictions, then its newly joined pairs. */
  public void record(EventCommit commit) {
    commit.insertedPredictions().forEach(this::prediction);
    commit.joined().forEach(this::joined);
  }

  @Override
  public void prediction(PredictionRecord prediction) {
    if (models.apply(prediction.modelName()).isPresent()) {
      feed(prediction.modelName(), SCORE, prediction.score(), prediction);
    }
  }

  @Override
  public void joined(LabeledPrediction pair) {
    PredictionRecord prediction = pair.prediction();
    Optional<MonitoredModel> model = models.apply(prediction.modelName());
    if (model.isPresent()) {
      int predicted = prediction.score() >= model.get().decisionThreshold() ? 1 : 0;
      double error = predicted == pair.label().label() ? 0 : 1;
      feed(prediction.modelName(), ERROR, error, prediction);
    }
  }

  private synchronized void feed(
      String model, String stream, double value, PredictionRecord prediction) {
    Key key = new Key(model, stream);
    detectors
        .computeIfAbsent(
            key,
            k ->
                LiveDetector.fresh(model, stream, method(stream).create(DetectorParameters.none())))
        .feed(value, prediction.eventTime());
    changed.add(key);
  }

  /**
   * The states of the detectors fed since the last {@link #saved}, to store with a flush, by model
   * then stream.
   */
  public synchronized List<SavedDetector> changed() {
    List<SavedDetector> states = new ArrayList<>(changed.size());
    for (Key key : changed) {
      states.add(detectors.get(key).saved());
    }
    states.sort(BY_MODEL_THEN_STREAM);
    return states;
  }

  /** Notes that the states {@link #changed} returned are stored (the flush committed). */
  public synchronized void saved(List<SavedDetector> stored) {
    for (SavedDetector s : stored) {
      changed.remove(new Key(s.status().model(), s.status().stream()));
    }
  }

  @Override
  public synchronized List<DetectorStatus> of(String model) {
    List<DetectorStatus> statuses = new ArrayList<>();
    for (String stream : STREAMS) {
      LiveDetector d = detectors.get(new Key(model, stream));
      if (d != null) {
        statuses.add(d.status());
      }
    }
    return statuses;
  }
}
