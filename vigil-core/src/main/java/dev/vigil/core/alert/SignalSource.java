package dev.vigil.core.alert;

import java.time.Instant;

/** Where the evaluation of a rule gets its signal's current value. */
public interface SignalSource {

  /** The reading of {@code rule}'s signal at {@code now}; absent, with a reason, when unknown. */
  SignalReading read(AlertRule rule, Instant now);
}
