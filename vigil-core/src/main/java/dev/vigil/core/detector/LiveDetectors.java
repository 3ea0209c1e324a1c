package dev.vigil.core.detector;

import dev.vigil.core.event.EventCommit;
import dev.vigil.core.event.EventSink;
import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.stats.detect.DetectorMethod;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The streaming detectors of every monitored model's live streams, fed in commit order by the
 * ingestion pipeline's recorder: {@value #SCORE} takes each prediction's score, {@value #ERROR}
 * each joined pair's error, 1 when the class predicted at the model's decision threshold ({@code
 * score >= threshold}) differs from the label, else 0, and {@code feature:NAME} ({@link
 * #featureStream}) the value of a chosen numeric feature in each prediction that has one (missing
 * and non-numeric values are skipped). The methods are the {@link DetectorChoices}' (by default
 * ADWIN on scores and DDM on errors, River's defaults, and no feature stream). Records of models
 * the lookup does not find are skipped, as the windows skip them.
 *
 * <p>The states are saved with each window flush, in its transaction ({@link #changed}), and loaded
 * back at start-up before the replay of what the event log committed after the watermark ({@link
 * #load}), so they continue exactly as an uninterrupted run. A stored state whose stream is no
 * longer chosen, or that runs another method or other parameters than the one now chosen, is
 * dropped: that stream starts afresh. Safe for concurrent use: one lock.
 */
public final class LiveDetectors implements EventSink, DetectorStates {

  public static final String SCORE = "score";
  public static final String ERROR = "error";

  /** The prefix of a feature stream's name: {@code feature:Age}. */
  public static final String FEATURE_PREFIX = "feature:";

  /** The streams every model has, in the order {@link #of} lists them (feature streams follow). */
  public static final List<String> STREAMS = List.of(SCORE, ERROR);

  private record Key(String model, String stream) {}

  private static final Comparator<Key> BY_MODEL_THEN_STREAM =
      Comparator.comparing(Key::model)
          .thenComparing(k -> k.stream().equals(SCORE) ? 0 : k.stream().equals(ERROR) ? 1 : 2)
          .thenComparing(Key::stream);

  private final Function<String, Optional<MonitoredModel>> models;
  private final DetectorChoices choices;
  private final Map<Key, LiveDetector> detectors = new HashMap<>();
  private final Set<Key> changed = new HashSet<>();

  /** {@code models} finds a monitored model by name; every model runs the default detectors. */
  public LiveDetectors(Function<String, Optional<MonitoredModel>> models) {
    this(models, DetectorChoices.DEFAULTS);
  }

  /** {@code models} finds a monitored model by name; {@code choices} picks its detectors. */
  public LiveDetectors(Function<String, Optional<MonitoredModel>> models, DetectorChoices choices) {
    this.models = models;
    this.choices = Objects.requireNonNull(choices, "choices");
  }

  /** The method a stream's detector uses by default (score: ADWIN, error: DDM). */
  public static DetectorMethod method(String stream) {
    return ModelDetectors.DEFAULT.of(stream).map(StreamDetector::method).orElseThrow();
  }

  /** The name of the stream of a feature's values. */
  public static String featureStream(String feature) {
    return FEATURE_PREFIX + feature;
  }

  /** The feature of a feature stream's name; empty for another stream. */
  public static Optional<String> featureOf(String stream) {
    return stream.startsWith(FEATURE_PREFIX) && stream.length() > FEATURE_PREFIX.length()
        ? Optional.of(stream.substring(FEATURE_PREFIX.length()))
        : Optional.empty();
  }

  /** Whether {@code stream} names a stream: {@code score}, {@code error} or a feature's. */
  public static boolean isStream(String stream) {
    return stream != null && (STREAMS.contains(stream) || featureOf(stream).isPresent());
  }

  /**
   * Takes over stored states (start-up, before any record); they replace any in memory. A state of
   * a stream no longer chosen, or of another method or parameters than chosen, is left out.
   */
  public synchronized void load(List<SavedDetector> saved) {
    for (SavedDetector s : saved) {
      DetectorStatus status = s.status();
      LiveDetector restored = LiveDetector.restore(s);
      Optional<StreamDetector> chosen = choices.of(status.model()).of(status.stream());
      if (chosen.isPresent() && restored.runs(chosen.get())) {
        detectors.put(new Key(status.model(), status.stream()), restored);
      }
    }
  }

  /** Feeds a commit's new predictions, then its newly joined pairs. */
  public void record(EventCommit commit) {
    commit.insertedPredictions().forEach(this::prediction);
    commit.joined().forEach(this::joined);
  }

  @Override
  public void prediction(PredictionRecord prediction) {
    String model = prediction.modelName();
    if (models.apply(model).isEmpty()) {
      return;
    }
    feed(model, SCORE, prediction.score(), prediction);
    for (String feature : choices.of(model).features().keySet()) {
      if (prediction.features().get(feature) instanceof Double value) {
        feed(model, featureStream(feature), value, prediction);
      }
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
                LiveDetector.fresh(
                    model, stream, choices.of(model).of(stream).orElseThrow().create()))
        .feed(value, prediction.eventTime());
    changed.add(key);
  }

  /**
   * The states of the detectors fed since the last {@link #saved}, to store with a flush, by model
   * then stream.
   */
  public synchronized List<SavedDetector> changed() {
    return changed.stream()
        .sorted(BY_MODEL_THEN_STREAM)
        .map(k -> detectors.get(k).saved())
        .toList();
  }

  /** Notes that the states {@link #changed} returned are stored (the flush committed). */
  public synchronized void saved(List<SavedDetector> stored) {
    for (SavedDetector s : stored) {
      changed.remove(new Key(s.status().model(), s.status().stream()));
    }
  }

  /** Score, error, then feature streams by name. */
  @Override
  public synchronized List<DetectorStatus> of(String model) {
    return detectors.keySet().stream()
        .filter(k -> k.model().equals(model))
        .sorted(BY_MODEL_THEN_STREAM)
        .map(k -> detectors.get(k).status())
        .toList();
  }
}
