package dev.vigil.stats.detect;

/** What a change detector says after an update: nothing, a warning, or a detected change. */
public enum DetectorSignal {
  NONE,
  WARNING,
  DRIFT;

  /** The signal of a detector holding these flags; a drift outranks a warning. */
  static DetectorSignal of(boolean drift, boolean warning) {
    return drift ? DRIFT : warning ? WARNING : NONE;
  }
}
