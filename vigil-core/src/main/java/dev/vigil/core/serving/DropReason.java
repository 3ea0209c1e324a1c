package dev.vigil.core.serving;

import java.util.Locale;

/** Why served predictions were not kept for monitoring (the answer was sent all the same). */
public enum DropReason {
  /** The ingestion queue was full (or closed) when the request was answered. */
  QUEUE_FULL,
  /** No monitored model has the served model's name. */
  NOT_MONITORED,
  /** A prediction with the same model and id is already stored (a client reused its ids). */
  DUPLICATE,
  /** The event log refused or failed the batch. */
  FAILED;

  /** The label value of the drop counter: {@code queue_full}, {@code not_monitored}... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
