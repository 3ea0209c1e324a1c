package dev.vigil.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Times as the stores keep them: microseconds since the epoch, the precision both databases keep.
 */
final class EpochMicros {

  private EpochMicros() {}

  static long of(Instant time) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, time);
  }

  static Instant toInstant(long micros) {
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
  }
}
