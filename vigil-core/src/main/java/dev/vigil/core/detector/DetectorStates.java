package dev.vigil.core.detector;

import java.util.List;

/** Reads the streaming detectors of a model's live streams (docs/DETECTORS.md). */
public interface DetectorStates {

  /** The detectors of the model, by stream name; empty for a model that has had no record. */
  List<DetectorStatus> of(String model);
}
