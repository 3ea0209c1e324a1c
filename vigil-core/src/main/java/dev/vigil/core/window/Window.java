package dev.vigil.core.window;

import java.util.Objects;

/** One window's key and summary. */
public record Window(WindowKey key, WindowSummary summary) {

  public Window {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(summary, "summary");
  }
}
