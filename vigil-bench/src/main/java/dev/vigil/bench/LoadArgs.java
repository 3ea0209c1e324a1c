package dev.vigil.bench;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} options of a load generator, and the checks its settings share.
 * Invariant: only known names, each with a value; a name given twice keeps its last value.
 */
final class LoadArgs {

  private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

  private final Map<String, String> values = new HashMap<>();

  /** Reads {@code args} as {@code --name value} pairs of the given {@code names} (without "--"). */
  LoadArgs(String[] args, Set<String> names) {
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value");
      }
      if (!args[i].startsWith("--") || !names.contains(args[i].substring(2))) {
        throw new IllegalArgumentException("unknown option " + args[i]);
      }
      values.put(args[i].substring(2), args[i + 1]);
    }
  }

  String text(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  int integer(String name, int fallback) {
    String value = values.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer, was " + value);
    }
  }

  /** {@code --url} without a trailing slash; the server a load run targets. */
  URI url() {
    String url = text("url", "http://127.0.0.1:8080");
    return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
  }

  /** A load generator must never be pointed at another machine. */
  static void requireLoopback(URI baseUrl) {
    if (!"http".equals(baseUrl.getScheme())) {
      throw new IllegalArgumentException("url must start with http://, was " + baseUrl);
    }
    if (baseUrl.getHost() == null || !LOOPBACK_HOSTS.contains(baseUrl.getHost())) {
      throw new IllegalArgumentException(
          "url must be on 127.0.0.1, localhost or [::1] (loopback only), was " + baseUrl);
    }
  }

  static void requireModelName(String model) {
    if (model == null || !model.matches("[A-Za-z0-9_.-]{1,128}")) {
      throw new IllegalArgumentException("model must be 1-128 of [A-Za-z0-9_.-], was " + model);
    }
  }

  static void requireIn(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be in [" + min + ", " + max + "], was " + value);
    }
  }

  static void requireRequestLimit(long maxRequests) {
    if (maxRequests < 0) {
      throw new IllegalArgumentException(
          "requests must be 0 (no limit) or more, was " + maxRequests);
    }
  }
}
