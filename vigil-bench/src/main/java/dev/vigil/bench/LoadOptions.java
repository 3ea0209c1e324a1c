package dev.vigil.bench;

import java.net.URI;
import java.util.Set;

/**
 * Settings of one {@link IngestLoad} run. Invariants: {@code baseUrl} is {@code http} on a loopback
 * host (the load generator must never be pointed at another machine); batch size in [1, 10000] (the
 * server's per-request limit); at least one connection; a positive time limit, so every run stops
 * by itself; {@code maxRequests} is 0 (no request limit) or positive.
 */
record LoadOptions(
    URI baseUrl, String model, int batchSize, int connections, int seconds, long maxRequests) {

  private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

  LoadOptions {
    if (!"http".equals(baseUrl.getScheme())) {
      throw new IllegalArgumentException("url must start with http://, was " + baseUrl);
    }
    if (baseUrl.getHost() == null || !LOOPBACK_HOSTS.contains(baseUrl.getHost())) {
      throw new IllegalArgumentException(
          "url must be on 127.0.0.1, localhost or [::1] (loopback only), was " + baseUrl);
    }
    if (model == null || !model.matches("[A-Za-z0-9_.-]{1,128}")) {
      throw new IllegalArgumentException("model must be 1-128 of [A-Za-z0-9_.-], was " + model);
    }
    if (batchSize < 1 || batchSize > 10_000) {
      throw new IllegalArgumentException("batch must be in [1, 10000], was " + batchSize);
    }
    if (connections < 1 || connections > 256) {
      throw new IllegalArgumentException("connections must be in [1, 256], was " + connections);
    }
    if (seconds < 1 || seconds > 3600) {
      throw new IllegalArgumentException("seconds must be in [1, 3600], was " + seconds);
    }
    if (maxRequests < 0) {
      throw new IllegalArgumentException(
          "requests must be 0 (no limit) or more, was " + maxRequests);
    }
  }

  static final String USAGE =
      "usage: IngestLoad [--url http://127.0.0.1:8080] [--model load12] [--batch 1000]"
          + " [--connections 4] [--seconds 20] [--requests 0 (no limit; the time limit still holds)]";

  /** Reads {@code --name value} pairs; anything not given keeps its default. */
  static LoadOptions parse(String[] args) {
    String url = "http://127.0.0.1:8080";
    String model = "load12";
    int batch = 1000;
    int connections = 4;
    int seconds = 20;
    long requests = 0;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value");
      }
      String value = args[i + 1];
      switch (args[i]) {
        case "--url" -> url = value;
        case "--model" -> model = value;
        case "--batch" -> batch = integer("batch", value);
        case "--connections" -> connections = integer("connections", value);
        case "--seconds" -> seconds = integer("seconds", value);
        case "--requests" -> requests = integer("requests", value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    return new LoadOptions(URI.create(trimmed), model, batch, connections, seconds, requests);
  }

  private static int integer(String field, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " must be an integer, was " + value);
    }
  }
}
