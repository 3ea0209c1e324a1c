package dev.vigil.http;

import java.util.Arrays;
import java.util.Locale;

/**
 * What an API token may do: {@code ingest} sends predictions, labels and KServe events; {@code
 * read} queries ({@code GET /api/...}); {@code admin} registers and changes models and implies the
 * other two.
 */
public enum Scope {
  INGEST,
  READ,
  ADMIN;

  /** The scope spelt {@code text} ({@code ingest}, {@code read}, {@code admin}). */
  public static Scope parse(String text, String field) {
    return Arrays.stream(values())
        .filter(s -> s.label().equals(text))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    field + " must be one of ingest, read, admin, was '" + text + "'"));
  }

  /** The lower-case name used in configuration and messages. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
