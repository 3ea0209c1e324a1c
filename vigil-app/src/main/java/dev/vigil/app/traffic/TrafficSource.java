package dev.vigil.app.traffic;

import java.time.Duration;
import java.util.Optional;

/**
 * Where replayed rows come from (a CSV file, a generator). Called from one thread only.
 *
 * <p>{@code storyTime} is the simulated time since the replay started (real time multiplied by the
 * speed), so a source can schedule drift on it; empty means the source is exhausted.
 */
public interface TrafficSource {

  Optional<TrafficRow> next(Duration storyTime);
}
