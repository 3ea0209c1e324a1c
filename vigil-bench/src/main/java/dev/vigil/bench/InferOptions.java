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

  InferOptions {
    LoadArgs.requireLoopback(baseUrl);
    LoadArgs.requireModelName(model);
    LoadArgs.requireIn("rows", rows, 1, 10_000);
    LoadArgs.requireIn("connections", connections, 1, 256);
    LoadArgs.requireIn("seconds", seconds, 1, 3600);
    LoadArgs.requireIn("warmup", warmupSeconds, 0, 600);
    LoadArgs.requireRequestLimit(maxRequests);
  }

  static final String USAGE =
      "usage: InferLoad --model NAME [--url http://127.0.0.1:8080] [--rows 1] [--connections 1]"
          + " [--seconds 20] [--warmup 5] [--requests 0 (no limit; the time limit still holds)]";

  /** Reads {@code --name value} pairs; anything not given keeps its default. */
  static InferOptions parse(String[] args) {
    LoadArgs given =
        new LoadArgs(
            args, Set.of("url", "model", "rows", "connections", "seconds", "warmup", "requests"));
    return new InferOptions(
        given.url(),
        given.text("model", null),
        given.integer("rows", 1),
        given.integer("connections", 1),
        given.integer("seconds", 20),
        given.integer("warmup", 5),
        given.integer("requests", 0));
  }
}
