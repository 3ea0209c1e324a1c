package dev.vigil.models;

/** Told after each boosting round of a training, e.g. to draw a progress line. */
@FunctionalInterface
public interface TrainingProgress {

  /** Reports nothing. */
  TrainingProgress NONE = (done, total) -> {};

  /** Called after round {@code done} of {@code total} (1-based), on the training thread. */
  void round(int done, int total);
}
