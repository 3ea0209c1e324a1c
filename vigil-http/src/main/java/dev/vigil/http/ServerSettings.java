package dev.vigil.http;

import java.util.Objects;

/**
 * Where the HTTP server listens and how much one request may carry: body bytes, records per
 * ingestion request, features per record; and the API tokens that guard {@code /api/...}.
 *
 * <p>Invariants: the host is not blank; the port is in [0, 65535], 0 meaning any free port; the
 * limits are positive; tokens are never null ({@link ApiTokens#none()}: an open API).
 */
public record ServerSettings(
    String host,
    int port,
    long maxBodyBytes,
    int maxRecordsPerRequest,
    int maxFeaturesPerRecord,
    ApiTokens tokens) {

  public static final int DEFAULT_MAX_RECORDS_PER_REQUEST = 10_000;
  public static final int DEFAULT_MAX_FEATURES_PER_RECORD = 1_000;

  public ServerSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(tokens, "tokens");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in [0, 65535], was " + port);
    }
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
    }
    if (maxRecordsPerRequest <= 0) {
      throw new IllegalArgumentException(
          "maxRecordsPerRequest must be positive, was " + maxRecordsPerRequest);
    }
    if (maxFeaturesPerRecord <= 0) {
      throw new IllegalArgumentException(
          "maxFeaturesPerRecord must be positive, was " + maxFeaturesPerRecord);
    }
  }

  /** Settings without API tokens. */
  public ServerSettings(
      String host,
      int port,
      long maxBodyBytes,
      int maxRecordsPerRequest,
      int maxFeaturesPerRecord) {
    this(host, port, maxBodyBytes, maxRecordsPerRequest, maxFeaturesPerRecord, ApiTokens.none());
  }

  /** Settings with the default ingestion limits and no API tokens. */
  public ServerSettings(String host, int port, long maxBodyBytes) {
    this(
        host, port, maxBodyBytes, DEFAULT_MAX_RECORDS_PER_REQUEST, DEFAULT_MAX_FEATURES_PER_RECORD);
  }

  /** These settings guarded by {@code tokens}. */
  public ServerSettings withTokens(ApiTokens tokens) {
    return new ServerSettings(
        host, port, maxBodyBytes, maxRecordsPerRequest, maxFeaturesPerRecord, tokens);
  }
}
