package dev.vigil.stats.detect;

/** What a change detector says after an update: nothing, a warning, or a detected change. */
public enum DetectorSignal {
  NONE,
  WARNING,
  DRIFT
}
