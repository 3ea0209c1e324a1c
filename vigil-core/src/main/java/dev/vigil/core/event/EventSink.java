package dev.vigil.core.event;

/** Receives the events an {@link EventLog} replays. */
public interface EventSink {

  /** A prediction stored after the replay's starting point. */
  void prediction(PredictionRecord prediction);

  /** A pair joined after the replay's starting point (its later half was stored after it). */
  void joined(LabeledPrediction pair);
}
