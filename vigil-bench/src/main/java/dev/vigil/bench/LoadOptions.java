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

  LoadOptions {
    LoadArgs.requireLoopback(baseUrl);
    LoadArgs.requireModelName(model);
    LoadArgs.requireIn("batch", batchSize, 1, 10_000);
    LoadArgs.requireIn("connections", connections, 1, 256);
    LoadArgs.requireIn("seconds", seconds, 1, 3600);
    LoadArgs.requireRequestLimit(maxRequests);
  }

  static final String USAGE =
      "usage: IngestLoad [--url http://127.0.0.1:8080] [--model load12] [--batch 1000]"
          + " [--connections 4] [--seconds 20] [--requests 0 (no limit; the time limit still holds)]";

  /** Reads {@code --name value} pairs; anything not given keeps its default. */
  static LoadOptions parse(String[] args) {
    LoadArgs given =
        new LoadArgs(args, Set.of("url", "model", "batch", "connections", "seconds", "requests"));
    return new LoadOptions(
        given.url(),
        given.text("model", "load12"),
        given.integer("batch", 1000),
        given.integer("connections", 4),
        given.integer("seconds", 20),
        given.integer("requests", 0));
  }
}
