package dev.vigil.core.model;

import java.time.Duration;
import java.util.Locale;

/** The base length of a monitored model's windows; queries roll windows up to longer periods. */
public enum WindowGranularity {
  MINUTE(Duration.ofMinutes(1)),
  HOUR(Duration.ofHours(1));

  private final Duration length;

  WindowGranularity(Duration length) {
    this.length = length;
  }

  public Duration length() {
    return length;
  }

  /** The lower-case name used in files and the API ({@code minute}, {@code hour}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The granularity with this id, ignoring case; an error listing the choices otherwise. */
  public static WindowGranularity fromId(String id) {
    for (WindowGranularity g : values()) {
      if (g.id().equalsIgnoreCase(id)) {
        return g;
      }
    }
    throw new IllegalArgumentException(
        "windowGranularity: '" + id + "' is not one of minute, hour");
  }
}
