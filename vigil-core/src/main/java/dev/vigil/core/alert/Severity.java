package dev.vigil.core.alert;

import java.util.Locale;
import java.util.Objects;

/** How urgent an alert is; Alertmanager and the webhooks receive it as the {@code severity}. */
public enum Severity {
  INFO,
  WARNING,
  CRITICAL;

  /** The lower-case id, e.g. {@code "critical"}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The severity of this id.
   *
   * @throws IllegalArgumentException naming {@code severity}
   */
  public static Severity fromId(String id) {
    Objects.requireNonNull(id, "severity");
    for (Severity s : values()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "severity: unknown '" + id + "' (info, warning or critical)");
  }
}
