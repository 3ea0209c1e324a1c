package dev.vigil.core.detector;

import dev.vigil.stats.codec.SummaryCodec;
import dev.vigil.stats.detect.ChangeDetector;
import dev.vigil.stats.detect.DetectorSignal;
import java.time.Instant;
import java.util.Optional;

/** One detector on one stream of one model, with its counts. Not thread-safe. */
final class LiveDetector {

  private final ChangeDetector detector;
  private DetectorStatus status;

  private LiveDetector(ChangeDetector detector, DetectorStatus status) {
    this.detector = detector;
    this.status = status;
  }

  static LiveDetector fresh(String model, String stream, ChangeDetector detector) {
    return new LiveDetector(detector, DetectorStatus.fresh(model, stream, detector.method()));
  }

  /**
   * @throws IllegalArgumentException when the state is not a detector's of the status's method
   */
  static LiveDetector restore(SavedDetector saved) {
    ChangeDetector detector = SummaryCodec.decodeDetector(saved.state());
    if (detector.method() != saved.status().method()) {
      throw new IllegalArgumentException(
          "state: a " + detector.method().id() + " state for a " + saved.status().method().id());
    }
    return new LiveDetector(detector, saved.status());
  }

  /** Feeds the value observed at this event time. */
  void feed(double value, Instant eventTime) {
    DetectorSignal signal = detector.update(value);
    DetectorStatus s = status;
    Optional<Instant> at = Optional.of(eventTime);
    status =
        new DetectorStatus(
            s.model(),
            s.stream(),
            s.method(),
            s.observations() + 1,
            signal == DetectorSignal.WARNING ? at : s.lastWarning(),
            signal == DetectorSignal.DRIFT ? at : s.lastDetection(),
            s.detections() + (signal == DetectorSignal.DRIFT ? 1 : 0));
  }

  /** Whether this detector runs {@code chosen}'s method with its parameters. */
  boolean runs(StreamDetector chosen) {
    return chosen.runs(detector);
  }

  DetectorStatus status() {
    return status;
  }

  SavedDetector saved() {
    return new SavedDetector(status, SummaryCodec.encodeDetector(detector));
  }
}
