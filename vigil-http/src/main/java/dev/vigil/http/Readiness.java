package dev.vigil.http;

import java.util.Objects;

/**
 * Whether the server can serve requests that need its store, and if not, why. A ready answer has an
 * empty reason; an unready one always says what is wrong.
 */
public record Readiness(boolean ready, String reason) {

  public Readiness {
    Objects.requireNonNull(reason, "reason");
    if (!ready && reason.isBlank()) {
      throw new IllegalArgumentException("reason must say why the server is not ready");
    }
  }

  public static Readiness ok() {
    return new Readiness(true, "");
  }

  public static Readiness unavailable(String reason) {
    return new Readiness(false, reason);
  }
}
