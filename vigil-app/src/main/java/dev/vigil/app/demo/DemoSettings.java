package dev.vigil.app.demo;

import dev.vigil.app.traffic.FeedbackDelay;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One {@code vigil demo} run, checked.
 *
 * <p>Invariants: speed, rate and label coverage as {@code TrafficOptions} requires them; the port
 * in [0, 65535] (0: any free port); at least 1,000 training rows; a positive duration or none
 * (until stopped).
 */
record DemoSettings(
    Duration duration,
    double speed,
    double rate,
    int port,
    Path dataDir,
    DemoDataDir.Mode mode,
    long seed,
    int trainingRows,
    FeedbackDelay feedbackDelay,
    double labelCoverage) {

  static final int MIN_TRAINING_ROWS = 1_000;

  DemoSettings {
    if (duration != null && (duration.isNegative() || duration.isZero())) {
      throw new IllegalArgumentException("--duration must be positive, was " + duration);
    }
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("--speed must be a positive number, was " + speed);
    }
    if (!(rate > 0) || Double.isInfinite(rate)) {
      throw new IllegalArgumentException("--rate must be a positive number, was " + rate);
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be in [0, 65535], was " + port);
    }
    if (trainingRows < MIN_TRAINING_ROWS) {
      throw new IllegalArgumentException(
          "--training-rows must be at least " + MIN_TRAINING_ROWS + ", was " + trainingRows);
    }
    if (!(labelCoverage >= 0 && labelCoverage <= 1)) {
      throw new IllegalArgumentException(
          "--label-coverage must be in [0, 1], was " + labelCoverage);
    }
  }
}
