package dev.vigil.http;

import java.util.Objects;

/**
 * Where the HTTP server listens and how large a request body it accepts.
 *
 * <p>Invariants: the host is not blank; the port is in [0, 65535], 0 meaning any free port; the
 * body limit is positive.
 */
public record ServerSettings(String host, int port, long maxBodyBytes) {

  public ServerSettings {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in [0, 65535], was " + port);
    }
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
    }
  }
}
