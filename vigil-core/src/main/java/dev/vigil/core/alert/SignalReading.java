package dev.vigil.core.alert;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A signal's value at a time, or why there is none (no labelled prediction yet, no reference, a
 * kind not available yet...). Invariants: a present value is a number, not NaN (it may be infinite:
 * a drift statistic of a category the reference never saw); an absent one has a reason. An absent
 * reading is no evidence either way: it leaves an alert's state as it was.
 */
public record SignalReading(OptionalDouble value, Optional<String> absentReason, Instant at) {

  public SignalReading {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(absentReason, "absentReason");
    Objects.requireNonNull(at, "at");
    if (value.isPresent() == absentReason.isPresent()) {
      throw new IllegalArgumentException("value: either a value or a reason for its absence");
    }
    if (value.isPresent() && Double.isNaN(value.getAsDouble())) {
      throw new IllegalArgumentException("value: must be a number, was NaN");
    }
  }

  /** A value observed at {@code at}; NaN (e.g. a metric without trials) becomes absent. */
  public static SignalReading of(double value, Instant at) {
    return Double.isNaN(value)
        ? absent("the value is not a number", at)
        : new SignalReading(OptionalDouble.of(value), Optional.empty(), at);
  }

  /** No value at {@code at}, for this reason. */
  public static SignalReading absent(String reason, Instant at) {
    return new SignalReading(OptionalDouble.empty(), Optional.of(reason), at);
  }
}
