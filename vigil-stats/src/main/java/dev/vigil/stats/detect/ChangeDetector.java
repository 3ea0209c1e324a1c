package dev.vigil.stats.detect;

/**
 * A streaming change detector, fed one value at a time on a single thread.
 *
 * <p>Error-stream detectors (DDM, EDDM, HDDM_A, HDDM_W) take 0 (correct) or 1 (error) and reject
 * anything else; the others take any finite real value. Behaviour follows River's detector of the
 * same name, including what River does after a detection (most detectors start over by themselves).
 * State can be saved with {@code SummaryCodec} and restored, so a restarted server resumes exactly
 * where it stopped.
 */
public interface ChangeDetector {

  /** The detector's method. */
  DetectorMethod method();

  /** Feeds one value and returns the signal of this update. */
  DetectorSignal update(double value);

  /** The signal of the latest update; {@link DetectorSignal#NONE} before any. */
  DetectorSignal signal();

  /** Forgets every value seen; the parameters stay. */
  void reset();

  /** The parameters in force, with River's names. */
  DetectorParameters parameters();
}
