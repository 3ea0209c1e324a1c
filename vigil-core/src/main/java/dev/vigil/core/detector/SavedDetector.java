package dev.vigil.core.detector;

import java.util.Arrays;
import java.util.Objects;

/**
 * A detector as stored: its status and its state in {@code SummaryCodec.encodeDetector}'s versioned
 * format (which holds the method and the parameters too).
 */
public record SavedDetector(DetectorStatus status, byte[] state) {

  public SavedDetector {
    Objects.requireNonNull(status, "status");
    if (state == null || state.length == 0) {
      throw new IllegalArgumentException("state: empty");
    }
    state = state.clone();
  }

  @Override
  public byte[] state() {
    return state.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SavedDetector s
        && status.equals(s.status)
        && Arrays.equals(state, s.state);
  }

  @Override
  public int hashCode() {
    return 31 * status.hashCode() + Arrays.hashCode(state);
  }

  @Override
  public String toString() {
    return "SavedDetector[" + status + ", " + state.length + " bytes]";
  }
}
