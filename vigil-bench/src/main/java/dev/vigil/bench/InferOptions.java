package dev.vigil.bench;

import java.net.URI;
import java.util.Set;

/**
 * Settings of one {@link InferLoad} run. Invariants: {@code baseUrl} is {@code http} on a loopback
 * host; rows per request in [1, 10000]; connections in [1, 256]; a positive time limit, so every
 * run stops by itself; warm-up seconds not negative; {@code maxRequests} 0 (no limit) or positive.
 */
record InferOptions(
    URI baseUrl,
    String model,
    int rows,
    int connections,
    int seconds,
    int warmupSeconds,
    long maxRequests) {

  private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

  InferOptions {
    if (!"http".equals(baseUrl.getScheme())
        || baseUrl.getHost() == null
        || !LOOPBACK_HOSTS.contains(baseUrl.getHost())) {
      throw new IllegalArgumentException(
          "url must be http:// on 127.0.0.1, localhost or [::1] (loopback only), was " + baseUrl);
    }
    if (model == null || !model.matches("[A-Za-z0-9_.-]{1,128}")) {
      throw new IllegalArgumentException("model must be 1-128 of [A-Za-z0-9_.-], was " + model);
    }
    requireIn("rows", rows, 1, 10_000);
    requireIn("connections", connections, 1, 256);
    requireIn("seconds", seconds, 1, 3600);
    requireIn("warmup", warmupSeconds, 0, 600);
    if (maxRequests < 0) {
      throw new IllegalArgumentException(
          "requests must be 0 (no limit) or more, was " + maxRequests);
    }
  }

  static final String USAGE =
      "usage: InferLoad --model NAME [--url http://127.0.0.1:8080] [--rows 1] [--connections 1]"
          + " [--seconds 20] [--warmup 5] [--requests 0 (no limit; the time limit still holds)]";

  /** Reads {@code --name value} pairs; anything not given keeps its default. */
  static InferOptions parse(String[] args) {
    String url = "http://127.0.0.1:8080";
    String model = null;
    int rows = 1;
    int connections = 1;
    int seconds = 20;
    int warmup = 5;
    long requests = 0;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value");
      }
      String value = args[i + 1];
      switch (args[i]) {
        case "--url" -> url = value;
        case "--model" -> model = value;
        case "--rows" -> rows = integer("rows", value);
        case "--connections" -> connections = integer("connections", value);
        case "--seconds" -> seconds = integer("seconds", value);
        case "--warmup" -> warmup = integer("warmup", value);
        case "--requests" -> requests = integer("requests", value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    return new InferOptions(
        URI.create(trimmed), model, rows, connections, seconds, warmup, requests);
  }

  private static void requireIn(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be in [" + min + ", " + max + "], was " + value);
    }
  }

  private static int integer(String field, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " must be an integer, was " + value);
    }
  }
}
