package dev.vigil.app.traffic;

import java.time.Duration;
import java.util.Objects;

/**
 * How a replay runs.
 *
 * @param ratePerSecond inference requests per real second, above 0
 * @param speed story seconds per real second, above 0: a label due after a story delay {@code d} is
 *     sent {@code d / speed} of real time after its prediction
 * @param feedbackDelay story time between a prediction and its label
 * @param labelCoverage the probability, in [0, 1], that a row's known label is sent at all
 * @param duration story time after which no more rows are sent; null for until the source is
 *     exhausted or the replay stopped
 * @param seed seeds the label coverage draws and the delays
 */
public record TrafficOptions(
    double ratePerSecond,
    double speed,
    FeedbackDelay feedbackDelay,
    double labelCoverage,
    Duration duration,
    long seed) {

  public TrafficOptions {
    if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
      throw new IllegalArgumentException("rate must be a positive number, was " + ratePerSecond);
    }
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("speed must be a positive number, was " + speed);
    }
    Objects.requireNonNull(feedbackDelay, "feedbackDelay");
    if (!(labelCoverage >= 0 && labelCoverage <= 1)) {
      throw new IllegalArgumentException("label coverage must be in [0, 1], was " + labelCoverage);
    }
    if (duration != null && (duration.isNegative() || duration.isZero())) {
      throw new IllegalArgumentException("duration must be positive, was " + duration);
    }
  }

  /** The real time that {@code story} time takes at this speed. */
  public Duration realTime(Duration story) {
    return Duration.ofNanos(Math.round(Math.min(story.toNanos() / speed, Long.MAX_VALUE / 2.0)));
  }

  /** The story time that {@code real} time covers at this speed. */
  public Duration storyTime(Duration real) {
    return Duration.ofNanos(Math.round(Math.min(real.toNanos() * speed, Long.MAX_VALUE / 2.0)));
  }
}
