package dev.vigil.core.alert;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where an alert is in its life: {@code INACTIVE -> PENDING -> FIRING -> RESOLVED}. A rule whose
 * {@code for} is zero goes from inactive or resolved straight to firing; a pending alert whose
 * condition stops holding before {@code for} elapsed goes back to inactive without ever firing.
 */
public enum AlertStatus {
  INACTIVE,
  PENDING,
  FIRING,
  RESOLVED;

  /** The statuses this one may change to; no status changes to itself. */
  public Set<AlertStatus> next() {
    return switch (this) {
      case INACTIVE, RESOLVED -> EnumSet.of(PENDING, FIRING);
      case PENDING -> EnumSet.of(FIRING, INACTIVE);
      case FIRING -> EnumSet.of(RESOLVED);
    };
  }

  /** The lower-case id, e.g. {@code "firing"}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The status of this id.
   *
   * @throws IllegalArgumentException naming {@code status}
   */
  public static AlertStatus fromId(String id) {
    for (AlertStatus s : values()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("status: unknown '" + id + "'");
  }
}
