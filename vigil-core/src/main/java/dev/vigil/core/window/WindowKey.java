package dev.vigil.core.window;

import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.model.MonitoredModel;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Which records one window summary covers: one version of one model, one segment, and the base
 * window (of the model's {@link dev.vigil.core.model.WindowGranularity}) starting at {@code start}.
 *
 * <p>Invariants: the model name is valid ({@link MonitoredModel#requireValidName}); the version is
 * not blank; {@code start} is whole seconds (windows start on a minute or an hour in UTC).
 */
public record WindowKey(String modelName, String modelVersion, Segment segment, Instant start) {

  /** The length of a day roll-up, in seconds (UTC days have no leap seconds in java.time). */
  public static final long DAY_SECONDS = 86_400;

  public WindowKey {
    MonitoredModel.requireValidName(modelName);
    Objects.requireNonNull(modelVersion, "modelVersion");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(start, "start");
    if (modelVersion.isBlank()) {
      throw new IllegalArgumentException("modelVersion must not be blank");
    }
    if (start.getNano() != 0) {
      throw new IllegalArgumentException("start must be whole seconds, was " + start);
    }
  }

  /** The key of the base window of {@code model} that holds {@code record}, for one segment. */
  public static WindowKey of(MonitoredModel model, PredictionRecord record, Segment segment) {
    return new WindowKey(
        model.name(),
        record.modelVersion(),
        segment,
        windowStart(record.eventTime(), model.windowGranularity().length().toSeconds()));
  }

  /** The key of the UTC day holding this window: same model, version and segment. */
  public WindowKey day() {
    return new WindowKey(modelName, modelVersion, segment, windowStart(start, DAY_SECONDS));
  }

  /** The start of the window of {@code lengthSeconds} (aligned on the epoch, UTC) holding t. */
  public static Instant windowStart(Instant t, long lengthSeconds) {
    long seconds = Math.floorDiv(t.getEpochSecond(), lengthSeconds) * lengthSeconds;
    return Instant.ofEpochSecond(seconds).truncatedTo(ChronoUnit.SECONDS);
  }
}
