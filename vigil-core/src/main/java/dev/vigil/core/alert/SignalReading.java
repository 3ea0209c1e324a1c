package dev.vigil.core.alert;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A signal's value at a time, or why there is none (no labelled prediction yet, no reference, a
 * kind not available yet...). Invariants: a present value is finite; an absent one has a reason. An
 * absent reading is no evidence either way: it leaves an alert's state as it was.
 */
public record SignalReading(OptionalDouble value, Optional<String> absentReason, Instant at) {

  public SignalReading {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(absentReason, "absentReason");
    Objects.requireNonNull(at, "at");
    if (value.isPresent() == absentReason.isPresent()) {
      throw new IllegalArgumentException("value: either a value or a reason for its absence");
    }
    if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
      throw new IllegalArgumentException("value: must be finite, was " + value.getAsDouble());
    }
  }

  /** A value observed at {@code at}; NaN or infinite values become absent readings. */
  public static SignalReading of(double value, Instant at) {
    return Double.isFinite(value)
        ? new SignalReading(OptionalDouble.of(value), Optional.empty(), at)
        : absent("the value is not a finite number (" + value + ")", at);
  }

  /** No value at {@code at}, for this reason. */
  public static SignalReading absent(String reason, Instant at) {
    return new SignalReading(OptionalDouble.empty(), Optional.of(reason), at);
  }
}
